// @onc/core's OAuth against the sandbox: code exchange, expiring access tokens, rotating refresh tokens.
import {
	authorizationUrl,
	exchangeCode,
	OncAuthenticationError,
	OncClient,
	OncTokens,
	refreshTokens,
} from '@onc/core';
import type { Sandbox } from '../../src';
import { useSandbox } from '../helpers';

const REDIRECT = 'https://app.example.test/oauth/callback';

async function approvedCode(sb: Sandbox): Promise<string> {
	const url = new URL(
		authorizationUrl({
			baseUrl: sb.baseUrl,
			clientId: sb.clientId,
			redirectUri: REDIRECT,
			state: 'core-state',
		}),
	);
	const form = new URLSearchParams(url.searchParams);
	form.set('decision', 'approve');
	const res = await fetch(`${sb.baseUrl}${url.pathname}`, {
		method: 'POST',
		body: form,
		redirect: 'manual',
	});
	const back = new URL(res.headers.get('location') ?? '');
	expect(back.searchParams.get('state')).toBe('core-state');
	return back.searchParams.get('code') ?? '';
}

async function firstTokens(sb: Sandbox): Promise<OncTokens> {
	const code = await approvedCode(sb);
	return exchangeCode({
		baseUrl: sb.baseUrl,
		clientId: sb.clientId,
		clientSecret: sb.clientSecret,
		code,
		redirectUri: REDIRECT,
	});
}

function sleep(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

describe('OAuth through @onc/core', () => {
	const sandbox = useSandbox({ accessTokenTtlSeconds: 1 });

	it('exchanges the approved code for tokens that work on the API', async () => {
		const tokens = await firstTokens(sandbox());
		const client = new OncClient({ baseUrl: sandbox().baseUrl, accessToken: tokens.accessToken });

		await expect(client.testCredentials()).resolves.toBeUndefined();
		expect(tokens).toMatchObject({
			tokenType: 'Bearer',
			expiresIn: 1,
			refreshToken: expect.any(String),
		});
	});

	it('renews an expired access token with the refresh token and reports the rotated pair', async () => {
		const tokens = await firstTokens(sandbox());
		await sleep(1100);
		const seen: OncTokens[] = [];
		const client = new OncClient({
			baseUrl: sandbox().baseUrl,
			oauth: {
				clientId: sandbox().clientId,
				clientSecret: sandbox().clientSecret,
				accessToken: tokens.accessToken,
				refreshToken: tokens.refreshToken as string,
				onTokens: (t) => {
					seen.push(t);
				},
			},
		});

		await client.testCredentials();

		// A lifetime under the client's renewal margin may renew twice in one call; each pair must still rotate.
		expect(seen.length).toBeGreaterThanOrEqual(1);
		const chain = [tokens.refreshToken, ...seen.map((t) => t.refreshToken)];
		expect(new Set(chain).size).toBe(chain.length);
		const reuse = refreshTokens({
			baseUrl: sandbox().baseUrl,
			clientId: sandbox().clientId,
			clientSecret: sandbox().clientSecret,
			refreshToken: tokens.refreshToken as string,
		});
		await expect(reuse).rejects.toMatchObject({ status: 400, code: 'invalid_grant' });
	});

	it('repeats a token call answered 503, and the refresh then succeeds', async () => {
		const tokens = await firstTokens(sandbox());
		await fetch(`${sandbox().baseUrl}/sandbox/faults`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ path: '/oauth/token', kind: 'status', status: 503 }),
		});

		const fresh = await refreshTokens(
			{
				baseUrl: sandbox().baseUrl,
				clientId: sandbox().clientId,
				clientSecret: sandbox().clientSecret,
				refreshToken: tokens.refreshToken as string,
			},
			{ retry: { baseDelayMs: 5 } },
		);

		expect(fresh.refreshToken).not.toBe(tokens.refreshToken);
	});

	it('raises OncAuthenticationError for a wrong client secret', async () => {
		const attempt = refreshTokens({
			baseUrl: sandbox().baseUrl,
			clientId: sandbox().clientId,
			clientSecret: 'wrong',
			refreshToken: 'whatever',
		});

		await expect(attempt).rejects.toMatchObject({
			constructor: OncAuthenticationError,
			status: 401,
			code: 'invalid_client',
		});
	});

	it('raises OncAuthenticationError once an expired token cannot be renewed', async () => {
		const tokens = await firstTokens(sandbox());
		await refreshTokens({
			baseUrl: sandbox().baseUrl,
			clientId: sandbox().clientId,
			clientSecret: sandbox().clientSecret,
			refreshToken: tokens.refreshToken as string,
		});
		await sleep(1100);
		const client = new OncClient({
			baseUrl: sandbox().baseUrl,
			oauth: {
				clientId: sandbox().clientId,
				clientSecret: sandbox().clientSecret,
				accessToken: tokens.accessToken,
				refreshToken: tokens.refreshToken as string,
			},
		});

		await expect(client.testCredentials()).rejects.toBeInstanceOf(OncAuthenticationError);
	});
});
