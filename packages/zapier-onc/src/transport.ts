import type { Readable } from 'node:stream';
import type { Transport, TransportRequest, TransportResponse } from '@onc/core';
import { TransportError } from '@onc/core';
import type { HttpRequestOptions, RawHttpResponse, ZObject } from 'zapier-platform-core';

// Options z.request honours but its typings do not list.
type RawRequest = HttpRequestOptions & {
	url: string;
	raw: true;
	throwForThrottlingEarly: boolean;
	merge: boolean;
};

// node-fetch (under z.request) reports a failure without an answer as a
// FetchError carrying the Node error code, or type 'request-timeout'.
const asTransportError = (err: unknown): unknown => {
	const { code, type, message } = (err ?? {}) as {
		code?: unknown;
		type?: unknown;
		message?: string;
	};
	if (type === 'request-timeout') return new TransportError(String(message), 'ETIMEDOUT', err);
	if (typeof code === 'string') return new TransportError(String(message), code, err);
	return err;
};

const plainHeaders = (res: RawHttpResponse): Record<string, string> => {
	const out: Record<string, string> = {};
	res.headers.forEach((value: string, name: string) => {
		out[name.toLowerCase()] = value;
	});
	return out;
};

/**
 * Moves the bytes core prepared through `z.request`, so Zapier logs every
 * call with secrets scrubbed. Core does all parsing and error mapping.
 */
export class ZapierTransport implements Transport {
	constructor(private readonly z: ZObject) {}

	async request(req: TransportRequest): Promise<TransportResponse> {
		const options: RawRequest = {
			url: req.url,
			method: req.method,
			headers: req.headers,
			body: req.body,
			timeout: req.timeoutMs,
			redirect: 'manual',
			raw: true,
			// Core reads every status itself, 429 and its Retry-After included.
			skipThrowForStatus: true,
			throwForThrottlingEarly: false,
			// The body is final: a signer named "{{bundle.x}}" is text, not a template.
			merge: false,
		};

		let res: RawHttpResponse;
		try {
			res = await this.z.request(options);
		} catch (err) {
			// With autoRefresh on, Zapier turns every 401 into RefreshAuthError
			// before the answer reaches us. A bare 401 lets core report the
			// authentication failure the usual way.
			if (err instanceof this.z.errors.RefreshAuthError) {
				return { status: 401, headers: {}, body: Buffer.alloc(0) };
			}
			throw asTransportError(err);
		}

		const headers = plainHeaders(res);
		if (req.responseType === 'stream') {
			return { status: res.status, headers, body: res.body as Readable };
		}
		try {
			return { status: res.status, headers, body: await res.buffer() };
		} catch (err) {
			throw asTransportError(err);
		}
	}
}
