import type { Readable } from 'node:stream';
import { inspect } from 'node:util';
import { bearerAuth, OAuthSession, transportAuth } from './auth';
import { fixedBody } from './body';
import { buildContext } from './context';
import { fileNameFrom, untilFinished } from './download';
import { OncError, OncNotFoundError, OncNotReadyError, OncValidationError } from './errors';
import { AuthProvider, exchange, ExchangeContext, ExchangeSpec } from './exchange';
import { multipartUpload } from './multipart';
import { DEFAULT_TOKEN_PATH } from './oauth';
import { checkFiles } from './pdfFiles';
import { sendForSigning } from './sendForSigning';
import type * as T from './types';
import { checkKind, checkPrepare, checkSessionId, checkSigners } from './validation';
import { field, PATHS, prepareBody, readRecord, signersBody } from './wire';

// An id no session can have: download then answers "not found" for good
// credentials and "invalid token" for bad ones, and changes nothing.
const PROBE_SESSION_ID = 'onc-credential-check-00000000-0000-0000-0000-000000000000';

function authFor(
	credentials: T.OncCredentials,
	ctx: () => ExchangeContext,
	tokenPath: string,
): AuthProvider {
	const creds = credentials as Partial<Record<'accessToken' | 'oauth' | 'auth', unknown>>;
	if (creds && typeof creds.accessToken === 'string' && creds.accessToken.trim() !== '') {
		return bearerAuth(creds.accessToken.trim());
	}
	if (creds && creds.oauth && typeof creds.oauth === 'object') {
		const oauth = creds.oauth as T.OAuthCredentials;
		for (const key of ['clientId', 'clientSecret', 'refreshToken'] as const) {
			if (typeof oauth[key] !== 'string' || oauth[key].trim() === '') {
				throw new OncValidationError(`oauth.${key} is missing: connect the ONC account again.`, {
					field: `oauth.${key}`,
				});
			}
		}
		return new OAuthSession(oauth, ctx, tokenPath);
	}
	if (creds && creds.auth === 'transport') return transportAuth();
	throw new OncValidationError(
		'credentials must hold an accessToken, OAuth details (oauth) or auth: "transport".',
		{ field: 'credentials' },
	);
}

/** The ONC API: sessions, signers, preparation and download, over any transport. */
export class OncClient {
	#ctx: ExchangeContext;
	#auth: AuthProvider;

	constructor(credentials: T.OncCredentials, options: T.OncClientOptions = {}) {
		this.#auth = authFor(credentials, () => this.#ctx, options.tokenPath ?? DEFAULT_TOKEN_PATH);
		this.#ctx = buildContext(credentials?.baseUrl, options, () => this.#auth.secrets());
	}

	/** The base URL calls go to. */
	get baseUrl(): string {
		return this.#ctx.baseUrl;
	}

	#send(spec: Omit<ExchangeSpec, 'auth'>) {
		return exchange(this.#ctx, { ...spec, auth: this.#auth });
	}

