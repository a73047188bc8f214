import { OncValidationError } from './errors';
import type { Person, PrepareInput, SessionKind, SignersInput } from './types';

// Deliberately loose: one @, no spaces, a dot in the domain. ONC decides the rest.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]+$/;

function fail(field: string, expected: string): never {
	throw new OncValidationError(`${field} ${expected}`, { field });
}

function filled(value: unknown): value is string {
	return typeof value === 'string' && value.trim() !== '';
}

export function checkKind(kind: unknown): SessionKind {
	if (kind !== 'notary' && kind !== 'esign') {
		fail('kind', `must be "notary" or "esign" (got ${JSON.stringify(kind)}).`);
	}
	return kind;
}

export function checkSessionId(sessionId: unknown): string {
	if (!filled(sessionId))
		fail('sessionId', 'is missing: give the session ID that create returned.');
	return sessionId.trim();
}

export function checkRedirectUri(value: unknown, field = 'redirectUri'): string {
	let url: URL | undefined;
	try {
		url = typeof value === 'string' ? new URL(value) : undefined;
	} catch {
		url = undefined;
	}
	if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
		fail(field, 'must be a full web address starting with https:// (or http://).');
	}
	return value as string;
}

function checkPerson(person: Person | undefined, field: string): void {
	if (!person || typeof person !== 'object')
		fail(field, 'is missing: give first name, last name and email.');
	if (!filled(person.firstName)) fail(`${field}.firstName`, 'is missing: give the first name.');
	if (!filled(person.lastName)) fail(`${field}.lastName`, 'is missing: give the last name.');
	if (!filled(person.email) || !EMAIL.test(person.email.trim())) {
		fail(`${field}.email`, 'must be an email address like name@example.com.');
	}
	if (person.phone !== undefined && typeof person.phone !== 'string') {
		fail(`${field}.phone`, 'must be text, e.g. 555 010 9999.');
	}
}

export function checkSigners(input: SignersInput): void {
	if (!input || typeof input !== 'object') fail('signers', 'are missing.');
	if (input.contactType !== 'self' && input.contactType !== 'other') {
		fail('contactType', 'must be "self" (the account holder signs) or "other".');
	}
	if (typeof input.shareRoom !== 'boolean') fail('shareRoom', 'must be true or false.');
	checkPerson(input.signer, 'signer');
	if (input.otherSigners === undefined) return;
	if (!Array.isArray(input.otherSigners)) fail('otherSigners', 'must be a list of signers.');
	input.otherSigners.forEach((person, i) => checkPerson(person, `otherSigners[${i}]`));
}

export function checkPrepare(input: PrepareInput = {}): void {
	if (input.redirectUri !== undefined) checkRedirectUri(input.redirectUri);
	if (input.businessPay !== undefined && typeof input.businessPay !== 'boolean') {
		fail('businessPay', 'must be true or false.');
	}
}

/**
 * What sendForSigning checks before it creates a session. Callers that run
 * create, add signers and prepare themselves call it first, so input that a
 * later step would refuse never leaves a half-made session behind.
 */
export function checkSendInput(
	kind: SessionKind,
	signers: SignersInput,
	prepare: PrepareInput = {},
): void {
	checkKind(kind);
	checkSigners(signers);
	checkPrepare(prepare);
}
