// Raw HTTP exchanges, for bodies fetch cannot send (truncated, mislabelled, aborted).
import * as http from 'node:http';

export interface RawAnswer {
	status: number;
	headers: http.IncomingHttpHeaders;
	body: string;
}

export function rawRequest(
	baseUrl: string,
	options: {
		method: string;
		path: string;
		headers?: Record<string, string | number>;
		body?: Buffer | string;
	},
): Promise<RawAnswer> {
	return new Promise((resolve, reject) => {
		const req = http.request(
			`${baseUrl}${options.path}`,
			{ method: options.method, headers: options.headers },
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c: Buffer) => chunks.push(c));
				res.on('end', () =>
					resolve({
						status: res.statusCode ?? 0,
						headers: res.headers,
						body: Buffer.concat(chunks).toString('utf8'),
					}),
				);
				res.on('error', reject);
			},
		);
		req.on('error', reject);
		req.end(options.body);
	});
}

export function multipart(
	parts: { name: string; filename?: string; data: Buffer | string }[],
	boundary = 'sandbox-test-boundary',
): Buffer {
	const chunks: Buffer[] = [];
	for (const part of parts) {
		const filename = part.filename === undefined ? '' : `; filename="${part.filename}"`;
		const type = part.filename === undefined ? '' : 'Content-Type: application/pdf\r\n';
		chunks.push(
			Buffer.from(
				`--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"${filename}\r\n${type}\r\n`,
			),
		);
		chunks.push(Buffer.from(part.data));
		chunks.push(Buffer.from('\r\n'));
	}
	chunks.push(Buffer.from(`--${boundary}--\r\n`));
	return Buffer.concat(chunks);
}
