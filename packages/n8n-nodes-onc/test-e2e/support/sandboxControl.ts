// What the sandbox's control endpoints tell a test: stored sessions and the emails prepare sent.
import type { Sandbox } from '@onc/sandbox';

export interface StoredSession {
	kind: string;
	files: Array<{ fileName: string; stamped: boolean | null }>;
	prepare: { redirect_uri: string | null; business_pay: string | null } | null;
	signers: unknown[];
}

export async function storedSession(sb: Sandbox, id: string): Promise<StoredSession> {
	return (await (await fetch(`${sb.baseUrl}/sandbox/sessions/${id}`)).json()) as StoredSession;
}

export interface Invitation {
	to: string;
	sessionId: string;
	sessionLink: string;
	passcode: string;
}

/** The invitation prepare sent to this address, if any yet. */
export async function invitationFor(sb: Sandbox, email: string): Promise<Invitation | undefined> {
	const messages = (await (await fetch(`${sb.baseUrl}/sandbox/outbox`)).json()) as Invitation[];
	return messages.find((m) => m.to === email);
}
