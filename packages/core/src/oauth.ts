import { fixedBody } from './body';
import { buildContext, normalizeBaseUrl } from './context';
import { OncError, OncValidationError } from './errors';
import { exchange, ExchangeContext } from './exchange';
import type { OncClientOptions, OncTokens } from './types';
import { jsonRecord } from './wire';

export const DEFAULT_AUTHORIZE_PATH = '/oauth/authorize';
export const DEFAULT_TOKEN_PATH = '/oauth/token';

export type TokenCallOptions = Pick<
	OncClientOptions,
	'transport' | 'timeoutMs' | 'tokenPath' | 'retry' | 'logger' | 'clock' | 'random'
> & {
	/** Used by the client to share its transport, clock and policy. */
	context?: ExchangeContext;
};

interface ClientAuth {
	baseUrl?: string;
	clientId: string;
	clientSecret: string;
}

function required(value: unknown, field: string, what: string): string {
	if (typeof value !== 'string' || value.trim() === '') {
		throw new OncValidationError(`${field} is missing: enter ${what}.`, { field });
	}
	return value;
}

/** The page where the account holder approves access; `state` comes back on the redirect. */
export function authorizationUrl(input: {
	baseUrl?: string;
	clientId: string;
	redirectUri: string;
	state: string;
	authorizePath?: string;
}): string {
	const query = new URLSearchParams({
		response_type: 'code',
		client_id: required(input.clientId, 'clientId', 'the OAuth client ID'),
		redirect_uri: required(input.redirectUri, 'redirectUri', 'the OAuth redirect URL'),
		state: required(input.state, 'state', 'a state value'),
	});
	const path = input.authorizePath ?? DEFAULT_AUTHORIZE_PATH;
	return `${normalizeBaseUrl(input.baseUrl)}${path}?${query.toString()}`;
}

function readTokens(raw: Buffer): OncTokens {
	const parsed = jsonRecord(raw);
	if (!parsed || typeof parsed.access_token !== 'string' || parsed.access_token === '') {
		throw new OncError(
			'ONC answered the token request without an access token. Try connecting again.',
		);
	}
	const expiresIn = Number(parsed.expires_in);
	return {
		accessToken: parsed.access_token,
		refreshToken: typeof parsed.refresh_token === 'string' ? parsed.refresh_token : undefined,
		tokenType: typeof parsed.token_type === 'string' ? parsed.token_type : undefined,
		expiresIn: parsed.expires_in === undefined || Number.isNaN(expiresIn) ? undefined : expiresIn,
		raw: parsed,
	};
}

async function tokenCall(
	auth: ClientAuth,
	form: Record<string, string>,
	options: TokenCallOptions,
): Promise<OncTokens> {
	const clientId = required(auth.clientId, 'clientId', 'the OAuth client ID');
	const clientSecret = required(auth.clientSecret, 'clientSecret', 'the OAuth client secret');
	const basic = Buffer.from(`${clientId}:${clientSecret}`).toString('base64');
	const secrets = [clientSecret, basic, form.code, form.refresh_token].filter(Boolean);
	const ctx = options.context ?? buildContext(auth.baseUrl, options, () => secrets);

	const res = await exchange(ctx, {
		method: 'POST',
		path: options.tokenPath ?? DEFAULT_TOKEN_PATH,
		headers: {
			Authorization: `Basic ${basic}`,
			'Content-Type': 'application/x-www-form-urlencoded',
			Accept: 'application/json',
		},
		body: fixedBody(new URLSearchParams(form).toString()),
		responseType: 'buffer',
		repeat: 'token',
		operation: 'token',
		secrets,
	});

	return readTokens(res.body as Buffer);
}

/** Trades the code from the authorization redirect for tokens. */
export async function exchangeCode(
	input: ClientAuth & { code: string; redirectUri: string },
	options: TokenCallOptions = {},
): Promise<OncTokens> {
	const form = {
		grant_type: 'authorization_code',
		code: required(input.code, 'code', 'the authorization code'),
		redirect_uri: required(input.redirectUri, 'redirectUri', 'the OAuth redirect URL'),
	};
	return tokenCall(input, form, options);
}

/** Gets a new access token (and usually a new refresh token) for a refresh token. */
export async function refreshTokens(
	input: ClientAuth & { refreshToken: string },
	options: TokenCallOptions = {},
): Promise<OncTokens> {
	const form = {
		grant_type: 'refresh_token',
		refresh_token: required(input.refreshToken, 'refreshToken', 'the OAuth refresh token'),
	};
	return tokenCall(input, form, options);
}
