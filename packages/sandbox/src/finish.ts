import type { App } from './app';
import { outOfOrder } from './errors';
import type { StoredSession } from './model';
import { vendorDate } from './record';
import { stampPdf } from './stamp';

function stampLines(session: StoredSession): string[] {
	const title =
		session.kind === 'notary'
			? 'Notarized in the ONC sandbox (not a legal notarization)'
			: 'Signed electronically in the ONC sandbox (not a legal signature)';
	const signers = session.signers.map(
		(s) => `${s.first_name} ${s.last_name} <${s.email}> signed ${vendorDate(s.signedAt ?? '')} UTC`,
	);
	return [title, ...signers, `Session ${session.id}`];
}

async function makeSignedFiles(app: App, session: StoredSession): Promise<void> {
	const lines = stampLines(session);
	for (const file of session.files) {
		const original = await app.store.blobs.read(file.blob);
		let signed: Uint8Array;
		try {
			signed = await stampPdf(original, lines);
			file.stamped = true;
		} catch {
			// Upload checks only look at the PDF header; a file pdf-lib cannot
			// read goes into the zip unchanged, and the control view says so.
			signed = original;
			file.stamped = false;
		}
		file.signedBlob = file.blob.replace(/\.pdf$/, '.signed.pdf');
		await app.store.blobs.put(file.signedBlob, signed);
	}
	session.status = 'finished';
	session.finishedAt = new Date().toISOString();
	app.store.save();
}

/** Stamps the files and marks the session finished, once even if called concurrently. */
export function finishSession(app: App, session: StoredSession): Promise<void> {
	const running = app.finishing.get(session.id);
	if (running) return running;
	const work = makeSignedFiles(app, session).finally(() => app.finishing.delete(session.id));
	app.finishing.set(session.id, work);
	return work;
}

/** Records a signature; the last one finishes the session. Resolves true once finished. */
export async function signAs(app: App, session: StoredSession, index: number): Promise<boolean> {
	if (session.status !== 'prepared') {
		throw outOfOrder(
			'This session is not waiting for signatures (prepare it first, or it is already finished).',
		);
	}
	const signer = session.signers[index];
	if (signer && !signer.signedAt) {
		signer.signedAt = new Date().toISOString();
		app.store.save();
	}
	if (!session.signers.every((s) => s.signedAt)) return false;
	await finishSession(app, session);
	return true;
}
