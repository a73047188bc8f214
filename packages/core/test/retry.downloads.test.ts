// Downloads are sent again after passing failures, with backoff, Retry-After and bounds.
import nock from 'nock';
import { OncRateLimitError, OncServerError, OncTimeoutError } from '../src';
import { BASE, failingTransport, fakeClock, makeClient, rejection, useNock } from './helpers';

useNock();

const DOWNLOAD = '/api/download-notarized-files/s-1';
const ZIP = Buffer.from('PK\u0003\u0004zip');

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
