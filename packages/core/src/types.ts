import type { Readable } from 'node:stream';
import type { Transport } from './transport';

export type SessionKind = 'notary' | 'esign';

export interface OncFile {
	fileName: string;
	/** A Readable is streamed to ONC, never read whole. */
	data: Buffer | Uint8Array | Readable;
	/** Byte length of a Readable; when every file has one the upload gets a Content-Length. */
	size?: number;
}

export interface Person {
	firstName: string;
	lastName: string;
	email: string;
	phone?: string;
}

export interface OncTokens {
	accessToken: string;
	refreshToken?: string;
	tokenType?: string;
	/** Seconds the access token lives, as the token endpoint said. */
	expiresIn?: number;
	/** The token endpoint's answer as parsed. */
	raw: unknown;
}

export interface OAuthCredentials {
	clientId: string;
	clientSecret: string;
	accessToken?: string;
	refreshToken: string;
	/** Called after every refresh with the new pair, so the caller can store it. */
	onTokens?: (tokens: OncTokens) => void | Promise<void>;
}

export type OncCredentials =
	| { baseUrl?: string; accessToken: string }
	| { baseUrl?: string; oauth: OAuthCredentials }
	| { baseUrl?: string; auth: 'transport' };

export interface RetryOptions {
	/** Tries in all, the first included. */
	maxAttempts?: number;
	baseDelayMs?: number;
	maxDelayMs?: number;
	/** No retry is started that would end after this many ms since the call began. */
	maxTotalMs?: number;
}

export interface Logger {
	debug(msg: string, meta?: object): void;
	warn(msg: string, meta?: object): void;
}

/** Time as the client sees it; tests pass a fake one so waits take no real time. */
export interface Clock {
	now(): number;
	sleep(ms: number): Promise<void>;
}

export interface OncClientOptions {
	/** Default: a new AxiosTransport. */
	transport?: Transport;
	/** Per HTTP exchange; default 30000. */
	timeoutMs?: number;
	retry?: RetryOptions;
	/** Quiet by default; never receives tokens or secrets. */
	logger?: Logger;
	authorizePath?: string;
	tokenPath?: string;
	clock?: Clock;
	/** Source of jitter in [0, 1); default Math.random. */
	random?: () => number;
}

export interface WaitOptions {
	maxWaitMs: number;
	/** Default 2000. */
	firstIntervalMs?: number;
	/** Default 30000. */
	maxIntervalMs?: number;
}

export interface SignersInput {
	contactType: 'self' | 'other';
	shareRoom: boolean;
	signer: Person;
	otherSigners?: Person[];
}

export interface PrepareInput {
	redirectUri?: string;
	/** Sent for notary sessions only. */
	businessPay?: boolean;
}

export interface CreatedSession {
	sessionId: string;
	title: string;
	status: string;
	createdBy: string;
	raw: unknown;
}

export interface SignersResult {
	sessionId: string;
	status: string;
	raw: unknown;
}

export interface PreparedSession {
	sessionLink: string;
	passcode: string;
	raw: unknown;
}

export interface DownloadedFiles {
	fileName: string;
	contentType: string;
	data: Buffer;
}

export interface DownloadedStream {
	fileName: string;
	contentType: string;
	stream: Readable;
}

export interface SentForSigning {
	sessionId: string;
	sessionLink: string;
	passcode: string;
}
