import { inspect } from 'node:util';
import { authFor } from './auth';
import { buildContext } from './context';
import { describeDownload, guardDownload, requestDownload, untilFinished } from './download';
import { checkCredentials } from './credentialCheck';
import { AuthProvider, exchange, ExchangeContext } from './exchange';
import { DEFAULT_TOKEN_PATH } from './oauth';
import { sendForSigning } from './sendForSigning';
import { addSigners, createSession, prepareSession, Send } from './sessionCalls';
import type * as T from './types';
import { checkSessionId } from './validation';
import type { Readable } from 'node:stream';

/**
 * The ONC API: sessions, signers, preparation and download, over any
 * transport. Credentials live in private fields, so neither inspecting nor
 * serialising a client shows them.
 */
export class OncClient {
	#ctx: ExchangeContext;
	#auth: AuthProvider;
	#send: Send;

	constructor(credentials: T.OncCredentials, options: T.OncClientOptions = {}) {
		this.#auth = authFor(credentials, () => this.#ctx, options.tokenPath ?? DEFAULT_TOKEN_PATH);
		this.#ctx = buildContext(credentials?.baseUrl, options, () => this.#auth.secrets());
		this.#send = (spec) => exchange(this.#ctx, { ...spec, auth: this.#auth });
	}

	/** The base URL calls go to. */
	get baseUrl(): string {
		return this.#ctx.baseUrl;
	}

	createSession(kind: T.SessionKind, files: T.OncFile[]): Promise<T.CreatedSession> {
		return createSession(this.#send, kind, files);
	}

	addSigners(
		kind: T.SessionKind,
		sessionId: string,
		input: T.SignersInput,
	): Promise<T.SignersResult> {
		return addSigners(this.#send, kind, sessionId, input);
	}

	/** Sends the invitations: ONC emails every signer, so this call is never repeated blindly. */
	prepareSession(
		kind: T.SessionKind,
		sessionId: string,
		input: T.PrepareInput = {},
	): Promise<T.PreparedSession> {
		return prepareSession(this.#send, kind, sessionId, input);
	}

	sendForSigning(
		kind: T.SessionKind,
		files: T.OncFile[],
		signers: T.SignersInput,
		prepare: T.PrepareInput = {},
	): Promise<T.SentForSigning> {
		return sendForSigning(this, kind, files, signers, prepare);
	}

	/** The signed files as one zip in memory; with `wait`, asks again until the session is finished. */
	async downloadFiles(
		sessionId: string,
		options: { wait?: T.WaitOptions } = {},
	): Promise<T.DownloadedFiles> {
		const id = checkSessionId(sessionId);
		const res = await this.#untilFinished(
			() => requestDownload(this.#send, id, 'buffer'),
			options.wait,
		);
		return { ...describeDownload(id, res.headers), data: res.body as Buffer };
	}

	/** Like downloadFiles, but hands on the answer body unread; the caller must consume or destroy it. */
	async downloadFilesStream(
		sessionId: string,
		options: { wait?: T.WaitOptions } = {},
	): Promise<T.DownloadedStream> {
		const id = checkSessionId(sessionId);
		const res = await this.#untilFinished(
			() => requestDownload(this.#send, id, 'stream'),
			options.wait,
		);
		return {
			...describeDownload(id, res.headers),
			stream: guardDownload(res.body as Readable, id),
		};
	}

	#untilFinished<R>(attempt: () => Promise<R>, wait: T.WaitOptions | undefined): Promise<R> {
		return untilFinished(attempt, wait, this.#ctx.clock, this.#ctx.logger);
	}

	/** Resolves when ONC accepts the credentials; throws OncAuthenticationError when it does not. */
	testCredentials(): Promise<void> {
		return checkCredentials(this.#send);
	}

	toJSON(): object {
		return { baseUrl: this.#ctx.baseUrl };
	}

	[inspect.custom](): string {
		return `OncClient { baseUrl: '${this.#ctx.baseUrl}' }`;
	}
}
