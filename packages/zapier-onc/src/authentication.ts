import {
	authorizationUrl,
	exchangeCode,
	OncAuthenticationError,
	refreshTokens,
	type OncTokens,
} from '@onc/core';
import type { Bundle, ZObject } from 'zapier-platform-core';
import { clientFor, transportOptions } from './client';
import { baseUrl, clientId, clientSecret } from './config';
import { toZapierError, zapierCall } from './errors';

const authData = (tokens: OncTokens, previousRefreshToken?: string) => ({
	access_token: tokens.accessToken,
	// ONC rotates refresh tokens; keep the old one only if none came back.
	refresh_token: tokens.refreshToken ?? previousRefreshToken ?? '',
});

const authorizeUrl = (_z: ZObject, bundle: Bundle) =>
	authorizationUrl({
		baseUrl: baseUrl(),
		clientId: clientId(),
		redirectUri: String(bundle.inputData.redirect_uri),
		state: String(bundle.inputData.state),
	});

const getAccessToken = async (z: ZObject, bundle: Bundle) => {
	const credentials = {
		baseUrl: baseUrl(),
		clientId: clientId(),
		clientSecret: clientSecret(),
		code: String(bundle.inputData.code),
		redirectUri: String(bundle.inputData.redirect_uri),
	};
	try {
		return authData(await exchangeCode(credentials, transportOptions(z)));
	} catch (err) {
		// There is no connection yet to refresh: a refusal here means the
		// app's client credentials or the code are wrong, a setup problem.
		if (err instanceof OncAuthenticationError) {
			throw new z.errors.Error(
				`${err.message} Check the integration's CLIENT_ID and CLIENT_SECRET, then connect again.`,
				err.code ?? 'unauthorized',
				err.status,
			);
		}
		throw toZapierError(z, err);
	}
};

const refreshAccessToken = async (z: ZObject, bundle: Bundle) => {
	const previous = String(bundle.authData.refresh_token ?? '');
	const credentials = {
		baseUrl: baseUrl(),
		clientId: clientId(),
		clientSecret: clientSecret(),
		refreshToken: previous,
	};
	try {
		return authData(await refreshTokens(credentials, transportOptions(z)), previous);
	} catch (err) {
		// A refused refresh cannot be fixed by refreshing again: the user must reconnect.
		if (err instanceof OncAuthenticationError) throw new z.errors.ExpiredAuthError(err.message);
		throw toZapierError(z, err);
	}
};

// ONC has no "who am I" call: core asks for a session that cannot exist and
// tells a refused token apart from any other answer.
const test = async (z: ZObject, bundle: Bundle) => {
	await zapierCall(z, () => clientFor(z, bundle).testCredentials());
	return { server: new URL(baseUrl()).host };
};

export default {
	type: 'oauth2' as const,
	oauth2Config: {
		authorizeUrl,
		getAccessToken,
		refreshAccessToken,
		autoRefresh: true,
	},
	fields: [],
	test,
	// The test answers with the ONC server only, as the API reveals no account name.
	connectionLabel: 'Online Notary Center ({{bundle.inputData.server}})',
};
