import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError, tooLarge } from './errors';

export function sendJson(
	res: ServerResponse,
	status: number,
	body: unknown,
	headers: Record<string, string> = {},
): void {
	const text = JSON.stringify(body);
	res.writeHead(status, {
		'Content-Type': 'application/json; charset=utf-8',
		'Content-Length': Buffer.byteLength(text),
		...headers,
	});
	res.end(text);
}

export function sendError(res: ServerResponse, err: ApiError): void {
	const headers = { ...err.headers };
	// When we answer before reading the whole upload, the rest of it would be
	// taken for the next request on this connection; closing avoids that.
	if (!res.req.complete) headers.Connection = 'close';
	sendJson(res, err.status, { error: err.code, error_description: err.description }, headers);
}

export function sendHtml(res: ServerResponse, status: number, html: string): void {
	res.writeHead(status, {
		'Content-Type': 'text/html; charset=utf-8',
		'Content-Length': Buffer.byteLength(html),
		'Cache-Control': 'no-store',
	});
	res.end(html);
}

export function redirect(res: ServerResponse, status: 302 | 303, location: string): void {
	res.writeHead(status, { Location: location, 'Content-Length': 0 });
	res.end();
}

/** The media type of the request, lower case, without parameters. */
export function mediaType(req: IncomingMessage): string {
	return (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
}

/** Reads a small body whole, refusing anything past `limit` bytes. */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		const onData = (chunk: Buffer) => {
			size += chunk.length;
			if (size > limit) {
				req.off('data', onData);
				// Keep draining so the client can read our answer instead of a reset.
				req.resume();
				reject(tooLarge(limit));
				return;
			}
			chunks.push(chunk);
		};
		req.on('data', onData);
		req.on('end', () => resolve(Buffer.concat(chunks)));
		req.on('error', reject);
		req.on('aborted', () => reject(new ApiError(400, 'X000', 'The request body ended early.')));
	});
}

/** Parses a JSON object body; anything else is the client's mistake, named plainly. */
export async function readJsonObject(
	req: IncomingMessage,
	limit: number,
): Promise<Record<string, unknown>> {
	if (mediaType(req) !== 'application/json') {
		throw new ApiError(
			400,
			'X000',
			'The request body must be JSON, sent with the header "Content-Type: application/json".',
		);
	}
	const text = (await readBody(req, limit)).toString('utf8');
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		throw new ApiError(400, 'X000', 'The request body is not valid JSON.');
	}
	if (value === null || typeof value !== 'object' || Array.isArray(value)) {
		throw new ApiError(400, 'X000', 'The request body must be a JSON object.');
	}
	return value as Record<string, unknown>;
}

/** Parses an `application/x-www-form-urlencoded` body. */
export async function readForm(req: IncomingMessage, limit: number): Promise<URLSearchParams> {
	if (mediaType(req) !== 'application/x-www-form-urlencoded') {
		throw new ApiError(
			400,
			'invalid_request',
			'The request body must be form-encoded (application/x-www-form-urlencoded).',
		);
	}
	return new URLSearchParams((await readBody(req, limit)).toString('utf8'));
}
