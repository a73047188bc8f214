/**
 * An answer the sandbox gives on purpose. Handlers throw it; the router turns
 * it into the contract's JSON error body so every failure has the same shape.
 */
export class ApiError extends Error {
	constructor(
		readonly status: number,
		readonly code: string,
		readonly description: string,
		readonly headers: Record<string, string> = {},
	) {
		super(description);
		this.name = 'ApiError';
	}
}

/** A mandatory parameter is missing or unusable: the vendor's X000. */
export function missing(field: string, expected: string): ApiError {
	return new ApiError(400, 'X000', `Missing or invalid parameter "${field}": ${expected}.`);
}

/** A request that is well formed but comes too early or too late in the session's life. */
export function outOfOrder(description: string): ApiError {
	return new ApiError(400, 'X000', description);
}

export function invalidToken(): ApiError {
	return new ApiError(401, 'invalid_token', 'The access token provided is invalid', {
		'WWW-Authenticate': 'Bearer error="invalid_token"',
	});
}

export function sessionNotFound(id: string): ApiError {
	return new ApiError(404, 'not_found', `No session with id "${id}" exists in this sandbox.`);
}

export function tooLarge(limitBytes: number): ApiError {
	return new ApiError(
		413,
		'too_large',
		`The request body is larger than the sandbox accepts (${limitBytes} bytes).`,
	);
}
