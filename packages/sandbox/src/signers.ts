import { missing } from './errors';
import type { StoredSigner } from './model';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function text(value: unknown): string | undefined {
	if (typeof value === 'number') return String(value);
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function person(input: unknown, prefix: string, main: boolean): StoredSigner {
	if (input === null || typeof input !== 'object' || Array.isArray(input)) {
		throw missing(
			prefix.replace(/\.$/, ''),
			'each other signer must be an object with first_name, last_name and email',
		);
	}
	const record = input as Record<string, unknown>;
	const firstName = text(record.first_name);
	if (!firstName) throw missing(`${prefix}first_name`, "give the signer's first name");
	const lastName = text(record.last_name);
	if (!lastName) throw missing(`${prefix}last_name`, "give the signer's last name");
	const email = text(record.email);
	if (!email || !EMAIL.test(email)) {
		throw missing(`${prefix}email`, 'give an email address such as name@example.com');
	}
	const phone =
		record.phone === undefined || record.phone === null || record.phone === ''
			? ''
			: text(record.phone);
	if (phone === undefined)
		throw missing(`${prefix}phone`, 'give a phone number as text, or leave it out');
	return { first_name: firstName, last_name: lastName, email, phone, main, signedAt: null };
}

/** The string flag the vendor expects; numbers 0 and 1 are read the same, as its table types it Integer. */
function flag(value: unknown, field: string): '0' | '1' {
	if (value === '0' || value === 0) return '0';
	if (value === '1' || value === 1) return '1';
	throw missing(field, 'use "0" when signers use their own devices or "1" when they share one');
}

export interface SignersInput {
	contactType: 'self' | 'other';
	shareRoom: '0' | '1';
	signers: StoredSigner[];
}

/** Checks an add-signers body; every error names the field as sent on the wire. */
export function readSigners(body: Record<string, unknown>): SignersInput {
	const contactType = body.contact_type;
	if (contactType !== 'self' && contactType !== 'other') {
		throw missing('contact_type', 'use "self" when the account holder signs or "other" otherwise');
	}
	const shareRoom = flag(body.share_room, 'share_room');
	const main = person(body, '', true);
	const others = body.other_signers ?? [];
	if (!Array.isArray(others))
		throw missing('other_signers', 'send a list of signers, or leave it out');
	const signers = [main, ...others.map((o, i) => person(o, `other_signers[${i}].`, false))];
	return { contactType, shareRoom, signers };
}
