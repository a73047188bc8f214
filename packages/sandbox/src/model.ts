/** What the sandbox keeps about sessions, messages and OAuth grants. */

export type SessionKind = 'notary' | 'esign';

/** `active` after create, `pending` once signers are known, then prepared, then finished. */
export type SessionStatus = 'active' | 'pending' | 'prepared' | 'finished';

export interface StoredFile {
	fileName: string;
	size: number;
	/** Key of the uploaded bytes in the blob store. */
	blob: string;
	/** Key of the signed copy, once the session is finished. */
	signedBlob?: string;
	/** False when the upload could not be parsed as a PDF and went into the zip unchanged. */
	stamped?: boolean;
}

/** A signer with the field names the add-signers call used on the wire. */
export interface StoredSigner {
	first_name: string;
	last_name: string;
	email: string;
	phone: string;
	main: boolean;
	signedAt: string | null;
}

export interface StoredSession {
	id: string;
	kind: SessionKind;
	status: SessionStatus;
	title: string;
	createdBy: string;
	createdAt: string;
	files: StoredFile[];
	contact_type: string | null;
	share_room: string | null;
	signers: StoredSigner[];
	/** The prepare call's fields exactly as received (null when not sent). */
	prepare: { redirect_uri: string | null; business_pay: string | null } | null;
	sessionLink: string | null;
	passcode: string | null;
	finishedAt: string | null;
}

export interface OutboxMessage {
	id: string;
	to: string;
	name: string;
	subject: string;
	text: string;
	sessionId: string;
	kind: SessionKind;
	sessionLink: string;
	passcode: string;
	sentAt: string;
}

export interface AuthCode {
	clientId: string;
	redirectUri: string;
	expiresAt: number;
}

export interface AccessGrant {
	clientId: string;
	expiresAt: number;
}

export interface State {
	sessions: Record<string, StoredSession>;
	outbox: OutboxMessage[];
	codes: Record<string, AuthCode>;
	accessTokens: Record<string, AccessGrant>;
	refreshTokens: Record<string, { clientId: string }>;
}

export function emptyState(): State {
	return { sessions: {}, outbox: [], codes: {}, accessTokens: {}, refreshTokens: {} };
}
