import type { OncClient } from './client';
import { OncError } from './errors';
import { mayHaveNotifiedSigners } from './notified';
import type { OncFile, PrepareInput, SentForSigning, SessionKind, SignersInput } from './types';
import { checkSendInput } from './validation';

/**
 * Create, add signers and prepare in one go. Every input is checked before
 * the session is created, so bad input never leaves a half-made session; a
 * failure after create names the created session on the error.
 */
export async function sendForSigning(
	client: OncClient,
	kind: SessionKind,
	files: OncFile[],
	signers: SignersInput,
	prepare: PrepareInput,
): Promise<SentForSigning> {
	checkSendInput(kind, signers, prepare);

	const { sessionId } = await client.createSession(kind, files);

	try {
		await client.addSigners(kind, sessionId, signers);
		const { sessionLink, passcode } = await client.prepareSession(kind, sessionId, prepare);
		return { sessionId, sessionLink, passcode };
	} catch (error) {
		throw withSession(error, sessionId, mayHaveNotifiedSigners(error));
	}
}

function withSession(error: unknown, sessionId: string, notified: boolean): OncError {
	const note = notified
		? ` The session ${sessionId} was created in ONC, but its signers may already have been emailed: look at the session in ONC before running this step again.`
		: ` The session ${sessionId} was created in ONC but not sent to its signers; finish or delete it there.`;
	if (error instanceof OncError) {
		error.sessionId = sessionId;
		error.message += note;
		return error;
	}
	const reason = error instanceof Error ? error.message : String(error);
	return new OncError(`${reason}.${note}`, { sessionId, cause: error });
}
