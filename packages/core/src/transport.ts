import type { Readable } from 'node:stream';

/**
 * One HTTP exchange as the client has fully prepared it. A transport only
 * moves bytes: URL, headers and body are final, and it must not add retries,
 * follow redirects into other hosts, or throw on an HTTP error status.
 */
export interface TransportRequest {
	method: 'GET' | 'POST';
	/** Absolute URL. */
	url: string;
	headers: Record<string, string>;
	/** Already encoded; a Readable must be piped, never read whole. */
	body?: string | Buffer | Readable;
	/**
	 * Abort the exchange once it has stalled this long: no request bytes taken
	 * and no answer bytes received. A transport that can only bound the whole
	 * exchange may use it as the time allowed until the answer head.
	 */
	timeoutMs: number;
	/** `stream` hands the answer body on unread; `buffer` collects it. */
	responseType: 'buffer' | 'stream';
}

export interface TransportResponse {
	status: number;
	/** Header names in lower case. */
	headers: Record<string, string | undefined>;
	body: Buffer | Readable;
}

/**
 * Raised by a transport when no HTTP answer was received. `code` is the
 * Node.js error code (`ECONNREFUSED`, `ECONNRESET`, `ETIMEDOUT`, ...): the
 * client reads it to decide whether a call may be repeated safely.
 */
export class TransportError extends Error {
	constructor(
		message: string,
		readonly code: string,
		override readonly cause?: unknown,
	) {
		super(message);
		this.name = 'TransportError';
	}
}

export interface Transport {
	request(req: TransportRequest): Promise<TransportResponse>;
}
