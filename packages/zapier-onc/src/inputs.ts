import { redirectUriWithSessionId, type Person, type SessionKind } from '@onc/core';
import type { ZObject } from 'zapier-platform-core';
import { toZapierError } from './errors';

// Turns what Zapier hands over (text, often from earlier steps) into core's
// inputs. Core checks the values themselves and names the field at fault.

type Input = Record<string, unknown>;

const text = (value: unknown): string => (value == null ? '' : String(value).trim());

// Zapier gives booleans as true/false, or as text when mapped from a step.
export const yes = (value: unknown): boolean =>
	value === true || /^(true|yes|1|on)$/i.test(text(value));

export const sessionKind = (z: ZObject, input: Input): SessionKind => {
	const kind = text(input.session_type);
	if (kind === 'notary' || kind === 'esign') return kind;
	throw new z.errors.HaltedError(
		`"Session Type" must be "notary" or "esign", not "${kind}". Pick one from the list.`,
	);
};

export const sessionId = (z: ZObject, input: Input): string => {
	const id = text(input.session_id);
	if (!id) {
		throw new z.errors.HaltedError(
			'"Session ID" is empty. Map the Session ID from the step that created the session.',
		);
	}
	return id;
};

const person = (row: Input, prefix = ''): Person => {
	const phone = text(row[`${prefix}phone`]);
	return {
		firstName: text(row[`${prefix}first_name`]),
		lastName: text(row[`${prefix}last_name`]),
		email: text(row[`${prefix}email`]),
		...(phone ? { phone } : {}),
	};
};

const isBlankRow = (row: Input): boolean =>
	['first_name', 'last_name', 'email', 'phone'].every((k) => !text(row[`other_${k}`]));

const contactType = (z: ZObject, input: Input): 'self' | 'other' => {
	const value = text(input.contact_type) || 'other';
	if (value === 'self' || value === 'other') return value;
	throw new z.errors.HaltedError(
		`"Who Is the Main Signer" must be "self" or "other", not "${value}". Pick one from the list.`,
	);
};

export const signers = (z: ZObject, input: Input) => {
	const rows = Array.isArray(input.other_signers) ? (input.other_signers as Input[]) : [];
	return {
		contactType: contactType(z, input),
		shareRoom: yes(input.share_room),
		signer: person(input),
		otherSigners: rows.filter((row) => !isBlankRow(row)).map((row) => person(row, 'other_')),
	};
};

export const prepareOptions = (input: Input) => {
	const redirectUri = text(input.redirect_uri);
	return { businessPay: yes(input.business_pay), ...(redirectUri ? { redirectUri } : {}) };
};

/** Core's prepare input, the redirect URL carrying the session id so its target knows which session finished. */
export const prepareInput = (z: ZObject, input: Input, id: string) => {
	const { redirectUri, businessPay } = prepareOptions(input);
	if (!redirectUri) return { businessPay };
	try {
		return { businessPay, redirectUri: redirectUriWithSessionId(redirectUri, id) };
	} catch (err) {
		throw toZapierError(z, err);
	}
};
