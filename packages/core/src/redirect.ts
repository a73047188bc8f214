import { checkRedirectUri, checkSessionId } from './validation';

/** The redirect URI with `onc_session_id=<id>` added, so whatever receives the signer knows the session. */
export function redirectUriWithSessionId(redirectUri: string, sessionId: string): string {
	const url = new URL(checkRedirectUri(redirectUri));
	url.searchParams.set('onc_session_id', checkSessionId(sessionId));
	return url.toString();
}
