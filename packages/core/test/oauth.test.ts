// The OAuth helpers: the authorization page address and the token calls' Basic auth and form bodies.
import nock from 'nock';
import {
	authorizationUrl,
	exchangeCode,
	OncAuthenticationError,
	OncError,
	refreshTokens,
} from '../src';
import { BASE, fakeClock, rejection, useNock } from './helpers';

useNock();

const client = { baseUrl: BASE, clientId: 'client-id', clientSecret: 'client-secret-123' };
const basic = `Basic ${Buffer.from('client-id:client-secret-123').toString('base64')}`;
const options = { clock: fakeClock() };

describe('authorizationUrl', () => {
	it('builds the authorize address with response_type, client_id, redirect_uri and state', () => {
		const url = new URL(
			authorizationUrl({
				baseUrl: `${BASE}/`,
				clientId: 'client-id',
				redirectUri: 'https://app.example.test/cb?x=1',
				state: 's t',
			}),
		);

		expect(url.origin + url.pathname).toBe(`${BASE}/oauth/authorize`);
		expect(Object.fromEntries(url.searchParams)).toEqual({
			response_type: 'code',
			client_id: 'client-id',
			redirect_uri: 'https://app.example.test/cb?x=1',
			state: 's t',
		});
	});

	it('defaults to production and takes another path', () => {
		const url = authorizationUrl({
			clientId: 'c',
			redirectUri: 'https://a.example.test/cb',
			state: 'x',
			authorizePath: '/auth',
		});

		expect(url.startsWith('https://app.onlinenotarycenter.com/auth?')).toBe(true);
	});

	it('names a missing client id', () => {
		expect(() =>
			authorizationUrl({ clientId: '', redirectUri: 'https://a.example.test', state: 'x' }),
		).toThrow(expect.objectContaining({ field: 'clientId' }));
	});
});

describe('exchangeCode', () => {
	it('posts the code with HTTP Basic client credentials and a form body', async () => {
		const scope = nock(BASE, {
			reqheaders: { authorization: basic, 'content-type': 'application/x-www-form-urlencoded' },
		})
			.post(
				'/oauth/token',
				'grant_type=authorization_code&code=the-code&redirect_uri=https%3A%2F%2Fapp.example.test%2Fcb',
			)
			.reply(200, {
				access_token: 'a-1',
				refresh_token: 'r-1',
				token_type: 'Bearer',
				expires_in: '3600',
			});

		const tokens = await exchangeCode(
			{ ...client, code: 'the-code', redirectUri: 'https://app.example.test/cb' },
			options,
		);

		scope.done();
		expect(tokens).toEqual({
			accessToken: 'a-1',
			refreshToken: 'r-1',
			tokenType: 'Bearer',
			expiresIn: 3600,
			raw: { access_token: 'a-1', refresh_token: 'r-1', token_type: 'Bearer', expires_in: '3600' },
		});
	});

	it('uses another token path when given', async () => {
		const scope = nock(BASE).post('/api/token').reply(200, { access_token: 'a-1' });

		await exchangeCode(
			{ ...client, code: 'c', redirectUri: 'https://app.example.test/cb' },
			{ ...options, tokenPath: '/api/token' },
		);

		scope.done();
	});

	it('fails as an authentication error on a refused code, without the secret or the code in the message', async () => {
		const scope = nock(BASE)
			.post('/oauth/token')
			.reply(400, { error: 'invalid_grant', error_description: 'Code the-code-456 expired' });

		const error = await rejection(
			exchangeCode(
				{ ...client, code: 'the-code-456', redirectUri: 'https://app.example.test/cb' },
				options,
			),
		);

		scope.done();
		expect(error).toBeInstanceOf(OncAuthenticationError);
		expect(error.message).toContain('Check the client ID and client secret');
		expect(error.message).not.toContain('the-code-456');
		expect(error.vendorMessage).toBe('Code [redacted] expired');
	});

	it('fails when the answer has no access token', async () => {
		const scope = nock(BASE).post('/oauth/token').reply(200, '<html>login</html>');

		const error = await rejection(
			exchangeCode({ ...client, code: 'c', redirectUri: 'https://app.example.test/cb' }, options),
		);

		scope.done();
		expect(error).toBeInstanceOf(OncError);
		expect(error.message).toMatch(/without an access token/);
	});
});

describe('refreshTokens', () => {
	it('posts the refresh token with HTTP Basic client credentials and a form body', async () => {
		const scope = nock(BASE, { reqheaders: { authorization: basic } })
			.post('/oauth/token', { grant_type: 'refresh_token', refresh_token: 'r-1' })
			.reply(200, { access_token: 'a-2', refresh_token: 'r-2' });

		const tokens = await refreshTokens({ ...client, refreshToken: 'r-1' }, options);

		scope.done();
		expect(tokens).toMatchObject({ accessToken: 'a-2', refreshToken: 'r-2', expiresIn: undefined });
	});

	it('names a missing refresh token before sending anything', async () => {
		await expect(refreshTokens({ ...client, refreshToken: '' }, options)).rejects.toMatchObject({
			field: 'refreshToken',
		});
	});
});
