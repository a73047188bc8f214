import { OncError, OncRequestInfo } from './errors';
import type { Person, PrepareInput, SessionKind, SignersInput } from './types';

/** The vendor's path for each session call; download is shared by both kinds. */
export const PATHS = {
	create: (kind: SessionKind) => `/api/create-${kind}-session`,
	addSigners: (kind: SessionKind) => `/api/update-${kind}-signers`,
	prepare: (kind: SessionKind) => `/api/prepare-${kind}-session`,
	download: (sessionId: string) => `/api/download-notarized-files/${encodeURIComponent(sessionId)}`,
};

function person(p: Person): Record<string, string> {
	// The vendor lists phone among the signer fields without marking it
	// optional, so an absent phone travels as an empty string.
	return {
		first_name: p.firstName.trim(),
		last_name: p.lastName.trim(),
		email: p.email.trim(),
		phone: p.phone?.trim() ?? '',
	};
}

export function signersBody(sessionId: string, input: SignersInput): string {
	return JSON.stringify({
		notary_id: sessionId,
		contact_type: input.contactType,
		share_room: input.shareRoom ? '1' : '0',
		...person(input.signer),
		other_signers: (input.otherSigners ?? []).map(person),
	});
}

export function prepareBody(kind: SessionKind, sessionId: string, input: PrepareInput): string {
	const body: Record<string, string> = { notary_id: sessionId };
	if (input.redirectUri !== undefined) body.redirect_uri = input.redirectUri;
	// business_pay is a notary option; the e-sign call does not know it.
	if (kind === 'notary' && input.businessPay !== undefined) {
		body.business_pay = input.businessPay ? 'true' : 'false';
	}
	return JSON.stringify(body);
}

/** The JSON record in an answer body; undefined when the body is not JSON or not a record. */
export function jsonRecord(raw: Buffer): Record<string, unknown> | undefined {
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw.toString('utf8'));
	} catch {
		return undefined;
	}
	return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
		? (parsed as Record<string, unknown>)
		: undefined;
}

/** Parses a 2xx JSON answer, which must be a record. */
export function readRecord(
	raw: Buffer,
	request: OncRequestInfo,
	sessionId?: string,
): Record<string, unknown> {
	const parsed = jsonRecord(raw);
	if (!parsed) {
		throw new OncError(
			`ONC answered ${request.method} ${request.path} with something other than a JSON record. The call may still have taken effect: check ONC before trying again.`,
			{ request, sessionId },
		);
	}
	return parsed;
}

export function field(record: Record<string, unknown>, ...names: string[]): string | undefined {
	for (const name of names) {
		const value = record[name];
		if (typeof value === 'string' && value !== '') return value;
		if (typeof value === 'number') return String(value);
	}
	return undefined;
}
