import {
	mayHaveNotifiedSigners,
	OncAuthenticationError,
	OncError,
	OncNotFoundError,
	OncRateLimitError,
	OncValidationError,
} from '@onc/core';
import type { ZObject } from 'zapier-platform-core';
import { fieldLabel } from './field-labels';

// A token ONC no longer takes: Zapier refreshes it and runs the step again.
// Our transport hands over Zapier's own 401s without a body, hence status alone.
const isStaleToken = (err: OncAuthenticationError): boolean =>
	err.status === 401 || err.code === 'invalid_token' || err.code === 'X003';

// Core words a refusal after its own field names ('signer.email must be ...');
// the user knows the field by its label in the step.
const inputMessage = (err: OncValidationError): string => {
	const { field, message } = err;
	if (!field) return message;
	const label = `"${fieldLabel(field)}"`;
	return message.startsWith(field)
		? label + message.slice(field.length)
		: `Check ${label}. ${message}`;
};

/**
 * Turns what core raised into the error Zapier acts on: refresh, wait and
 * retry, halt (input that can never work), or a plain error with ONC's code.
 * `note` is added to the message for the user.
 */
export const toZapierError = (z: ZObject, err: unknown, note = ''): Error => {
	if (!(err instanceof OncError)) return err as Error;

	if (err instanceof OncAuthenticationError) {
		return isStaleToken(err)
			? new z.errors.RefreshAuthError(err.message + note)
			: new z.errors.ExpiredAuthError(err.message + note);
	}
	if (err instanceof OncRateLimitError) {
		const seconds = err.retryAfterMs === undefined ? 60 : Math.ceil(err.retryAfterMs / 1000);
		return new z.errors.ThrottledError(err.message + note, seconds);
	}
	if (err instanceof OncValidationError) {
		return new z.errors.HaltedError(`${inputMessage(err)}${note}`);
	}
	if (err instanceof OncNotFoundError) {
		// Without a session in the call, the address itself was unknown: core's
		// message already points at the base URL.
		const hint = err.sessionId ? ' Check the "Session ID" field.' : '';
		return new z.errors.HaltedError(`${err.message}${hint}${note}`);
	}
	return new z.errors.Error(err.message + note, err.code, err.status);
};

/**
 * After a session was created, any failure names it, and none may make Zapier
 * refresh or retry the step on its own (which would create a second session).
 */
export const toZapierErrorAfterCreate = (
	z: ZObject,
	err: unknown,
	sessionId: string,
	failedStep: string,
	note = '',
): Error => {
	const created =
		`The session was created (Session ID ${sessionId}) but ${failedStep}. ` +
		'Fix the problem, then finish this session with "Add Signers" and "Prepare Session" ' +
		'using that Session ID instead of running this step again, or a second session is created. ';
	if (err instanceof OncValidationError) {
		return new z.errors.HaltedError(`${created}${inputMessage(err)}${note}`);
	}
	const code = err instanceof OncError ? err.code : undefined;
	const status = err instanceof OncError ? err.status : undefined;
	return new z.errors.Error(`${created}${(err as Error).message}${note}`, code, status);
};

/**
 * Preparing emails the signers. When its outcome is unknown, say so: running
 * the step again may send the emails twice.
 */
export const notifiedNote = (err: unknown): string =>
	mayHaveNotifiedSigners(err)
		? ' ONC may already have emailed the signers: check with them before running this step again.'
		: '';

/** Runs a core call, handing Zapier an error it knows how to act on. */
export const zapierCall = async <T>(z: ZObject, call: () => Promise<T>): Promise<T> => {
	try {
		return await call();
	} catch (err) {
		throw toZapierError(z, err);
	}
};
