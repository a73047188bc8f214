// The credential kinds: a long-lived token, credentials the transport brings, and incomplete ones refused.
import nock from 'nock';
import { OncAuthenticationError, OncClient } from '../src';
import { BASE, makeClient, useNock } from './helpers';
import { DOWNLOAD, STALE, ZIP } from './oauthFixtures';

useNock();

describe('other credential kinds', () => {
	it('does not renew a long-lived token', async () => {
		const { client } = makeClient();
		const api = nock(BASE).get(DOWNLOAD).reply(401, STALE);

		await expect(client.downloadFiles('s-1')).rejects.toBeInstanceOf(OncAuthenticationError);
		api.done();
	});

	it('adds no Authorization header when the transport brings the credentials', async () => {
		const { client } = makeClient({}, { baseUrl: BASE, auth: 'transport' });
		const api = nock(BASE, { badheaders: ['authorization'] })
			.get(DOWNLOAD)
			.reply(200, ZIP);

		await client.downloadFiles('s-1');

		api.done();
	});

	it.each([
		[{ baseUrl: BASE }, 'credentials'],
		[{ baseUrl: BASE, accessToken: '  ' }, 'credentials'],
		[
			{ baseUrl: BASE, oauth: { clientId: 'a', clientSecret: '', refreshToken: 'r' } },
			'oauth.clientSecret',
		],
		[{ baseUrl: 'ftp://onc.example.test', accessToken: 't' }, 'baseUrl'],
	])('refuses incomplete credentials %j naming %s', (credentials, field) => {
		expect(() => new OncClient(credentials as never)).toThrow(expect.objectContaining({ field }));
	});
});
