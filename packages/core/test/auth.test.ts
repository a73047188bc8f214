// OAuth renewal: a stale token is renewed once, shared by concurrent calls, ahead of expiry, and handed to onTokens.
import nock from 'nock';
import { OncAuthenticationError } from '../src';
import { BASE, rejection, useNock } from './helpers';
import { DOWNLOAD, oauthClient, STALE, tokenEndpoint, ZIP } from './oauthFixtures';

useNock();

describe('OAuth renewal', () => {
	it('renews a stale token once, repeats the call with the new one and hands the pair to onTokens', async () => {
		const { client, received } = oauthClient();
		const api = nock(BASE)
			.get(DOWNLOAD)
			.matchHeader('authorization', 'Bearer old-access')
			.reply(401, STALE)
			.get(DOWNLOAD)
			.matchHeader('authorization', 'Bearer new-access')
			.reply(200, ZIP);
		const token = tokenEndpoint();

		const result = await client.downloadFiles('s-1');

		api.done();
		token.done();
		expect(result.data).toEqual(ZIP);
		expect(received).toHaveLength(1);
		expect(received[0]).toMatchObject({
			accessToken: 'new-access',
			refreshToken: 'new-refresh',
			tokenType: 'Bearer',
			expiresIn: 3600,
		});
	});

	it('renews on vendor code X003 too', async () => {
		const { client } = oauthClient();
		const api = nock(BASE)
			.get(DOWNLOAD)
			.reply(401, { code: 'X003', message: 'Unknown user token' })
			.get(DOWNLOAD)
			.reply(200, ZIP);
		const token = tokenEndpoint();

		await client.downloadFiles('s-1');

		api.done();
		token.done();
	});

	it('renews only once: a second refusal is passed on', async () => {
		const { client, received } = oauthClient();
		const api = nock(BASE).get(DOWNLOAD).times(2).reply(401, STALE);
		const token = tokenEndpoint();

		const error = await rejection(client.downloadFiles('s-1'));

		api.done();
		token.done();
		expect(error).toBeInstanceOf(OncAuthenticationError);
		expect(received).toHaveLength(1);
	});

	it('shares one renewal between calls that fail at the same time', async () => {
		const { client, received } = oauthClient();
		const api = nock(BASE)
			.get(DOWNLOAD)
			.times(3)
			.matchHeader('authorization', 'Bearer old-access')
			.reply(401, STALE)
			.get(DOWNLOAD)
			.times(3)
			.matchHeader('authorization', 'Bearer new-access')
			.reply(200, ZIP);
		const token = tokenEndpoint();

		await Promise.all([
			client.downloadFiles('s-1'),
			client.downloadFiles('s-1'),
			client.downloadFiles('s-1'),
		]);

		api.done();
		token.done();
		expect(received).toHaveLength(1);
	});

	it('gets a token first when only a refresh token is known', async () => {
		const { client } = oauthClient({});
		const token = tokenEndpoint();
		const api = nock(BASE)
			.get(DOWNLOAD)
			.matchHeader('authorization', 'Bearer new-access')
			.reply(200, ZIP);

		await client.downloadFiles('s-1');

		token.done();
		api.done();
	});

	it('renews ahead of time when the token it got is about to expire', async () => {
		const { client, clock } = oauthClient({});
		const first = tokenEndpoint({
			access_token: 'new-access',
			refresh_token: 'new-refresh',
			expires_in: 120,
		});
		const api = nock(BASE).get(DOWNLOAD).reply(200, ZIP);
		await client.downloadFiles('s-1');
		first.done();
		api.done();
		const second = nock(BASE)
			.post('/oauth/token', 'grant_type=refresh_token&refresh_token=new-refresh')
			.reply(200, { access_token: 'newer-access', expires_in: 120 })
			.get(DOWNLOAD)
			.matchHeader('authorization', 'Bearer newer-access')
			.reply(200, ZIP);

		await clock.sleep(110_000);
		await client.downloadFiles('s-1');

		second.done();
	});

	it('does not renew a short-lived token on every call', async () => {
		const { client, clock } = oauthClient({});
		const token = tokenEndpoint({
			access_token: 'new-access',
			refresh_token: 'new-refresh',
			expires_in: 2,
		});
		const api = nock(BASE)
			.get(DOWNLOAD)
			.times(2)
			.matchHeader('authorization', 'Bearer new-access')
			.reply(200, ZIP);

		await client.downloadFiles('s-1');
		await clock.sleep(1000);
		await client.downloadFiles('s-1');

		token.done();
		api.done();
	});

	it('keeps the old refresh token when the server does not rotate it', async () => {
		const { client, received } = oauthClient();
		const api = nock(BASE).get(DOWNLOAD).reply(401, STALE).get(DOWNLOAD).reply(200, ZIP);
		const token = tokenEndpoint({ access_token: 'new-access' });

		await client.downloadFiles('s-1');

		api.done();
		token.done();
		expect(received[0]).toMatchObject({ accessToken: 'new-access', refreshToken: 'old-refresh' });
	});

	it('fails with an authentication error when the refresh token is refused, without calling onTokens', async () => {
		const { client, received } = oauthClient();
		const api = nock(BASE).get(DOWNLOAD).reply(401, STALE);
		const token = nock(BASE)
			.post('/oauth/token')
			.reply(400, { error: 'invalid_grant', error_description: 'Refresh token expired' });

		const error = await rejection(client.downloadFiles('s-1'));

		api.done();
		token.done();
		expect(error).toBeInstanceOf(OncAuthenticationError);
		expect(error.code).toBe('invalid_grant');
		expect(error.request).toEqual({ method: 'POST', path: '/oauth/token' });
		expect(received).toEqual([]);
	});

	it('passes on a failure of onTokens, since unsaved tokens would lock the account out later', async () => {
		const { client } = oauthClient({
			onTokens: () => Promise.reject(new Error('store is down')),
		});
		const token = tokenEndpoint();

		await expect(client.downloadFiles('s-1')).rejects.toThrow('store is down');
		token.done();
	});
});
