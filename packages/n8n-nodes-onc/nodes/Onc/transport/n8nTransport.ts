import { TransportError } from '@onc/core';
import type { Transport, TransportRequest, TransportResponse } from '@onc/core';
import type { IHttpRequestOptions, IN8nHttpFullResponse } from 'n8n-workflow';

import type { RequestContext } from './context';

export type OncCredentialType = 'oncOAuth2Api' | 'oncApi';

interface HttpAnswer {
	status: number;
	headers?: Record<string, unknown>;
	data?: unknown;
}

/**
 * Moves the requests @onc/core builds through n8n's
 * `httpRequestWithAuthentication`, so n8n adds the credential and refreshes
 * OAuth tokens.
 *
 * n8n refreshes a token only when the request throws on a 401, so every other
 * status is let through as an answer while a 401 still throws: n8n then
 * refreshes and repeats the request once. It cannot repeat a streamed body
 * (an upload); that 401 comes back here after the refresh, and the upload is
 * sent again with fresh streams by the operation (see `withUploadRetry`).
 */
export class N8nTransport implements Transport {
	constructor(
		private readonly ctx: RequestContext,
		private readonly credentialType: OncCredentialType,
	) {}

	async request(req: TransportRequest): Promise<TransportResponse> {
		const options: IHttpRequestOptions = {
			method: req.method,
			url: req.url,
			headers: { ...req.headers },
			body: req.body as IHttpRequestOptions['body'],
			timeout: req.timeoutMs,
			encoding: req.responseType === 'stream' ? 'stream' : 'arraybuffer',
			returnFullResponse: true,
			ignoreHttpStatusErrors: { ignore: true, except: [401] },
			disableFollowRedirect: true,
		};

		const sent = this.ctx.helpers.httpRequestWithAuthentication.call(
			this.ctx,
			this.credentialType,
			options,
		) as Promise<IN8nHttpFullResponse>;
		const outcome = await sent.then(
			(answer) => ({ answer, error: undefined }),
			(error: unknown) => ({ answer: undefined, error }),
		);
		if (outcome.answer) {
			const { statusCode, headers, body } = outcome.answer;
			return toResponse({ status: statusCode, headers, data: body });
		}

		const answer = httpAnswerOf(outcome.error);
		if (answer) return toResponse(answer);
		const code = networkCodeOf(outcome.error);
		if (code) throw noAnswer(req.url, code);
		// Not a network failure: n8n itself refused (credential not connected,
		// refresh token revoked...). That is already an n8n error saying what to do.
		throw outcome.error;
	}
}

/**
 * Core's transport contract: no answer is a TransportError, which core turns
 * into its network error and the node then shows as a NodeApiError. n8n's own
 * error is not kept as its cause: it holds the request as sent, credential
 * headers included, and a cause is printed wherever the error is logged.
 */
function noAnswer(url: string, code: string): TransportError {
	return new TransportError(`No answer from ${new URL(url).host}`, code);
}

/** The HTTP answer inside an error n8n threw (NodeApiError wraps axios' error as `cause`). */
export function httpAnswerOf(error: unknown): HttpAnswer | undefined {
	for (let e = error, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
		const response = (e as { response?: { status?: unknown } }).response;
		if (response && typeof response.status === 'number') return response as HttpAnswer;
		e = (e as { cause?: unknown }).cause;
	}
	return undefined;
}

function networkCodeOf(error: unknown): string | undefined {
	for (let e = error, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
		const code = (e as { code?: unknown }).code;
		if (typeof code === 'string' && /^E[A-Z_]+$/.test(code)) {
			return code === 'ECONNABORTED' ? 'ETIMEDOUT' : code;
		}
		e = (e as { cause?: unknown }).cause;
	}
	return undefined;
}

function toResponse(answer: HttpAnswer): TransportResponse {
	const headers: Record<string, string | undefined> = {};
	for (const [name, value] of Object.entries(answer.headers ?? {})) {
		if (value === undefined || value === null) continue;
		headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
	}
	return { status: answer.status, headers, body: toBody(answer.data) };
}

type Body = TransportResponse['body'];

function toBody(data: unknown): Body {
	if (Buffer.isBuffer(data)) return data;
	if (data instanceof ArrayBuffer) return Buffer.from(data);
	if (data && typeof (data as { pipe?: unknown }).pipe === 'function') return data as Body;
	if (data === undefined || data === null) return Buffer.alloc(0);
	return Buffer.from(typeof data === 'string' ? data : JSON.stringify(data));
}
