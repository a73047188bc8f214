import type { App } from './app';
import { invalidToken } from './errors';
import { ownEntry } from './store';
import type { IncomingMessage } from 'node:http';

/** Accepts the long-lived token or an unexpired OAuth access token; anything else is `invalid_token`. */
export function requireBearer(app: App, req: IncomingMessage): void {
	const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
	if (!match) throw invalidToken();
	const token = match[1];
	if (token === app.config.token) return;
	const grant = ownEntry(app.store.state.accessTokens, token);
	if (!grant || grant.expiresAt <= Date.now()) throw invalidToken();
}
