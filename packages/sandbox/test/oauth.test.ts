// OAuth: the authorization page and decision, the token endpoint, rotating refresh and expiring access.
import type { Sandbox } from '../src';
import { bearer, useSandbox } from './helpers';

const REDIRECT = 'https://app.example.test/callback';

function basic(sb: Sandbox, secret = sb.clientSecret): string {
	return `Basic ${Buffer.from(`${sb.clientId}:${secret}`).toString('base64')}`;
}

function token(sb: Sandbox, fields: Record<string, string>, secret?: string) {
	return fetch(`${sb.baseUrl}/oauth/token`, {
		method: 'POST',
		headers: {
			Authorization: basic(sb, secret),
			'Content-Type': 'application/x-www-form-urlencoded',
		},
		body: new URLSearchParams(fields),
	});
}

async function approve(sb: Sandbox, state = 'xyz'): Promise<URL> {
	const res = await fetch(`${sb.baseUrl}/oauth/authorize`, {
		method: 'POST',
		redirect: 'manual',
		body: new URLSearchParams({
			response_type: 'code',
			client_id: sb.clientId,
			redirect_uri: REDIRECT,
			state,
			decision: 'approve',
		}),
	});
	expect(res.status).toBe(302);
	return new URL(res.headers.get('location') ?? '');
}

interface Tokens {
	access_token: string;
	refresh_token: string;
	token_type: string;
	expires_in: number;
}

async function tokensFor(sb: Sandbox): Promise<Tokens> {
	const code = (await approve(sb)).searchParams.get('code') ?? '';
	return (await (
		await token(sb, { grant_type: 'authorization_code', code, redirect_uri: REDIRECT })
	).json()) as Tokens;
}

function callWith(sb: Sandbox, accessToken: string) {
	return fetch(`${sb.baseUrl}/api/download-notarized-files/none`, {
		headers: bearer(sb, accessToken),
	});
}

describe('authorizePage and authorizeDecision', () => {
	const sandbox = useSandbox();

	it('shows an Approve form that posts back the request fields', async () => {
		const query = new URLSearchParams({
			response_type: 'code',
			client_id: sandbox().clientId,
			redirect_uri: REDIRECT,
			state: 's"1',
		});

		const res = await fetch(`${sandbox().baseUrl}/oauth/authorize?${query}`);

		const html = await res.text();
		expect(res.status).toBe(200);
		expect(html).toContain('<form method="post" action="/oauth/authorize">');
		expect(html).toContain('value="approve">Approve</button>');
		expect(html).toContain('name="state" value="s&quot;1"');
	});

	it('refuses an unknown client_id with a page, not a redirect', async () => {
		const query = new URLSearchParams({
			response_type: 'code',
			client_id: 'stranger',
			redirect_uri: REDIRECT,
		});

		const res = await fetch(`${sandbox().baseUrl}/oauth/authorize?${query}`, {
			redirect: 'manual',
		});

		expect(res.status).toBe(400);
		expect(await res.text()).toContain('client_id');
	});

	it('redirects with a code and the state when approved', async () => {
		const location = await approve(sandbox(), 'state-42');

		expect(`${location.origin}${location.pathname}`).toBe(REDIRECT);
		expect(location.searchParams.get('state')).toBe('state-42');
		expect(location.searchParams.get('code')).toMatch(/.{20,}/);
	});

	it('redirects with access_denied when denied', async () => {
		const res = await fetch(`${sandbox().baseUrl}/oauth/authorize`, {
			method: 'POST',
			redirect: 'manual',
			body: new URLSearchParams({
				response_type: 'code',
				client_id: sandbox().clientId,
				redirect_uri: REDIRECT,
				state: 'a',
				decision: 'deny',
			}),
		});

		const location = new URL(res.headers.get('location') ?? '');
		expect(location.searchParams.get('error')).toBe('access_denied');
		expect(location.searchParams.get('code')).toBeNull();
	});
});

describe('tokenEndpoint', () => {
	const sandbox = useSandbox({ accessTokenTtlSeconds: 1 });

	it('trades a code for tokens that open the API', async () => {
		const tokens = await tokensFor(sandbox());

		expect(tokens).toEqual({
			access_token: expect.any(String),
			refresh_token: expect.any(String),
			token_type: 'Bearer',
			expires_in: 1,
		});
		expect((await callWith(sandbox(), tokens.access_token)).status).toBe(404);
	});

	it('accepts a code only once', async () => {
		const code = (await approve(sandbox())).searchParams.get('code') ?? '';
		await token(sandbox(), { grant_type: 'authorization_code', code });

		const again = await token(sandbox(), { grant_type: 'authorization_code', code });

		expect(again.status).toBe(400);
		expect(((await again.json()) as { error: string }).error).toBe('invalid_grant');
	});

	it('refuses a code sent with another redirect_uri', async () => {
		const code = (await approve(sandbox())).searchParams.get('code') ?? '';

		const res = await token(sandbox(), {
			grant_type: 'authorization_code',
			code,
			redirect_uri: 'https://elsewhere.example.test/',
		});

		expect(res.status).toBe(400);
		expect(((await res.json()) as { error: string }).error).toBe('invalid_grant');
	});

	it('refuses a wrong client secret with invalid_client 401', async () => {
		const res = await token(
			sandbox(),
			{ grant_type: 'refresh_token', refresh_token: 'x' },
			'wrong',
		);

		expect(res.status).toBe(401);
		expect(res.headers.get('www-authenticate')).toMatch(/^Basic/);
		expect(((await res.json()) as { error: string }).error).toBe('invalid_client');
	});

	it('refuses an unknown grant_type and a missing field', async () => {
		const odd = await token(sandbox(), { grant_type: 'password' });
		const missing = await token(sandbox(), { grant_type: 'refresh_token' });

		expect(((await odd.json()) as { error: string }).error).toBe('unsupported_grant_type');
		expect(await missing.json()).toEqual({
			error: 'invalid_request',
			error_description: expect.stringContaining('refresh_token'),
		});
	});

	it('rotates refresh tokens: the used one stops working', async () => {
		const first = await tokensFor(sandbox());

		const second = (await (
			await token(sandbox(), { grant_type: 'refresh_token', refresh_token: first.refresh_token })
		).json()) as Tokens;
		const reused = await token(sandbox(), {
			grant_type: 'refresh_token',
			refresh_token: first.refresh_token,
		});
		const third = await token(sandbox(), {
			grant_type: 'refresh_token',
			refresh_token: second.refresh_token,
		});

		expect(second.refresh_token).not.toBe(first.refresh_token);
		expect(second.access_token).not.toBe(first.access_token);
		expect(reused.status).toBe(400);
		expect(third.status).toBe(200);
	});

	it('lets access tokens expire after their lifetime', async () => {
		const tokens = await tokensFor(sandbox());

		await new Promise((resolve) => setTimeout(resolve, 1100));
		const res = await callWith(sandbox(), tokens.access_token);

		expect(res.status).toBe(401);
		expect(((await res.json()) as { error: string }).error).toBe('invalid_token');
	});
});
