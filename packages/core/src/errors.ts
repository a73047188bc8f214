/** The method and path of the call that failed; never its headers or query. */
export interface OncRequestInfo {
	method: string;
	path: string;
}

export interface OncErrorDetails {
	status?: number;
	code?: string;
	vendorMessage?: string;
	request?: OncRequestInfo;
	sessionId?: string;
	body?: unknown;
	field?: string;
	retryAfterMs?: number;
	waitedMs?: number;
	cause?: unknown;
}

/** Every failure the client raises; `instanceof` a subclass tells what kind. */
export class OncError extends Error {
	/** HTTP status; undefined when no answer came or the input was refused locally. */
	status?: number;
	/** ONC's error code: 'X000'..'X003', 'invalid_token', ... or a Node network code. */
	code?: string;
	/** ONC's own words about the failure, as it sent them. */
	vendorMessage?: string;
	/** The call that failed, as method and path only. */
	request?: OncRequestInfo;
	/** The session concerned, when known, so a created session is never hidden. */
	sessionId?: string;
	/** The parsed answer body, with secrets removed. */
	body?: unknown;

	constructor(message: string, details: OncErrorDetails = {}) {
		super(message, details.cause === undefined ? undefined : { cause: details.cause });
		this.name = new.target.name;
		const { status, code, vendorMessage, request, sessionId, body } = details;
		const known = { status, code, vendorMessage, request, sessionId, body };
		for (const [key, value] of Object.entries(known)) {
			if (value !== undefined) Object.assign(this, { [key]: value });
		}
	}

	/** What a log or an automation platform shows: the message and the fields, never a cause. */
	toJSON(): Record<string, unknown> {
		return { ...(this as object), name: this.name, message: this.message };
	}
}

/** Input that ONC cannot take: refused locally (`field` set) or by ONC (400, X000). */
export class OncValidationError extends OncError {
	/** The input at fault, e.g. 'files[0]', 'signer.email', 'otherSigners[1].firstName'. */
	field?: string;

	constructor(message: string, details: OncErrorDetails = {}) {
		super(message, details);
		if (details.field !== undefined) this.field = details.field;
	}
}

/** The credentials were refused (401, invalid_token, X001..X003). */
export class OncAuthenticationError extends OncError {}

/** ONC knows no such session (404). */
export class OncNotFoundError extends OncError {}

/** The session is not finished, so there is nothing to download yet (409 on download). */
export class OncNotReadyError extends OncError {
	/** How long the download waited for the session before giving up; unset when it did not wait. */
	waitedMs?: number;

	constructor(message: string, details: OncErrorDetails = {}) {
		super(message, details);
		if (details.waitedMs !== undefined) this.waitedMs = details.waitedMs;
	}
}

/** Too many requests (429). */
export class OncRateLimitError extends OncError {
	/** How long ONC asked to wait, from Retry-After. */
	retryAfterMs?: number;

	constructor(message: string, details: OncErrorDetails = {}) {
		super(message, details);
		if (details.retryAfterMs !== undefined) this.retryAfterMs = details.retryAfterMs;
	}
}

/** ONC failed on its side (5xx). */
export class OncServerError extends OncError {}

/** No answer came: the connection failed or broke. `code` is the Node error code. */
export class OncNetworkError extends OncError {}

/** No answer came in time. */
export class OncTimeoutError extends OncNetworkError {}
