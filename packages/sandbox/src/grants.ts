import { randomBytes } from 'node:crypto';
import type { App } from './app';
import { ApiError } from './errors';
import { ownEntry } from './store';

const CODE_TTL_MS = 10 * 60 * 1000;

function secret(): string {
	return randomBytes(24).toString('base64url');
}

function invalidGrant(description: string): ApiError {
	return new ApiError(400, 'invalid_grant', description);
}

export function issueCode(app: App, redirectUri: string): string {
	const code = secret();
	app.store.state.codes[code] = {
		clientId: app.config.clientId,
		redirectUri,
		expiresAt: Date.now() + CODE_TTL_MS,
	};
	app.store.save();
	return code;
}

function issueTokens(app: App, clientId: string): Record<string, unknown> {
	const { state } = app.store;
	const now = Date.now();
	for (const [token, grant] of Object.entries(state.accessTokens)) {
		if (grant.expiresAt <= now) delete state.accessTokens[token];
	}
	const accessToken = secret();
	const refreshToken = secret();
	const ttl = app.config.accessTokenTtlSeconds;
	state.accessTokens[accessToken] = { clientId, expiresAt: now + ttl * 1000 };
	state.refreshTokens[refreshToken] = { clientId };
	app.store.save();
	return {
		access_token: accessToken,
		token_type: 'Bearer',
		expires_in: ttl,
		refresh_token: refreshToken,
	};
}

/** Trades a one-time code for tokens. */
export function exchangeCode(
	app: App,
	code: string,
	redirectUri: string | null,
): Record<string, unknown> {
	const { codes } = app.store.state;
	const grant = ownEntry(codes, code);
	if (grant) delete codes[code];
	if (!grant || grant.expiresAt <= Date.now()) {
		app.store.save();
		throw invalidGrant(
			'The authorization code is unknown, already used or expired; authorize again.',
		);
	}
	// The vendor's own example sends no redirect_uri here, so only a different one is refused.
	if (redirectUri !== null && redirectUri !== grant.redirectUri) {
		app.store.save();
		throw invalidGrant('redirect_uri must be the same address that was used to authorize.');
	}
	return issueTokens(app, grant.clientId);
}

/** Rotates: the refresh token used here stops working, and a new one comes back. */
export function refresh(app: App, refreshToken: string): Record<string, unknown> {
	const { refreshTokens } = app.store.state;
	const grant = ownEntry(refreshTokens, refreshToken);
	if (!grant)
		throw invalidGrant(
			'The refresh token is unknown or was already used; connect the account again.',
		);
	delete refreshTokens[refreshToken];
	return issueTokens(app, grant.clientId);
}
