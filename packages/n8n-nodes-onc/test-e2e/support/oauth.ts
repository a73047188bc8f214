// Gets an OAuth token pair from the sandbox as a user approving access would,
// and gives n8n both ONC credentials.
import type { Sandbox } from '@onc/sandbox';

import type { N8nInstance } from './n8nInstance';
import { credentialRefs } from './workflows';

const redirectUri = 'https://n8n.example.test/rest/oauth2-credential/callback';

function basic(sb: Sandbox): string {
	return `Basic ${Buffer.from(`${sb.clientId}:${sb.clientSecret}`).toString('base64')}`;
}

export async function approveAndExchange(sb: Sandbox): Promise<Record<string, unknown>> {
	const approved = await fetch(`${sb.baseUrl}/oauth/authorize`, {
		method: 'POST',
		redirect: 'manual',
		headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({
			response_type: 'code',
			client_id: sb.clientId,
			redirect_uri: redirectUri,
			state: 'e2e',
			decision: 'approve',
		}),
	});
	const code = new URL(approved.headers.get('location') ?? '').searchParams.get('code');
	if (!code) throw new Error(`authorize answered ${approved.status} without a code`);

	const tokens = await fetch(`${sb.baseUrl}/oauth/token`, {
		method: 'POST',
		headers: { Authorization: basic(sb), 'Content-Type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({
			grant_type: 'authorization_code',
			code,
			redirect_uri: redirectUri,
		}),
	});
	if (!tokens.ok) throw new Error(`token exchange answered ${tokens.status}`);
	return (await tokens.json()) as Record<string, unknown>;
}

/** Whether the sandbox still takes this refresh token (it rotates them on use). */
export async function refreshTokenValid(sb: Sandbox, refreshToken: string): Promise<boolean> {
	const res = await fetch(`${sb.baseUrl}/oauth/token`, {
		method: 'POST',
		headers: { Authorization: basic(sb), 'Content-Type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken }),
	});
	return res.ok;
}

/**
 * Imports the access-token and OAuth2 credentials the workflows refer to; the
 * OAuth2 one holds a freshly approved token pair, which is returned.
 * `oauthBaseUrl` lets a suite give the base URL as a user may paste it.
 */
export async function importOncCredentials(
	n8n: N8nInstance,
	sb: Sandbox,
	oauthBaseUrl = sb.baseUrl,
): Promise<Record<string, unknown>> {
	const oauthTokens = await approveAndExchange(sb);
	await n8n.importCredentials([
		{
			...credentialRefs.token.oncApi,
			type: 'oncApi',
			data: { baseUrl: sb.baseUrl, accessToken: sb.token },
		},
		{
			...credentialRefs.oauth.oncOAuth2Api,
			type: 'oncOAuth2Api',
			data: {
				baseUrl: oauthBaseUrl,
				clientId: sb.clientId,
				clientSecret: sb.clientSecret,
				oauthTokenData: oauthTokens,
			},
		},
	]);
	return oauthTokens;
}
