// Which calls are sent again after which failures, how long the client waits, and where it stops.
import nock from 'nock';
import { Readable } from 'node:stream';
import {
	OncNetworkError,
	OncRateLimitError,
	OncServerError,
	OncTimeoutError,
	refreshTokens,
} from '../src';
import { BASE, failingTransport, fakeClock, makeClient, pdf, rejection, useNock } from './helpers';

useNock();

const DOWNLOAD = '/api/download-notarized-files/s-1';
const ZIP = Buffer.from('PK\u0003\u0004zip');
const signers = {
	contactType: 'self' as const,
	shareRoom: false,
	signer: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com' },
};

describe('state-changing calls', () => {
	it('does not repeat create after a 503', async () => {
		const { client } = makeClient();
		const scope = nock(BASE).post('/api/create-notary-session').reply(503, { error: 'busy' });

		const error = await rejection(
			client.createSession('notary', [{ fileName: 'a.pdf', data: pdf() }]),
		);

		scope.done();
		expect(error).toBeInstanceOf(OncServerError);
		expect(nock.pendingMocks()).toEqual([]);
	});

	it('does not repeat prepare after a connection reset', async () => {
		const transport = failingTransport(['ECONNRESET']);
		const { client } = makeClient({ transport });

		const error = await rejection(client.prepareSession('notary', 's-1'));

		expect(transport.calls).toBe(1);
		expect(error).toBeInstanceOf(OncNetworkError);
		expect(error.code).toBe('ECONNRESET');
		expect(error.sessionId).toBe('s-1');
	});

	it('does not repeat add signers after a 429', async () => {
		const { client } = makeClient();
		const scope = nock(BASE)
			.post('/api/update-esign-signers')
			.reply(429, '', { 'Retry-After': '1' });

		const error = await rejection(client.addSigners('esign', 's-1', signers));

		scope.done();
		expect(error).toBeInstanceOf(OncRateLimitError);
	});

	it('repeats add signers when the connection was refused, since nothing reached ONC', async () => {
		const transport = failingTransport(['ECONNREFUSED']);
		const { client, clock } = makeClient({ transport });
		const scope = nock(BASE)
			.post('/api/update-esign-signers')
			.reply(200, { notary_id: 's-1', status: 'pending' });

		const result = await client.addSigners('esign', 's-1', signers);

		scope.done();
		expect(result.status).toBe('pending');
		expect(clock.sleeps).toEqual([250]);
	});

	it('repeats create from buffers when the connection was refused, sending the same parts again', async () => {
		const transport = failingTransport(['ECONNREFUSED']);
		const { client } = makeClient({ transport });
		const bodies: string[] = [];
		const scope = nock(BASE)
			.post('/api/create-esign-session', (body) => bodies.push(String(body)) > 0)
			.reply(200, { notary_id: 'e-9' });

		const created = await client.createSession('esign', [
			{ fileName: 'a.pdf', data: pdf('again') },
		]);

		scope.done();
		expect(created.sessionId).toBe('e-9');
		expect(bodies[0]).toContain(pdf('again').toString());
	});

	it('does not repeat create from a stream that was already read, even when refused', async () => {
		const transport = failingTransport(['ECONNREFUSED']);
		const { client } = makeClient({ transport });

		const error = await rejection(
			client.createSession('esign', [{ fileName: 'a.pdf', data: Readable.from([pdf()]) }]),
		);

		expect(transport.calls).toBe(1);
		expect(error.code).toBe('ECONNREFUSED');
	});

	it('repeats create from a stream when the connection was refused before any of it was read', async () => {
		const transport = failingTransport(['ECONNREFUSED'], false);
		const { client } = makeClient({ transport });
		const scope = nock(BASE)
			.post('/api/create-esign-session', (body) => String(body).includes(pdf('late').toString()))
			.reply(200, { notary_id: 'e-10' });

		const created = await client.createSession('esign', [
			{ fileName: 'a.pdf', data: Readable.from([pdf('late')]) },
		]);

		scope.done();
		expect(transport.calls).toBe(2);
		expect(created.sessionId).toBe('e-10');
	});
});

