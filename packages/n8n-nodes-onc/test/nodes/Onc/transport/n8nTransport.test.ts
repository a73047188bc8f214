// N8nTransport: statuses as answers, the 401 path that lets n8n refresh, streams and network failures.
import { createServer } from 'node:net';
import { Readable } from 'node:stream';
import { inspect } from 'node:util';

import { TransportError, type TransportRequest } from '@onc/core';
import nock from 'nock';

import { N8nTransport } from '../../../../nodes/Onc/transport/n8nTransport';
import { fakeContext } from '../../../support/fakeContext';
import { HOST, useNock } from '../../../support/nockSetup';

const oauth = () => ({
	oncOAuth2Api: { baseUrl: HOST, oauthTokenData: { access_token: 'old-token' } },
});

function get(path: string, responseType: 'buffer' | 'stream' = 'buffer'): TransportRequest {
	return { method: 'GET', url: `${HOST}${path}`, headers: {}, timeoutMs: 5000, responseType };
}

async function text(body: Buffer | Readable): Promise<string> {
	if (Buffer.isBuffer(body)) return body.toString();
	const chunks: Buffer[] = [];
	for await (const chunk of body) chunks.push(Buffer.from(chunk));
	return Buffer.concat(chunks).toString();
}

async function closedPort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	await new Promise((resolve) => server.close(resolve));
	return port;
}

describe('N8nTransport.request', () => {
	useNock();

	it('hands back an error status as an answer with its body and lower-case headers', async () => {
		const scope = nock(HOST)
			.get('/api/download-notarized-files/abc')
			.reply(409, { error: 'not_finished' }, { 'X-Request-Id': 'r1' });
		const { ctx } = fakeContext({ params: {} });

		const res = await new N8nTransport(ctx, 'oncApi').request(
			get('/api/download-notarized-files/abc'),
		);

		expect(res.status).toBe(409);
		expect(res.headers['x-request-id']).toBe('r1');
		expect(JSON.parse(await text(res.body))).toEqual({ error: 'not_finished' });
		scope.done();
	});

	it('lets n8n add the credential as a bearer token', async () => {
		const scope = nock(HOST, { reqheaders: { authorization: 'Bearer long-lived-token' } })
			.get('/ok')
			.reply(200, 'fine');
		const { ctx } = fakeContext({ params: {} });

		const res = await new N8nTransport(ctx, 'oncApi').request(get('/ok'));

		expect(res.status).toBe(200);
		expect(await text(res.body)).toBe('fine');
		scope.done();
	});

	it('makes a 401 throw inside n8n so an OAuth token is refreshed and the call repeated', async () => {
		const scope = nock(HOST)
			.get('/ok')
			.matchHeader('authorization', 'Bearer old-token')
			.reply(401, { error: 'invalid_token' })
			.get('/ok')
			.matchHeader('authorization', 'Bearer new-token')
			.reply(200, 'fresh');
		const fake = fakeContext({
			params: {},
			credentials: oauth(),
			refresh: async () => 'new-token',
		});

		const res = await new N8nTransport(fake.ctx, 'oncOAuth2Api').request(get('/ok'));

		expect(res.status).toBe(200);
		expect(await text(res.body)).toBe('fresh');
		expect(fake.refreshes).toBe(1);
		expect(fake.requests[0].ignoreHttpStatusErrors).toEqual({ ignore: true, except: [401] });
		scope.done();
	});

	it('returns the 401 of a streamed upload that n8n could not repeat', async () => {
		const scope = nock(HOST).post('/upload').reply(401, { error: 'invalid_token' });
		const fake = fakeContext({
			params: {},
			credentials: oauth(),
			refresh: async () => 'new-token',
		});
		const req: TransportRequest = {
			...get('/upload'),
			method: 'POST',
			body: Readable.from([Buffer.from('pdf bytes')]),
		};

		const res = await new N8nTransport(fake.ctx, 'oncOAuth2Api').request(req);

		expect(res.status).toBe(401);
		expect(fake.refreshes).toBe(1);
		scope.done();
	});

	it('hands the answer body on unread when a stream is asked for', async () => {
		const scope = nock(HOST).get('/zip').reply(200, Buffer.from('PK zip bytes'));
		const { ctx } = fakeContext({ params: {} });

		const res = await new N8nTransport(ctx, 'oncApi').request(get('/zip', 'stream'));

		expect(res.body).toBeInstanceOf(Readable);
		expect(await text(res.body)).toBe('PK zip bytes');
		scope.done();
	});

	it('throws a TransportError with the Node code when no answer comes', async () => {
		nock.enableNetConnect('127.0.0.1');
		const port = await closedPort();
		const { ctx } = fakeContext({ params: {} });
		const req = { ...get('/down'), url: `http://127.0.0.1:${port}/down` };

		const failure = new N8nTransport(ctx, 'oncApi').request(req);

		await expect(failure).rejects.toBeInstanceOf(TransportError);
		await expect(failure).rejects.toMatchObject({ code: 'ECONNREFUSED' });
	});

	it('keeps n8n’s own error, which holds the request headers, out of a TransportError', async () => {
		const { ctx } = fakeContext({ params: {} });
		const raw = Object.assign(new Error('socket hang up'), {
			code: 'ECONNRESET',
			config: { headers: { Authorization: 'Bearer secret-token-123' } },
		});
		ctx.helpers.httpRequestWithAuthentication = async () => {
			throw raw;
		};

		const error = await new N8nTransport(ctx, 'oncApi').request(get('/ok')).catch((e) => e);

		expect(error).toBeInstanceOf(TransportError);
		expect(error.code).toBe('ECONNRESET');
		expect(error.cause).toBeUndefined();
		expect(inspect(error, { depth: 10 })).not.toContain('secret-token-123');
	});

	it('passes on an n8n error that carries no answer, such as a credential to reconnect', async () => {
		const { ctx } = fakeContext({ params: {} });
		const refused = new Error('The credential needs to be reconnected.');
		ctx.helpers.httpRequestWithAuthentication = async () => {
			throw refused;
		};

		await expect(new N8nTransport(ctx, 'oncApi').request(get('/ok'))).rejects.toBe(refused);
	});
});
