import type { IDataObject } from 'n8n-workflow';

// How many fired session ids the workflow remembers; older ones drop out, so a
// signer returning to a session finished hundreds of sessions ago could fire it again.
const REMEMBERED = 1000;

// Arrivals being checked right now, in this n8n process: a signer's browser may
// send the same redirect twice within a second, before either run has stored
// that it fired. Known gap: with several webhook processes (queue mode), two
// arrivals for one session at the same moment on different processes can both fire.
const inFlight = new Set<string>();

/**
 * Remembers, in the workflow's static data, which sessions already fired the
 * trigger, so each finished session starts the workflow once.
 */
export class FinishedSessions {
	constructor(
		private readonly staticData: IDataObject,
		private readonly scope: string,
	) {}

	private get fired(): string[] {
		const list = this.staticData.firedSessions;
		return Array.isArray(list) ? (list as string[]) : [];
	}

	/** Takes the session for this arrival; false when it fired before or is being checked. */
	claim(sessionId: string): boolean {
		const key = `${this.scope}:${sessionId}`;
		if (this.fired.includes(sessionId) || inFlight.has(key)) return false;
		inFlight.add(key);
		return true;
	}

	markFired(sessionId: string): void {
		this.staticData.firedSessions = [...this.fired, sessionId].slice(-REMEMBERED);
	}

	release(sessionId: string): void {
		inFlight.delete(`${this.scope}:${sessionId}`);
	}
}

/** The session id the redirect carries, when it looks like one. */
export function sessionIdFrom(query: object): string | undefined {
	const value = (query as { onc_session_id?: unknown }).onc_session_id;
	return typeof value === 'string' && /^[A-Za-z0-9._-]{1,128}$/.test(value) ? value : undefined;
}
