import type { App, Exchange } from './app';
import { ApiError } from './errors';
import { exchangeCode, issueCode, refresh } from './grants';
import { escapeHtml, page } from './html';
import { readForm, redirect, sendHtml, sendJson } from './http';

interface AuthorizeRequest {
	clientId: string;
	redirectUri: string;
	state: string | null;
	responseType: string | null;
}

/** Checks what must be right before anything can be sent back to the redirect_uri. */
function readAuthorize(app: App, params: URLSearchParams): AuthorizeRequest | string {
	const clientId = params.get('client_id') ?? '';
	const redirectUri = params.get('redirect_uri') ?? '';
	if (clientId !== app.config.clientId) {
		return `The client_id "${clientId}" is not known to this sandbox. Use the sandbox's client id.`;
	}
	try {
		if (!/^https?:$/.test(new URL(redirectUri).protocol)) throw new Error('not http');
	} catch {
		return 'The redirect_uri must be a full web address starting with https:// or http://.';
	}
	return {
		clientId,
		redirectUri,
		state: params.get('state'),
		responseType: params.get('response_type'),
	};
}

function back(request: AuthorizeRequest, values: Record<string, string>): string {
	const url = new URL(request.redirectUri);
	for (const [key, value] of Object.entries(values)) url.searchParams.set(key, value);
	if (request.state !== null) url.searchParams.set('state', request.state);
	return url.toString();
}

function hidden(params: URLSearchParams): string {
	return ['response_type', 'client_id', 'redirect_uri', 'state']
		.filter((name) => params.has(name))
		.map(
			(name) =>
				`<input type="hidden" name="${name}" value="${escapeHtml(params.get(name) ?? '')}">`,
		)
		.join('\n');
}

export function authorizePage({ app, res, url }: Exchange): void {
	const request = readAuthorize(app, url.searchParams);
	if (typeof request === 'string') {
		sendHtml(res, 400, page('Cannot authorize', `<p class="error">${escapeHtml(request)}</p>`));
		return;
	}
	const form = `<p>An application wants to use your ONC sandbox account to create and send sessions.</p>
<p class="note">It will be sent back to ${escapeHtml(request.redirectUri)}.</p>
<form method="post" action="/oauth/authorize">
${hidden(url.searchParams)}
<button type="submit" name="decision" value="approve">Approve</button>
<button type="submit" name="decision" value="deny">Deny</button>
</form>`;
	sendHtml(res, 200, page('Allow access to your ONC sandbox account?', form));
}

export async function authorizeDecision({ app, req, res }: Exchange): Promise<void> {
	const form = await readForm(req, 16 * 1024);
	const request = readAuthorize(app, form);
	if (typeof request === 'string') {
		sendHtml(res, 400, page('Cannot authorize', `<p class="error">${escapeHtml(request)}</p>`));
		return;
	}
	if (request.responseType !== 'code') {
		redirect(res, 302, back(request, { error: 'unsupported_response_type' }));
		return;
	}
	if (form.get('decision') !== 'approve') {
		redirect(res, 302, back(request, { error: 'access_denied' }));
		return;
	}
	redirect(res, 302, back(request, { code: issueCode(app, request.redirectUri) }));
}

function checkClient(app: App, header: string | undefined): void {
	const match = /^Basic\s+(\S+)$/i.exec(header ?? '');
	const decoded = match ? Buffer.from(match[1], 'base64').toString('utf8') : '';
	const colon = decoded.indexOf(':');
	const unescape = (s: string) => {
		try {
			return decodeURIComponent(s.replace(/\+/g, ' '));
		} catch {
			return s;
		}
	};
	const id = unescape(decoded.slice(0, colon));
	const password = unescape(decoded.slice(colon + 1));
	if (colon < 0 || id !== app.config.clientId || password !== app.config.clientSecret) {
		throw new ApiError(
			401,
			'invalid_client',
			'Client authentication failed: send the client id and client secret with HTTP Basic authentication.',
			{ 'WWW-Authenticate': 'Basic realm="onc-sandbox"' },
		);
	}
}

function required(form: URLSearchParams, field: string): string {
	const value = form.get(field);
	if (!value) throw new ApiError(400, 'invalid_request', `The form field "${field}" is missing.`);
	return value;
}

export async function tokenEndpoint({ app, req, res }: Exchange): Promise<void> {
	checkClient(app, req.headers.authorization);
	const form = await readForm(req, 16 * 1024);
	const grantType = required(form, 'grant_type');

	let answer: Record<string, unknown>;
	if (grantType === 'authorization_code') {
		answer = exchangeCode(app, required(form, 'code'), form.get('redirect_uri'));
	} else if (grantType === 'refresh_token') {
		answer = refresh(app, required(form, 'refresh_token'));
	} else {
		throw new ApiError(
			400,
			'unsupported_grant_type',
			'grant_type must be authorization_code or refresh_token.',
		);
	}
	sendJson(res, 200, answer, { 'Cache-Control': 'no-store', Pragma: 'no-cache' });
}
