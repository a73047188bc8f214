import { checkCredentials } from './credentialCheck';
import { OncAuthenticationError, OncValidationError } from './errors';
import { AuthProvider, exchange, ExchangeContext } from './exchange';
import { refreshTokens } from './oauth';
import type { Send } from './sessionCalls';
import type { OAuthCredentials, OncCredentials, OncTokens } from './types';

// Renew a little before the announced expiry so that an upload that cannot
// be repeated does not start with a token about to lapse; a tenth of the
// lifetime for short-lived tokens, so they are not renewed on every call.
const EXPIRY_MARGIN_MS = 60_000;

function renewAt(now: number, expiresInSeconds: number | undefined): number | undefined {
	if (expiresInSeconds === undefined) return undefined;
	const lifetime = expiresInSeconds * 1000;
	return now + lifetime - Math.min(EXPIRY_MARGIN_MS, lifetime / 10);
}

export function bearerAuth(token: string): AuthProvider {
	return {
		headers: async () => ({ headers: { Authorization: `Bearer ${token}` }, token }),
		secrets: () => [token],
	};
}

/** The transport adds the credentials itself (e.g. n8n's httpRequestWithAuthentication). */
export function transportAuth(): AuthProvider {
	return { headers: async () => ({ headers: {} }), secrets: () => [] };
}

/** OAuth 2.0 credentials: renews on demand, one renewal at a time for all calls. */
export class OAuthSession implements AuthProvider {
	#creds: OAuthCredentials;
	#accessToken?: string;
	#refreshToken: string;
	#renewAt?: number;
	#refreshing?: Promise<void>;
	/** The access token ONC is known to take; a renewed one counts as taken. */
	#confirmed?: string;
	#confirming?: Promise<void>;

	constructor(
		creds: OAuthCredentials,
		private readonly ctx: () => ExchangeContext,
		private readonly tokenPath: string,
	) {
		this.#creds = creds;
		this.#accessToken = creds.accessToken || undefined;
		this.#refreshToken = creds.refreshToken;
	}

	secrets(): readonly string[] {
		const known = [this.#creds.clientSecret, this.#refreshToken, this.#accessToken];
		return known.filter((value): value is string => typeof value === 'string' && value !== '');
	}

	async headers(): Promise<{ headers: Record<string, string>; token?: string }> {
		const expiring = this.#renewAt !== undefined && this.ctx().clock.now() >= this.#renewAt;
		if (!this.#accessToken || expiring) await this.#renew();
		const token = this.#accessToken as string;
		return { headers: { Authorization: `Bearer ${token}` }, token };
	}

	async refreshAfter(staleToken: string | undefined): Promise<void> {
		// Another call may have renewed the token while this one was in flight.
		if (this.#accessToken !== undefined && this.#accessToken !== staleToken) return;
		await this.#renew();
	}

	accepted(token: string | undefined): void {
		if (token !== undefined && token === this.#accessToken) this.#confirmed = token;
	}

	/**
	 * A streamed upload cannot be repeated after ONC refused its token, so a
	 * token of unknown age is tried first on a probe that renews it if stale.
	 * Other probe failures are left for the upload itself to meet.
	 */
	async confirm(): Promise<void> {
		if (this.#accessToken !== undefined && this.#accessToken === this.#confirmed) return;
		const send: Send = (spec) => exchange(this.ctx(), { ...spec, auth: this });
		this.#confirming ??= checkCredentials(send)
			.catch((error) => {
				if (error instanceof OncAuthenticationError) throw error;
			})
			.finally(() => {
				this.#confirming = undefined;
			});
		await this.#confirming;
	}

	#renew(): Promise<void> {
		this.#refreshing ??= this.#doRenew().finally(() => {
			this.#refreshing = undefined;
		});
		return this.#refreshing;
	}

	async #doRenew(): Promise<void> {
		const ctx = this.ctx();
		const fresh = await refreshTokens(
			{
				baseUrl: ctx.baseUrl,
				clientId: this.#creds.clientId,
				clientSecret: this.#creds.clientSecret,
				refreshToken: this.#refreshToken,
			},
			{ context: ctx, tokenPath: this.tokenPath },
		);
		// A server that does not rotate refresh tokens leaves the old one valid.
		const tokens: OncTokens = { ...fresh, refreshToken: fresh.refreshToken ?? this.#refreshToken };
		this.#accessToken = tokens.accessToken;
		this.#confirmed = tokens.accessToken;
		this.#refreshToken = tokens.refreshToken as string;
		this.#renewAt = renewAt(ctx.clock.now(), tokens.expiresIn);
		ctx.logger.debug('ONC access token renewed', { expiresIn: tokens.expiresIn });
		// Awaited, and its failure passed on: a rotated refresh token that was
		// not stored would lock the caller out at the next run.
		await this.#creds.onTokens?.(tokens);
	}
}

/** Picks the credential kind the caller gave, checking it is complete. */
export function authFor(
	credentials: OncCredentials,
	ctx: () => ExchangeContext,
	tokenPath: string,
): AuthProvider {
	const creds = (credentials ?? {}) as Partial<Record<'accessToken' | 'oauth' | 'auth', unknown>>;
	if (typeof creds.accessToken === 'string' && creds.accessToken.trim() !== '') {
		return bearerAuth(creds.accessToken.trim());
	}
	if (creds.oauth && typeof creds.oauth === 'object') {
		const oauth = creds.oauth as OAuthCredentials;
		for (const key of ['clientId', 'clientSecret', 'refreshToken'] as const) {
			if (typeof oauth[key] !== 'string' || oauth[key].trim() === '') {
				throw new OncValidationError(`oauth.${key} is missing: connect the ONC account again.`, {
					field: `oauth.${key}`,
				});
			}
		}
		return new OAuthSession(oauth, ctx, tokenPath);
	}
	if (creds.auth === 'transport') return transportAuth();
	throw new OncValidationError(
		'credentials must hold an access token (accessToken), OAuth details (oauth) or auth: "transport".',
		{ field: 'credentials' },
	);
}
