import { randomUUID } from 'node:crypto';
import type { App } from './app';
import type { StoredSession } from './model';

/** Records the email each signer would get from prepare: the link and the passcode. */
export function notifySigners(app: App, session: StoredSession): void {
	const what = session.kind === 'notary' ? 'notarize' : 'sign';
	const sentAt = new Date().toISOString();
	for (const signer of session.signers) {
		const name = `${signer.first_name} ${signer.last_name}`;
		app.store.state.outbox.push({
			id: randomUUID(),
			to: signer.email,
			name,
			subject: `Please ${what} your documents`,
			text: `Hello ${name},\n\nOpen ${session.sessionLink} and enter the passcode ${session.passcode} to ${what} ${session.files.length} document(s).`,
			sessionId: session.id,
			kind: session.kind,
			sessionLink: session.sessionLink ?? '',
			passcode: session.passcode ?? '',
			sentAt,
		});
	}
}
