import {
	OncError,
	OncErrorDetails,
	OncNetworkError,
	OncRequestInfo,
	OncTimeoutError,
} from './errors';
import type { FailedCall } from './errorMapping';
import { scrub } from './redact';
import { TransportError } from './transport';

/** A failure before any answer came, from the transport's Node error code. */
export function errorFromTransport(error: unknown, call: FailedCall, timeoutMs: number): OncError {
	const code = error instanceof TransportError ? error.code : 'ERR_UNKNOWN';
	const where = `${call.request.method} ${call.request.path}`;
	const details: OncErrorDetails = {
		code,
		request: call.request,
		sessionId: call.sessionId,
		cause: error instanceof TransportError ? error : undefined,
	};
	if (code === 'ETIMEDOUT' || code === 'ESOCKETTIMEDOUT') {
		return new OncTimeoutError(
			`ONC stopped responding: nothing moved for ${duration(timeoutMs)} (${code}; ${where}). Try again later.`,
			details,
		);
	}
	const reason = error instanceof Error ? scrub(error.message, call.secrets) : String(error);
	return new OncNetworkError(
		`Could not reach ONC (${code}: ${reason}; ${where}). Check the base URL and the network, then try again.`,
		details,
	);
}

function duration(ms: number): string {
	return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} seconds`;
}

/** A download that broke off after its answer had begun. */
export function errorDuringDownload(
	error: unknown,
	request: OncRequestInfo,
	sessionId: string,
): OncError {
	const code = (error as { code?: unknown })?.code;
	const details: OncErrorDetails = {
		code: typeof code === 'string' ? code : 'ERR_UNKNOWN',
		request,
		sessionId,
	};
	const said = `(${details.code}; ${request.method} ${request.path})`;
	const ErrorClass = details.code === 'ETIMEDOUT' ? OncTimeoutError : OncNetworkError;
	return new ErrorClass(
		`The download from ONC broke off before the end ${said}. Try again.`,
		details,
	);
}