	#json(path: string, body: string, operation: ExchangeSpec['operation'], sessionId: string) {
		return this.#send({
			method: 'POST',
			path,
			headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
			body: fixedBody(body),
			responseType: 'buffer',
			repeat: 'unsafe',
			operation,
			sessionId,
		});
	}

	async createSession(kind: T.SessionKind, files: T.OncFile[]): Promise<T.CreatedSession> {
		const path = PATHS.create(checkKind(kind));
		const upload = multipartUpload(await checkFiles(files));

		const headers: Record<string, string> = {
			'Content-Type': upload.contentType,
			Accept: 'application/json',
		};
		if (upload.contentLength !== undefined)
			headers['Content-Length'] = String(upload.contentLength);
		const res = await this.#send({
			method: 'POST',
			path,
			headers,
			body: upload.body,
			responseType: 'buffer',
			repeat: 'unsafe',
			operation: 'create',
		});

		const raw = readRecord(res.body as Buffer, { method: 'POST', path });
		const sessionId = field(raw, 'notary_id');
		if (!sessionId) {
			throw new OncError('ONC answered the create call without a session id (notary_id).', {
				request: { method: 'POST', path },
				body: raw,
			});
		}
		const title = field(raw, 'title') ?? '';
		return {
			sessionId,
			title,
			status: field(raw, 'status') ?? '',
			createdBy: field(raw, 'created_by') ?? '',
			raw,
		};
	}

	async addSigners(
		kind: T.SessionKind,
		sessionId: string,
		input: T.SignersInput,
	): Promise<T.SignersResult> {
		const path = PATHS.addSigners(checkKind(kind));
		const id = checkSessionId(sessionId);
		checkSigners(input);

		const res = await this.#json(path, signersBody(id, input), 'addSigners', id);

		const raw = readRecord(res.body as Buffer, { method: 'POST', path }, id);
		return { sessionId: field(raw, 'notary_id') ?? id, status: field(raw, 'status') ?? '', raw };
	}

	async prepareSession(
		kind: T.SessionKind,
		sessionId: string,
		input: T.PrepareInput = {},
	): Promise<T.PreparedSession> {
		const request = { method: 'POST', path: PATHS.prepare(checkKind(kind)) };
		const id = checkSessionId(sessionId);
		checkPrepare(input);

		const res = await this.#json(request.path, prepareBody(kind, id, input), 'prepare', id);

		const raw = readRecord(res.body as Buffer, request, id);
		const sessionLink = field(raw, 'session_link');
		const passcode = field(raw, 'passcode');
		if (raw.success === 'false' || raw.success === false || !sessionLink || !passcode) {
			const said = field(raw, 'error_description', 'message', 'error');
			throw new OncError(
				`ONC did not prepare the session${said ? `: ${said}` : ''}. Check the session in ONC before trying again, as signers may have been emailed.`,
				{ request, sessionId: id, vendorMessage: said },
			);
		}
		return { sessionLink, passcode, raw };
	}

	async downloadFilesStream(
		sessionId: string,
		options: { wait?: T.WaitOptions } = {},
	): Promise<T.DownloadedStream> {
		const id = checkSessionId(sessionId);
		const res = await untilFinished(
			() => this.#download(id, 'stream'),
			options.wait,
			this.#ctx.clock,
			this.#ctx.logger,
		);
		return { ...this.#described(id, res.headers), stream: res.body as Readable };
	}

	async downloadFiles(
		sessionId: string,
		options: { wait?: T.WaitOptions } = {},
	): Promise<T.DownloadedFiles> {
		const id = checkSessionId(sessionId);
		const res = await untilFinished(
			() => this.#download(id, 'buffer'),
			options.wait,
			this.#ctx.clock,
			this.#ctx.logger,
		);
		return { ...this.#described(id, res.headers), data: res.body as Buffer };
	}

	#download(sessionId: string, responseType: 'buffer' | 'stream') {
		return this.#send({
			method: 'GET',
			path: PATHS.download(sessionId),
			headers: { Accept: 'application/zip, application/json;q=0.5, */*;q=0.1' },
			responseType,
			repeat: 'idempotent',
			operation: 'download',
			sessionId,
		});
	}

	#described(sessionId: string, headers: Record<string, string | undefined>) {
		return {
			fileName: fileNameFrom(headers['content-disposition'], `${sessionId}.zip`),
			contentType: headers['content-type'] ?? 'application/zip',
		};
	}

	sendForSigning(
		kind: T.SessionKind,
		files: T.OncFile[],
		signers: T.SignersInput,
		prepare: T.PrepareInput = {},
	): Promise<T.SentForSigning> {
		return sendForSigning(this, kind, files, signers, prepare);
	}

	/** Resolves when ONC accepts the credentials; throws OncAuthenticationError when it does not. */
	async testCredentials(): Promise<void> {
		try {
			const res = await this.#download(PROBE_SESSION_ID, 'stream');
			(res.body as Readable).destroy();
		} catch (error) {
			// Any other well-formed refusal means the credentials themselves passed.
			const refusedInput =
				error instanceof OncValidationError ||
				error instanceof OncNotFoundError ||
				error instanceof OncNotReadyError;
			if (!refusedInput) throw error;
		}
	}

	toJSON(): object {
		return { baseUrl: this.#ctx.baseUrl };
	}

	[inspect.custom](): string {
		return `OncClient { baseUrl: '${this.#ctx.baseUrl}' }`;
	}
}
