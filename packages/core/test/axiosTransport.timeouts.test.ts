// The default transport's timeout bounds a stall, not a long exchange that keeps moving.
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { get, serve, transport, useLocalServer } from './localServer';

useLocalServer();

describe('AxiosTransport timeouts', () => {
	const slowBody = (chunks: number) =>
		Readable.from(
			(async function* () {
				for (let i = 0; i < chunks; i += 1) yield Buffer.alloc(64 * 1024, 1);
			})(),
		);

	it('keeps an upload alive past timeoutMs while its bytes keep leaving', async () => {
		const url = await serve(async (req, res) => {
			let received = 0;
			for await (const chunk of req) received += chunk.length;
			res.end(String(received));
		});
		const trickle = Readable.from(
			(async function* () {
				for (let i = 0; i < 12; i += 1) {
					await new Promise((resolve) => setTimeout(resolve, 60));
					yield Buffer.alloc(1024, 1);
				}
			})(),
		);

		const res = await transport.request({
			method: 'POST',
			url,
			headers: {},
			body: trickle,
			timeoutMs: 450,
			responseType: 'buffer',
		});

		expect(res.body.toString()).toBe('12288');
	});

	it('gives up on an upload that stalls, and closes its source', async () => {
		const url = await serve((req) => req.pause());
		const body = slowBody(1024);

		const error = await transport
			.request({ method: 'POST', url, headers: {}, body, timeoutMs: 200, responseType: 'buffer' })
			.catch((e) => e);

		expect(error).toMatchObject({ name: 'TransportError', code: 'ETIMEDOUT' });
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(body.destroyed).toBe(true);
	});

	it('collects an answer that is slow but moving', async () => {
		const url = await serve(async (_req, res) => {
			for (let i = 0; i < 6; i += 1) {
				res.write('x');
				await new Promise((resolve) => setTimeout(resolve, 100));
			}
			res.end();
		});

		const res = await get(url, { timeoutMs: 350 });

		expect(res.body.toString()).toBe('xxxxxx');
	});

	it('gives up on an answer that stalls after its head', async () => {
		const url = await serve((_req, res) => {
			res.writeHead(200);
			res.write('partial');
		});

		await expect(get(url, { timeoutMs: 200 })).rejects.toMatchObject({ code: 'ETIMEDOUT' });
	});
});

describe('AxiosTransport streamed answers', () => {
	it('fail with ETIMEDOUT when the server stops sending midway', async () => {
		const url = await serve((_req, res) => {
			res.writeHead(200);
			res.write('partial');
		});

		const res = await get(url, { timeoutMs: 200, responseType: 'stream' });

		await expect(text(res.body as Readable)).rejects.toMatchObject({ code: 'ETIMEDOUT' });
	});

	it('wait for a reader that takes its time, however long', async () => {
		const url = await serve((_req, res) => res.end(Buffer.alloc(4 * 1024 * 1024, 0x61)));

		const res = await get(url, { timeoutMs: 100, responseType: 'stream' });
		await new Promise((resolve) => setTimeout(resolve, 400));
		const body = await text(res.body as Readable);

		expect(body).toHaveLength(4 * 1024 * 1024);
	});
});
