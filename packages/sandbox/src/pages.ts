import type { Exchange } from './app';
import { signAs } from './finish';
import { escapeHtml, page } from './html';
import { readForm, redirect, sendHtml } from './http';
import type { SessionKind, StoredSession } from './model';
import { lookupSession } from './sessions';

const WHAT: Record<SessionKind, string> = { notary: 'Notary session', esign: 'E-sign session' };

/** Where the browser goes when the session is finished: redirect_uri exactly as given at prepare. */
function landing(session: StoredSession): string {
	return session.prepare?.redirect_uri ?? `/${session.kind}/client-join/${session.id}/done`;
}

function passcodeForm(session: StoredSession, error?: string): string {
	const files = session.files.map((f) => `<li>${escapeHtml(f.fileName)}</li>`).join('');
	return `${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<p>Documents in this session:</p><ul>${files}</ul>
<form method="post">
<label>Passcode from your email <input name="passcode" autocomplete="off" required></label>
<button type="submit">Continue</button>
</form>`;
}

function signForm(session: StoredSession, passcode: string, note?: string): string {
	const rows = session.signers
		.map((s, i) => {
			const name = escapeHtml(`${s.first_name} ${s.last_name}`);
			if (s.signedAt) return `<li>${name}: signed</li>`;
			return `<li>${name}: <form method="post" style="display:inline">
<input type="hidden" name="passcode" value="${escapeHtml(passcode)}"><input type="hidden" name="signer" value="${i}">
<button type="submit">Sign as ${name}</button></form></li>`;
		})
		.join('\n');
	return `${note ? `<p class="note" role="status">${escapeHtml(note)}</p>` : ''}
<p>Each signer signs every document of the session. Choose who you are:</p><ul>${rows}</ul>`;
}

function notHere(res: Exchange['res']): void {
	sendHtml(
		res,
		404,
		page(
			'Session not found',
			'<p>This session link does not lead to a session. Check the link in your email.</p>',
		),
	);
}

function notReady(res: Exchange['res']): void {
	sendHtml(
		res,
		409,
		page(
			'Session not ready',
			'<p>This session has not been prepared yet, so it cannot be signed. Try again later.</p>',
		),
	);
}

export function joinPage(kind: SessionKind) {
	return ({ app, res, params }: Exchange) => {
		const session = lookupSession(app, params[0], kind);
		if (!session) return notHere(res);
		if (session.status === 'finished') return redirect(res, 303, landing(session));
		if (session.status !== 'prepared') return notReady(res);
		sendHtml(res, 200, page(WHAT[kind], passcodeForm(session)));
	};
}

export function joinPost(kind: SessionKind) {
	return async ({ app, req, res, params }: Exchange) => {
		const form = await readForm(req, 16 * 1024);
		const session = lookupSession(app, params[0], kind);
		if (!session) return notHere(res);
		if (session.status === 'finished') return redirect(res, 303, landing(session));
		if (session.status !== 'prepared') return notReady(res);

		const passcode = form.get('passcode') ?? '';
		if (passcode.trim() !== session.passcode) {
			const error =
				'That passcode is not right. Copy it from the email that came with this link and try again.';
			return sendHtml(res, 401, page(WHAT[kind], passcodeForm(session, error)));
		}
		const signer = form.get('signer');
		if (signer === null) return sendHtml(res, 200, page(WHAT[kind], signForm(session, passcode)));

		const index = Number(signer);
		const who = session.signers[index];
		if (!Number.isInteger(index) || !who) {
			return sendHtml(
				res,
				400,
				page(WHAT[kind], signForm(session, passcode, 'Choose one of the signers below.')),
			);
		}
		if (await signAs(app, session, index)) return redirect(res, 303, landing(session));
		const note = `${who.first_name} ${who.last_name} has signed. The others still need to sign.`;
		sendHtml(res, 200, page(WHAT[kind], signForm(session, passcode, note)));
	};
}

export function donePage(kind: SessionKind) {
	return ({ app, res, params }: Exchange) => {
		const session = lookupSession(app, params[0], kind);
		if (!session) return notHere(res);
		if (session.status !== 'finished')
			return redirect(res, 303, `/${kind}/client-join/${session.id}`);
		sendHtml(
			res,
			200,
			page(
				'Thank you',
				'<p>Everyone has signed. The signed documents are ready for the sender to download.</p>',
			),
		);
	};
}
