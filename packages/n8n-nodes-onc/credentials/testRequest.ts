import type { ICredentialTestRequest } from 'n8n-workflow';

/**
 * ONC has no "who am I" call, so the test downloads a session id that cannot
 * exist: a refused credential answers invalid_token (or X001..X003), an
 * accepted one answers "not found". Status errors are let through so that
 * the rules below, not the HTTP status, decide.
 */
export const IMPOSSIBLE_SESSION_ID = '00000000-0000-0000-0000-credentialtest';

const refusedCodes = ['invalid_token', 'X001', 'X002', 'X003'];

export const oncCredentialTest: ICredentialTestRequest = {
	request: {
		baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
		url: `/api/download-notarized-files/${IMPOSSIBLE_SESSION_ID}`,
		method: 'GET',
		ignoreHttpStatusErrors: true,
	},
	rules: refusedCodes.map((code) => ({
		type: 'responseSuccessBody' as const,
		properties: {
			key: 'error',
			value: code,
			message: `Online Notary Center refused this credential (${code}). Check the Base URL and reconnect or paste a new token.`,
		},
	})),
};
