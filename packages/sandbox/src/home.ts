import type { Exchange } from './app';
import { escapeHtml, page } from './html';
import { sendHtml } from './http';

/** The base URL in a browser: what this is, and the sessions with their links. */
export function homePage({ app, res }: Exchange): void {
	const rows = Object.values(app.store.state.sessions)
		.map((s) => {
			// A path, not the stored link: with a data directory the sandbox may
			// come back on another port, and the link was made with the old one.
			const link = s.sessionLink
				? `<a href="/${s.kind}/client-join/${escapeHtml(s.id)}">session link</a>`
				: 'not prepared yet';
			return `<tr><td><code>${escapeHtml(s.id)}</code></td><td>${s.kind}</td><td>${s.status}</td><td>${link}</td></tr>`;
		})
		.reverse()
		.join('\n');
	const sessions = rows
		? `<table><tr><th>Session</th><th>Kind</th><th>Status</th><th></th></tr>\n${rows}</table>`
		: '<p class="note">No sessions yet. Create one through the API.</p>';
	const body = `<p>API base URL: <code>${escapeHtml(app.config.baseUrl)}</code>.
Messages sent to signers: <a href="/sandbox/outbox.html">outbox</a>.</p>
<h2>Sessions</h2>
${sessions}`;
	sendHtml(res, 200, page('ONC sandbox', body));
}
