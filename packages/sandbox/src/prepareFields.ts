import { randomBytes } from 'node:crypto';
import { missing } from './errors';
import type { SessionKind } from './model';

/** Kept exactly as sent; only an http(s) address is accepted, since browsers are sent there. */
export function redirectUri(value: unknown): string | null {
	if (value === undefined || value === null || value === '') return null;
	let url: URL | undefined;
	try {
		url = typeof value === 'string' ? new URL(value) : undefined;
	} catch {
		url = undefined;
	}
	if (!url || !/^https?:$/.test(url.protocol)) {
		throw missing(
			'redirect_uri',
			'give a full web address starting with https:// or http://, or leave it out',
		);
	}
	return value as string;
}

/** The vendor's string flag; booleans are read the same, as its table types the field Boolean. */
export function businessPay(kind: SessionKind, value: unknown): string | null {
	if (value === undefined || value === null) return null;
	if (kind === 'esign') {
		throw missing(
			'business_pay',
			'only notary sessions take business_pay; leave it out for e-sign',
		);
	}
	if (value === 'true' || value === true) return 'true';
	if (value === 'false' || value === false) return 'false';
	throw missing('business_pay', 'use "true" when the API account pays, or "false"');
}

/** Six letters and digits, leaving out the look-alikes (0/O, 1/l/I). */
export function passcode(): string {
	const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
	return [...randomBytes(6)].map((b) => letters[b % letters.length]).join('');
}
