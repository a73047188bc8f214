import {
	OncAuthenticationError,
	OncError,
	OncErrorDetails,
	OncNotFoundError,
	OncNotReadyError,
	OncRateLimitError,
	OncRequestInfo,
	OncServerError,
	OncValidationError,
} from './errors';
import { redactValue, scrub } from './redact';
import { parseRetryAfter } from './retryAfter';
import { readVendorError } from './vendorError';

export type Operation = 'create' | 'addSigners' | 'prepare' | 'download' | 'token';

export interface FailedCall {
	request: OncRequestInfo;
	operation: Operation;
	/** Values that must not show in any message or body. */
	secrets: readonly string[];
	sessionId?: string;
	now: number;
}

const AUTH_CODES = new Set([
	'invalid_token',
	'X001',
	'X002',
	'X003',
	'invalid_grant',
	'invalid_client',
	'unauthorized_client',
]);

/** True when the answer means the access token itself is stale, so a refresh may help. */
export function isStaleToken(error: OncError): boolean {
	return (
		error instanceof OncAuthenticationError &&
		(error.code === 'invalid_token' || error.code === 'X003')
	);
}

function facts(details: OncErrorDetails, request: OncRequestInfo): string {
	const code = details.code ? ` ${details.code}` : '';
	const said = details.vendorMessage ? `: ${details.vendorMessage.replace(/[.\s]+$/, '')}` : '';
	return `(HTTP ${details.status}${code}${said}; ${request.method} ${request.path})`;
}

/** The one place that turns an HTTP error answer into the error class that names its meaning. */
export function errorFromResponse(
	status: number,
	headers: Record<string, string | undefined>,
	raw: Buffer | undefined,
	call: FailedCall,
): OncError {
	const vendor = readVendorError(raw);
	const details: OncErrorDetails = {
		status,
		code: vendor.code,
		vendorMessage: vendor.message === undefined ? undefined : scrub(vendor.message, call.secrets),
		request: call.request,
		sessionId: call.sessionId,
		body: redactValue(vendor.body, call.secrets),
	};
	const said = facts(details, call.request);

	if (AUTH_CODES.has(vendor.code ?? '') || status === 401 || status === 403) {
		const fix =
			call.operation === 'token'
				? 'Check the client ID and client secret, or connect the ONC account again.'
				: 'Connect the ONC account again, or check the access token.';
		return new OncAuthenticationError(
			`ONC did not accept the credentials ${said}. ${fix}`,
			details,
		);
	}
	if (status === 400 || vendor.code === 'X000') {
		return new OncValidationError(
			`ONC refused the request as incomplete or invalid ${said}. Check the fields of this step.`,
			details,
		);
	}
	if (status === 404) {
		// Without a session in the call, a 404 means the address itself is wrong.
		const what = call.sessionId
			? `ONC has no such session ${said}. Check the session ID.`
			: `ONC does not know this address ${said}. Check the base URL.`;
		return new OncNotFoundError(what, details);
	}
	if (call.operation === 'download' && (status === 409 || vendor.code === 'not_finished')) {
		return new OncNotReadyError(
			`Nothing to download yet ${said}. Try again once every signer has signed.`,
			details,
		);
	}
	if (status === 429) {
		const retryAfterMs = parseRetryAfter(headers['retry-after'], call.now);
		const when =
			retryAfterMs === undefined ? 'later' : `in ${Math.ceil(retryAfterMs / 1000)} seconds`;
		return new OncRateLimitError(
			`ONC is receiving too many requests from this account ${said}. Try again ${when}.`,
			{ ...details, retryAfterMs },
		);
	}
	if (status >= 500) {
		return new OncServerError(`ONC failed on its side ${said}. Try again later.`, details);
	}
	return new OncError(`ONC answered with an unexpected status ${said}.`, details);
}
