import type { Readable } from 'node:stream';
import { BodySource, readLimited } from './body';
import { OncAuthenticationError, OncError } from './errors';
import { errorFromResponse, FailedCall, isStaleToken, Operation } from './errorMapping';
import { errorFromTransport } from './networkErrors';
import { mayRepeat, RepeatRule, retryDelay, RetryPolicy } from './retry';
import { parseRetryAfter } from './retryAfter';
import type { Transport, TransportResponse } from './transport';
import type { Clock, Logger } from './types';

/** Everything an exchange needs from the client that runs it. */
export interface ExchangeContext {
	transport: Transport;
	baseUrl: string;
	timeoutMs: number;
	retry: RetryPolicy;
	clock: Clock;
	random: () => number;
	logger: Logger;
}

/** Supplies the credentials of one call and, for OAuth, renews them. */
export interface AuthProvider {
	headers(): Promise<{ headers: Record<string, string>; token?: string }>;
	/** Present only when a stale token can be renewed. */
	refreshAfter?(staleToken: string | undefined): Promise<void>;
	/** Makes sure the token works before a body that can go out only once. */
	confirm?(): Promise<void>;
	/** Told when ONC answered a token with anything but a refusal. */
	accepted?(token: string | undefined): void;
	secrets(): readonly string[];
}

export interface ExchangeSpec {
	method: 'GET' | 'POST';
	path: string;
	headers: Record<string, string>;
	body?: BodySource;
	responseType: 'buffer' | 'stream';
	repeat: RepeatRule;
	operation: Operation;
	sessionId?: string;
	auth?: AuthProvider;
	/** Secrets of this call beyond the auth provider's (e.g. a client secret in a Basic header). */
	secrets?: readonly string[];
}

const ERROR_BODY_LIMIT = 64 * 1024;

async function errorBody(res: TransportResponse): Promise<Buffer> {
	return Buffer.isBuffer(res.body) ? res.body : readLimited(res.body as Readable, ERROR_BODY_LIMIT);
}

/**
 * Sends one call, renewing a stale OAuth token once and repeating the call
 * only as its repeat rule allows. Resolves with a 2xx answer; everything
 * else becomes an OncError.
 */
export async function exchange(
	ctx: ExchangeContext,
	spec: ExchangeSpec,
): Promise<TransportResponse> {
	const started = ctx.clock.now();
	const request = { method: spec.method, path: spec.path };
	const secrets = () => [...(spec.secrets ?? []), ...(spec.auth?.secrets() ?? [])];
	const failed = (): FailedCall => ({
		request,
		operation: spec.operation,
		secrets: secrets(),
		sessionId: spec.sessionId,
		now: ctx.clock.now(),
	});
	let failures = 0;
	let refreshed = false;
	if (spec.body?.singleUse && spec.auth?.confirm) await spec.auth.confirm();

	for (;;) {
		const auth = spec.auth ? await spec.auth.headers() : { headers: {} };
		ctx.logger.debug(`ONC ${spec.method} ${spec.path}`, { attempt: failures + 1 });
		let error: OncError;
		let retryAfterMs: number | undefined;
		try {
			const res = await ctx.transport.request({
				method: spec.method,
				url: ctx.baseUrl + spec.path,
				headers: { ...spec.headers, ...auth.headers },
				body: spec.body?.open(),
				timeoutMs: ctx.timeoutMs,
				responseType: spec.responseType,
			});
			ctx.logger.debug(`ONC answered ${res.status}`, { ...request, status: res.status });
			if (res.status >= 200 && res.status < 300) {
				spec.auth?.accepted?.(auth.token);
				return res;
			}
			error = errorFromResponse(res.status, res.headers, await errorBody(res), failed());
			retryAfterMs = parseRetryAfter(res.headers['retry-after'], ctx.clock.now());
		} catch (thrown) {
			const local = spec.body?.failure();
			if (local) throw local;
			error = errorFromTransport(thrown, failed(), ctx.timeoutMs);
		}

		if (error.status !== undefined && !(error instanceof OncAuthenticationError)) {
			spec.auth?.accepted?.(auth.token);
		}
		if (isStaleToken(error) && spec.auth?.refreshAfter && !refreshed) {
			refreshed = true;
			ctx.logger.warn('ONC access token refused; renewing it', request);
			await spec.auth.refreshAfter(auth.token);
			if (spec.body && !spec.body.replayable()) throw unrepeatableUpload(error);
			continue;
		}

		failures += 1;
		const replayable = spec.body ? spec.body.replayable() : true;
		if (failures >= ctx.retry.maxAttempts || !mayRepeat(spec.repeat, error, replayable)) {
			throw error;
		}
		const delay = retryDelay(failures, ctx.retry, ctx.random, retryAfterMs);
		if (ctx.clock.now() - started + delay > ctx.retry.maxTotalMs) throw error;
		ctx.logger.warn(`ONC call failed; trying again in ${delay} ms`, {
			...request,
			status: error.status,
			code: error.code,
			attempt: failures,
		});
		await ctx.clock.sleep(delay);
	}
}

// The files were streams and ONC read them before refusing the token: the
// bytes are gone, so the upload cannot be repeated here. The token was
// renewed, so running the step again works.
function unrepeatableUpload(error: OncError): OncAuthenticationError {
	return new OncAuthenticationError(
		'ONC refused the access token after the files had been sent. The token has now been renewed, but files given as streams cannot be sent twice: run the step again.',
		{
			status: error.status,
			code: error.code,
			vendorMessage: error.vendorMessage,
			request: error.request,
			body: error.body,
		},
	);
}
