// The default transport against a real HTTP server on 127.0.0.1: bodies streamed both ways, statuses returned, failures coded.
import { once } from 'node:events';
import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { inspect } from 'node:util';
import { OncClient, TransportError } from '../src';
import { closeServer, get, serve, transport, useLocalServer } from './localServer';

useLocalServer();

async function settle(produced: () => number): Promise<number> {
	let last = -1;
	while (produced() !== last) {
		last = produced();
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	return last;
}

describe('AxiosTransport', () => {
	it('streams a request body as the server reads it, never reading it whole first', async () => {
		const total = 64 * 1024 * 1024;
		let produced = 0;
		const body = new Readable({
			read() {
				if (produced >= total) return void this.push(null);
				produced += 64 * 1024;
				this.push(Buffer.alloc(64 * 1024, 1));
			},
		});
		let received = 0;
		let resume: () => void = () => undefined;
		const url = await serve((req, res) => {
			req.pause();
			resume = () => {
				req.on('data', (chunk: Buffer) => (received += chunk.length));
				req.on('end', () => res.end('done'));
				req.resume();
			};
		});

		const answer = transport.request({
			method: 'POST',
			url,
			headers: { 'Content-Length': String(total) },
			body,
			timeoutMs: 10_000,
			responseType: 'buffer',
		});
		const whileServerWaits = await settle(() => produced);
		resume();
		const res = await answer;

		expect(whileServerWaits).toBeLessThan(total / 2);
		expect(received).toBe(total);
		expect(res.body.toString()).toBe('done');
	});

	it('sends text bodies and headers exactly as given', async () => {
		let seen: { headers: IncomingMessage['headers']; body: string } | undefined;
		const url = await serve(async (req, res) => {
			const chunks: Buffer[] = [];
			for await (const chunk of req) chunks.push(chunk);
			seen = { headers: req.headers, body: Buffer.concat(chunks).toString() };
			res.end();
		});

		await transport.request({
			method: 'POST',
			url,
			headers: { 'Content-Type': 'application/json', Authorization: 'Bearer t' },
			body: ' {"a":"1"} ',
			timeoutMs: 5000,
			responseType: 'buffer',
		});

		expect(seen?.body).toBe(' {"a":"1"} ');
		expect(seen?.headers).toMatchObject({
			'content-type': 'application/json',
			authorization: 'Bearer t',
			'content-length': '11',
		});
	});

	it('hands a response body on as a stream before the server has finished it', async () => {
		let finish: () => void = () => undefined;
		const url = await serve((_req, res) => {
			res.writeHead(200, { 'Content-Type': 'application/zip' });
			res.write('first part;');
			finish = () => res.end('second part');
		});

		const res = await get(url, { responseType: 'stream' });
		const stream = res.body as Readable;
		const [first] = (await once(stream, 'data')) as [Buffer];
		finish();
		const rest: Buffer[] = [];
		for await (const chunk of stream) rest.push(chunk);

		expect(first.toString()).toBe('first part;');
		expect(Buffer.concat(rest).toString()).toBe('second part');
		expect(res.headers['content-type']).toBe('application/zip');
	});

	it('returns error statuses and redirects as answers instead of throwing or following them', async () => {
		const url = await serve((req, res) => {
			if (req.url === '/moved') res.writeHead(302, { Location: '/elsewhere' }).end();
			else res.writeHead(503, { 'Retry-After': '4' }).end('busy');
		});

		const failed = await get(`${url}/x`);
		const moved = await get(`${url}/moved`);

		expect(failed).toMatchObject({ status: 503, headers: { 'retry-after': '4' } });
		expect(failed.body.toString()).toBe('busy');
		expect(moved.status).toBe(302);
	});

	it('reports a refused connection as ECONNREFUSED', async () => {
		const url = await serve(() => undefined);
		await closeServer();

		await expect(get(url)).rejects.toMatchObject({ name: 'TransportError', code: 'ECONNREFUSED' });
	});

	it('reports a dropped connection as ECONNRESET', async () => {
		const url = await serve((req) => req.socket.destroy());

		await expect(get(url)).rejects.toMatchObject({ code: 'ECONNRESET' });
	});

	it('reports a silent server as ETIMEDOUT after timeoutMs, without the request headers', async () => {
		const url = await serve(() => undefined);

		const error = await get(url, {
			timeoutMs: 100,
			headers: { Authorization: 'Bearer secret-token-xyz' },
		}).catch((e) => e);

		expect(error).toBeInstanceOf(TransportError);
		expect(error.code).toBe('ETIMEDOUT');
		expect(inspect(error, { depth: 10 })).not.toContain('secret-token-xyz');
		expect(JSON.stringify(error)).not.toContain('secret-token-xyz');
	});
});

describe('OncClient over AxiosTransport', () => {
	it('resolves downloadFilesStream while the zip is still arriving', async () => {
		let finish: () => void = () => undefined;
		const url = await serve((_req, res) => {
			res.writeHead(200, {
				'Content-Type': 'application/zip',
				'Content-Disposition': 'attachment; filename="s-1.zip"',
			});
			res.write('PK');
			finish = () => res.end('rest');
		});
		const client = new OncClient({ baseUrl: url, accessToken: 'token-123456' });

		const result = await client.downloadFilesStream('s-1');
		finish();
		const chunks: Buffer[] = [];
		for await (const chunk of result.stream) chunks.push(chunk);

		expect(result.fileName).toBe('s-1.zip');
		expect(Buffer.concat(chunks).toString()).toBe('PKrest');
	});
});
