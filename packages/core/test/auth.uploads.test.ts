// OAuth renewal around uploads: buffers are sent again, streams are guarded by trying the token first.
import nock from 'nock';
import { Readable } from 'node:stream';
import { OncAuthenticationError } from '../src';
import { BASE, pdf, rejection, unmatched, useNock } from './helpers';
import { DOWNLOAD, oauthClient, PROBE, STALE, tokenEndpoint, ZIP } from './oauthFixtures';

useNock();

describe('OAuth renewal and uploads', () => {
	it('repeats an upload from buffers after renewing', async () => {
		const { client } = oauthClient();
		const api = nock(BASE)
			.post('/api/create-notary-session')
			.reply(401, STALE)
			.post('/api/create-notary-session')
			.matchHeader('authorization', 'Bearer new-access')
			.reply(200, { notary_id: 'n-1' });
		const token = tokenEndpoint();

		const created = await client.createSession('notary', [{ fileName: 'a.pdf', data: pdf() }]);

		api.done();
		token.done();
		expect(created.sessionId).toBe('n-1');
	});

	it('tries a token of unknown age before a streamed upload, renewing it if stale', async () => {
		const { client, received } = oauthClient();
		const api = nock(BASE)
			.get(PROBE)
			.matchHeader('authorization', 'Bearer old-access')
			.reply(401, STALE)
			.get(PROBE)
			.matchHeader('authorization', 'Bearer new-access')
			.reply(404, { error: 'not_found' })
			.post('/api/create-notary-session')
			.matchHeader('authorization', 'Bearer new-access')
			.reply(200, { notary_id: 'n-1' });
		const token = tokenEndpoint();

		const created = await client.createSession('notary', [
			{ fileName: 'a.pdf', data: Readable.from([pdf()]) },
		]);

		api.done();
		token.done();
		expect(created.sessionId).toBe('n-1');
		expect(received).toHaveLength(1);
	});

	it('tries no token that ONC has already taken, nor one for an upload from buffers', async () => {
		const { client } = oauthClient();
		const api = nock(BASE)
			.post('/api/create-notary-session')
			.reply(200, { notary_id: 'n-1' })
			.post('/api/create-notary-session')
			.reply(200, { notary_id: 'n-2' });

		await client.createSession('notary', [{ fileName: 'a.pdf', data: pdf() }]);
		await client.createSession('notary', [{ fileName: 'a.pdf', data: Readable.from([pdf()]) }]);

		api.done();
		expect(unmatched).toEqual([]);
	});

	it('does not repeat a streamed upload that ONC refused after reading, but renews the token and says to run again', async () => {
		const { client, received } = oauthClient();
		const api = nock(BASE)
			.get(DOWNLOAD)
			.reply(200, ZIP)
			.post('/api/create-notary-session')
			.reply(401, STALE);
		const token = tokenEndpoint();

		await client.downloadFiles('s-1');
		const error = await rejection(
			client.createSession('notary', [{ fileName: 'a.pdf', data: Readable.from([pdf()]) }]),
		);

		api.done();
		token.done();
		expect(error).toBeInstanceOf(OncAuthenticationError);
		expect(error.message).toMatch(/cannot be sent twice: run the step again/);
		expect(received).toHaveLength(1);
		expect(unmatched).toEqual([]);
	});
});
