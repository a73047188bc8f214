// ZapierTransport: bytes through z.request, every status as an answer, no answer as TransportError.
import { Readable } from 'node:stream';
import nock from 'nock';
import { TransportError, type TransportRequest } from '@onc/core';
import { loadApp, ONC } from './helpers/app';
import { useNock } from './helpers/use-nock';

const { run, app } = loadApp({ ONC_BASE_URL: ONC });
const { ZapierTransport } = require('../src/transport');

const send = (req: Partial<TransportRequest>) =>
	run(async (z: unknown) => {
		const res = await new ZapierTransport(z).request({
			method: 'GET',
			url: `${ONC}/api/x`,
			headers: {},
			timeoutMs: 5000,
			responseType: 'buffer',
			...req,
		});
		const body = Buffer.isBuffer(res.body)
			? res.body.toString()
			: `stream:${Buffer.concat(await (res.body as Readable).toArray()).toString()}`;
		return { status: res.status, headers: res.headers, body };
	});

useNock();

describe('ZapierTransport.request', () => {
	it('pipes a stream body and hands the answer body on as a stream', async () => {
		const scope = nock(ONC)
			.post('/api/x', 'part one, part two')
			.matchHeader('content-type', 'text/plain')
			.reply(200, 'zip bytes', { 'Content-Type': 'application/zip' });

		const res = await send({
			method: 'POST',
			headers: { 'content-type': 'text/plain' },
			body: Readable.from(['part one, ', 'part two']),
			responseType: 'stream',
		});

		expect(res).toMatchObject({ status: 200, body: 'stream:zip bytes' });
		expect(res.headers['content-type']).toBe('application/zip');
		scope.done();
	});

	it('returns error statuses as answers, 429 included, with their headers', async () => {
		const scope = nock(ONC)
			.get('/api/x')
			.reply(429, { error: 'slow_down' }, { 'Retry-After': '7' });

		const res = await send({});

		expect(res.status).toBe(429);
		expect(res.headers['retry-after']).toBe('7');
		expect(JSON.parse(res.body)).toEqual({ error: 'slow_down' });
		scope.done();
	});

	it("answers a bare 401 when Zapier's auto-refresh takes the 401 first", async () => {
		expect(app.authentication.oauth2Config.autoRefresh).toBe(true);
		const scope = nock(ONC).get('/api/x').reply(401, { error: 'invalid_token' });

		const res = await send({});

		expect(res).toMatchObject({ status: 401, body: '' });
		scope.done();
	});

	it('raises TransportError with the Node code when no answer comes', async () => {
		const scope = nock(ONC)
			.get('/api/x')
			.replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));

		const failure = send({}).catch((err: unknown) => err);

		const err = await failure;
		expect(err).toBeInstanceOf(Error);
		expect((err as TransportError).name).toBe('TransportError');
		expect((err as TransportError).code).toBe('ECONNRESET');
		scope.done();
	});

	it('does not follow redirects', async () => {
		const scope = nock(ONC)
			.get('/api/x')
			.reply(302, '', { Location: 'https://elsewhere.example.test/' });

		const res = await send({});

		expect(res.status).toBe(302);
		scope.done();
	});
});
