import type { Exchange } from './app';
import { missing, outOfOrder } from './errors';
import { finishSession, signAs } from './finish';
import { escapeHtml, page } from './html';
import { readJsonObject, sendHtml, sendJson } from './http';
import { controlView } from './record';
import { findSession } from './sessions';

// Endpoints for tests and demos only: no authentication, as they stand in for
// what a person would do in a browser or read in their mailbox.

export async function completeSession({ app, res, params }: Exchange): Promise<void> {
	const session = findSession(app, params[0]);
	if (session.status !== 'prepared' && session.status !== 'finished') {
		throw outOfOrder('Only a prepared session can be completed: add signers and prepare it first.');
	}
	if (session.status === 'prepared') {
		const now = new Date().toISOString();
		for (const signer of session.signers) signer.signedAt ??= now;
		await finishSession(app, session);
	}
	sendJson(res, 200, controlView(session));
}

/** Signs as one signer, chosen by email, as the session link page would. */
export async function signOne({ app, req, res, params }: Exchange): Promise<void> {
	const session = findSession(app, params[0]);
	const { email } = await readJsonObject(req, 16 * 1024);
	const index = session.signers.findIndex(
		(s) => typeof email === 'string' && s.email.toLowerCase() === email.toLowerCase(),
	);
	if (index < 0) throw missing('email', "give the email of one of the session's signers");
	await signAs(app, session, index);
	sendJson(res, 200, controlView(session));
}

export function showSession({ app, res, params }: Exchange): void {
	sendJson(res, 200, controlView(findSession(app, params[0])));
}

export function listSessions({ app, res }: Exchange): void {
	sendJson(res, 200, Object.values(app.store.state.sessions).map(controlView));
}

export function listOutbox({ app, res, url }: Exchange): void {
	const sessionId = url.searchParams.get('sessionId');
	const messages = app.store.state.outbox.filter((m) => !sessionId || m.sessionId === sessionId);
	sendJson(res, 200, messages);
}

export function outboxPage({ app, res }: Exchange): void {
	const rows = app.store.state.outbox
		.map(
			(m) =>
				`<tr><td>${escapeHtml(m.sentAt)}</td><td>${escapeHtml(`${m.name} <${m.to}>`)}</td>` +
				`<td>${escapeHtml(m.subject)}</td><td><a href="${escapeHtml(m.sessionLink)}">${escapeHtml(m.sessionLink)}</a></td>` +
				`<td><code>${escapeHtml(m.passcode)}</code></td></tr>`,
		)
		.reverse()
		.join('\n');
	const table = rows
		? `<table><tr><th>Sent</th><th>To</th><th>Subject</th><th>Session link</th><th>Passcode</th></tr>\n${rows}</table>`
		: '<p class="note">No messages yet. Preparing a session sends one to each signer.</p>';
	sendHtml(res, 200, page('Sandbox outbox', table));
}

export async function addFault({ app, req, res }: Exchange): Promise<void> {
	const fault = app.faults.add(await readJsonObject(req, 64 * 1024));
	sendJson(res, 201, fault);
}

export function listFaults({ app, res }: Exchange): void {
	sendJson(res, 200, app.faults.list());
}

export function clearFaults({ app, res }: Exchange): void {
	app.faults.clear();
	res.writeHead(204);
	res.end();
}
