import type { Readable } from 'node:stream';
import { requestDownload } from './download';
import { OncNotFoundError, OncNotReadyError, OncValidationError } from './errors';
import type { Send } from './sessionCalls';

// An id no session can have: download then answers "not found" for good
// credentials and "invalid token" for bad ones, and changes nothing.
const PROBE_SESSION_ID = 'onc-credential-check-00000000-0000-0000-0000-000000000000';

/**
 * ONC has no "who am I" call, so credentials are checked by a download that
 * must fail: a refusal of the input means they passed, an authentication
 * error that they did not, and anything else is passed on as unknown.
 */
export async function checkCredentials(send: Send): Promise<void> {
	try {
		const res = await requestDownload(send, PROBE_SESSION_ID, 'stream');
		(res.body as Readable).destroy();
	} catch (error) {
		const refusedInput =
			error instanceof OncValidationError ||
			error instanceof OncNotFoundError ||
			error instanceof OncNotReadyError;
		if (!refusedInput) throw error;
	}
}
