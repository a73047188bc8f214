// Shared OAuth test setup: a client holding OAuth credentials that records onTokens, and the token endpoint it renews at.
import nock from 'nock';
import { OAuthCredentials, OncClient, OncTokens } from '../src';
import { BASE, fakeClock } from './helpers';

export const DOWNLOAD = '/api/download-notarized-files/s-1';
export const PROBE = /^\/api\/download-notarized-files\/onc-credential-check-/;
export const ZIP = Buffer.from('PK\u0003\u0004zip');
export const STALE = {
	error: 'invalid_token',
	error_description: 'The access token provided is invalid',
};
const BASIC = `Basic ${Buffer.from('client-id:client-secret-123').toString('base64')}`;

/** `extra` replaces the stored access token (none when left out of it) or the onTokens recorder. */
export function oauthClient(
	extra: Partial<Pick<OAuthCredentials, 'accessToken' | 'onTokens'>> = {
		accessToken: 'old-access',
	},
) {
	const received: OncTokens[] = [];
	const clock = fakeClock();
	const client = new OncClient(
		{
			baseUrl: BASE,
			oauth: {
				clientId: 'client-id',
				clientSecret: 'client-secret-123',
				refreshToken: 'old-refresh',
				onTokens: (tokens) => {
					received.push(tokens);
				},
				...extra,
			},
		},
		{ clock, random: () => 0 },
	);
	return { client, received, clock };
}

export function tokenEndpoint(
	answer: object = {
		access_token: 'new-access',
		refresh_token: 'new-refresh',
		token_type: 'Bearer',
		expires_in: 3600,
	},
) {
	return nock(BASE, {
		reqheaders: { authorization: BASIC, 'content-type': 'application/x-www-form-urlencoded' },
	})
		.post('/oauth/token', 'grant_type=refresh_token&refresh_token=old-refresh')
		.reply(200, answer);
}
