import axios, { AxiosError, AxiosInstance } from 'axios';
import type { Readable } from 'node:stream';
import { Transport, TransportError, TransportRequest, TransportResponse } from './transport';

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
	const code =
		axiosError?.code === 'ECONNABORTED' ? 'ETIMEDOUT' : (axiosError?.code ?? 'ERR_UNKNOWN');
	const message = axiosError?.message ?? String(error);
	const cause = Object.assign(new Error(message), { code });
	return new TransportError(message, code, cause);
}

/**
 * The default transport, over axios on Node's http module. It moves bytes
 * only: no retries, no redirects, no body limits, every status returned.
 */
export class AxiosTransport implements Transport {
	private readonly http: AxiosInstance;

	constructor(instance?: AxiosInstance) {
		this.http = instance ?? axios.create();
	}

	async request(req: TransportRequest): Promise<TransportResponse> {
		try {
			const res = await this.http.request({
				method: req.method,
				url: req.url,
				headers: req.headers,
				data: typeof req.body === 'string' ? Buffer.from(req.body) : req.body,
				timeout: req.timeoutMs,
				responseType: req.responseType === 'stream' ? 'stream' : 'arraybuffer',
				// Following redirects would make axios buffer a streamed upload to replay it.
				maxRedirects: 0,
				maxBodyLength: Infinity,
				maxContentLength: Infinity,
				validateStatus: () => true,
				transformRequest: [(data) => data],
				transformResponse: [(data) => data],
				transitional: {
					clarifyTimeoutError: true,
					silentJSONParsing: true,
					forcedJSONParsing: false,
				},
			});
			const body =
				req.responseType === 'stream'
					? (res.data as Readable)
					: Buffer.from(res.data as ArrayBuffer);
			return {
				status: res.status,
				headers: plainHeaders(res.headers as Record<string, unknown>),
				body,
			};
		} catch (error) {
			throw transportError(error);
		}
	}
}
