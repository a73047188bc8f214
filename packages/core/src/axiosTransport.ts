import axios, { AxiosError, AxiosInstance } from 'axios';
import { Readable } from 'node:stream';
import { Transport, TransportError, TransportRequest, TransportResponse } from './transport';
import { Watchdog } from './watchdog';

function plainHeaders(headers: Record<string, unknown>): Record<string, string | undefined> {
	const out: Record<string, string | undefined> = {};
	for (const [name, value] of Object.entries(headers)) {
		if (value === undefined || value === null) continue;
		out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
	}
	return out;
}

// Only the message and code travel on: an AxiosError holds the request
// config, headers included, and would carry the bearer token into any log.
function transportError(error: unknown): TransportError {
	if (error instanceof TransportError) return error;
	const axiosError = error as AxiosError;
	const code = axiosError?.code ?? 'ERR_UNKNOWN';
	const message = axiosError?.message ?? String(error);
	const cause = Object.assign(new Error(message), { code });
	return new TransportError(message, code, cause);
}

/**
 * The default transport, over axios on Node's http module. It moves bytes
 * only: no retries, no redirects, no body limits, every status returned.
 *
 * `timeoutMs` bounds a stall, not the whole exchange: axios's own timeout
 * runs from the start to the answer head, which a large upload on a slow
 * link outlasts while still moving. A streamed answer is handed on once its
 * head arrives and fails with ETIMEDOUT if the server stops sending midway;
 * a reader that takes its time is never timed out.
 */
export class AxiosTransport implements Transport {
	private readonly http: AxiosInstance;

	constructor(instance?: AxiosInstance) {
		this.http = instance ?? axios.create();
	}

	async request(req: TransportRequest): Promise<TransportResponse> {
		const watchdog = new Watchdog(req.timeoutMs);
		const body = req.body;
		const upload = body instanceof Readable ? body : undefined;
		if (upload) watchdog.watchUpload(upload);
		try {
			const res = await this.http.request({
				method: req.method,
				url: req.url,
				headers: req.headers,
				data: upload ?? (typeof body === 'string' ? Buffer.from(body) : body),
				signal: watchdog.controller.signal,
				responseType: 'stream',
				// Following redirects would make axios buffer a streamed upload to replay it.
				maxRedirects: 0,
				// -1, not Infinity: any other value makes axios pass a streamed
				// upload through a byte-counting Transform, a cost on every chunk.
				maxBodyLength: -1,
				maxContentLength: -1,
				validateStatus: () => true,
				transformRequest: [(data) => data],
				transformResponse: [(data) => data],
			});
			const stream = res.data as Readable;
			const headers = plainHeaders(res.headers as Record<string, unknown>);
			if (req.responseType === 'stream') {
				return { status: res.status, headers, body: watchdog.handOn(stream) };
			}
			const collected = await watchdog.collect(stream);
			watchdog.stop();
			return { status: res.status, headers, body: collected };
		} catch (error) {
			watchdog.stop();
			if (watchdog.fired) {
				throw new TransportError(`No progress for ${req.timeoutMs} ms`, 'ETIMEDOUT');
			}
			throw transportError(error);
		} finally {
			// A server may answer before reading the whole upload; whatever is
			// left unsent is dropped, which also releases the caller's files.
			upload?.destroy();
		}
	}
}