describe('downloads', () => {
	it.each([429, 502, 503, 504])('are tried again after HTTP %i', async (status) => {
		const { client } = makeClient();
		const scope = nock(BASE).get(DOWNLOAD).reply(status, '').get(DOWNLOAD).reply(200, ZIP);

		const result = await client.downloadFiles('s-1');

		scope.done();
		expect(result.data).toEqual(ZIP);
	});

	it.each(['ECONNRESET', 'ETIMEDOUT', 'ECONNREFUSED'])('are tried again after %s', async (code) => {
		const transport = failingTransport([code]);
		const { client } = makeClient({ transport });
		const scope = nock(BASE).get(DOWNLOAD).reply(200, ZIP);

		const result = await client.downloadFiles('s-1');

		scope.done();
		expect(result.data).toEqual(ZIP);
	});

	it('are not tried again after a 500 or a 404', async () => {
		const { client } = makeClient();
		const scope = nock(BASE)
			.get(DOWNLOAD)
			.reply(500, '')
			.get('/api/download-notarized-files/s-2')
			.reply(404, '');

		await expect(client.downloadFiles('s-1')).rejects.toBeInstanceOf(OncServerError);
		await expect(client.downloadFiles('s-2')).rejects.toMatchObject({ status: 404 });
		scope.done();
	});

	it('wait with exponential backoff and full jitter, up to maxAttempts', async () => {
		const { client, clock } = makeClient({
			retry: { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 300 },
			random: () => 0.99,
		});
		const scope = nock(BASE).get(DOWNLOAD).times(4).reply(503, '');

		const error = await rejection(client.downloadFiles('s-1'));

		scope.done();
		expect(error).toBeInstanceOf(OncServerError);
		expect(clock.sleeps).toEqual([99, 198, 297]);
	});

	it('honour Retry-After given in seconds', async () => {
		const { client, clock } = makeClient();
		const scope = nock(BASE)
			.get(DOWNLOAD)
			.reply(503, '', { 'Retry-After': '3' })
			.get(DOWNLOAD)
			.reply(200, ZIP);

		await client.downloadFiles('s-1');

		scope.done();
		expect(clock.sleeps).toEqual([3000]);
	});

	it('honour Retry-After given as an HTTP date', async () => {
		const clock = fakeClock();
		const { client } = makeClient({ clock });
		const when = new Date(clock.now() + 5000).toUTCString();
		const scope = nock(BASE)
			.get(DOWNLOAD)
			.reply(429, '', { 'Retry-After': when })
			.get(DOWNLOAD)
			.reply(200, ZIP);

		await client.downloadFiles('s-1');

		scope.done();
		expect(clock.sleeps).toEqual([5000]);
	});

	it('give up at once when Retry-After lies beyond the total time allowed', async () => {
		const { client, clock } = makeClient({ retry: { maxTotalMs: 10_000 } });
		const scope = nock(BASE).get(DOWNLOAD).reply(429, '', { 'Retry-After': '60' });

		const error = await rejection(client.downloadFiles('s-1'));

		scope.done();
		expect(error).toBeInstanceOf(OncRateLimitError);
		expect((error as OncRateLimitError).retryAfterMs).toBe(60_000);
		expect(clock.sleeps).toEqual([]);
	});

	it('stop when the total time allowed is spent, whatever attempts are left', async () => {
		const { client, clock } = makeClient({ retry: { maxAttempts: 10, maxTotalMs: 5000 } });
		const scope = nock(BASE).get(DOWNLOAD).times(3).reply(503, '', { 'Retry-After': '2' });

		await expect(client.downloadFiles('s-1')).rejects.toBeInstanceOf(OncServerError);

		scope.done();
		expect(clock.sleeps).toEqual([2000, 2000]);
	});

	it('fail as a timeout when the answer takes longer than timeoutMs', async () => {
		const { client } = makeClient({ timeoutMs: 50, retry: { maxAttempts: 1 } });
		const scope = nock(BASE).get(DOWNLOAD).delay(500).reply(200, ZIP);

		const error = await rejection(client.downloadFiles('s-1'));

		scope.done();
		expect(error).toBeInstanceOf(OncTimeoutError);
		expect(error.code).toBe('ETIMEDOUT');
	});
});

describe('token calls', () => {
	it('are tried again after a 502', async () => {
		const clock = fakeClock();
		const scope = nock(BASE)
			.post('/oauth/token')
			.reply(502, '')
			.post('/oauth/token')
			.reply(200, { access_token: 'new-access', refresh_token: 'new-refresh' });

		const tokens = await refreshTokens(
			{ baseUrl: BASE, clientId: 'id', clientSecret: 'secret-xyz', refreshToken: 'old-refresh' },
			{ clock, random: () => 0 },
		);

		scope.done();
		expect(tokens.accessToken).toBe('new-access');
		expect(clock.sleeps).toEqual([0]);
	});
});
