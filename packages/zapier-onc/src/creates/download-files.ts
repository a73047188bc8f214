import { OncNotReadyError } from '@onc/core';
import type { Bundle, ZObject } from 'zapier-platform-core';
import { clientFor } from '../client';
import { toZapierError } from '../errors';
import { sessionIdField } from '../fields';
import { sessionId } from '../inputs';

// Zapier stops a step after about 30 seconds; the stash needs some of that.
export const MAX_WAIT_SECONDS = 20;

const waitSeconds = (z: ZObject, value: unknown): number => {
	if (value === undefined || value === null || value === '') return 0;
	const seconds = Number(value);
	if (!Number.isFinite(seconds) || seconds < 0 || seconds > MAX_WAIT_SECONDS) {
		throw new z.errors.HaltedError(
			`"Wait Until Finished (Seconds)" must be a number from 0 to ${MAX_WAIT_SECONDS}, not "${String(value)}".`,
		);
	}
	return seconds;
};

// Not a crash and not a retry: Zapier shows this as the step's error, and
// the user reruns it (or starts it from a Catch Hook) once signing is done.
const notFinished = (z: ZObject, id: string, err: OncNotReadyError): Error =>
	new z.errors.Error(
		`The session ${id} is not finished yet: not every signer has signed, so there are no signed files to download. ` +
			'Run this step after signing is done, for example in a Zap that starts with a "Catch Hook" whose URL you gave as the Redirect URL. ' +
			`(ONC said: ${err.vendorMessage ?? err.message})`,
		'not_finished',
		err.status,
	);

const perform = async (z: ZObject, bundle: Bundle) => {
	const id = sessionId(z, bundle.inputData);
	const seconds = waitSeconds(z, bundle.inputData.wait_seconds);
	const wait = seconds > 0 ? { maxWaitMs: seconds * 1000, firstIntervalMs: 2000 } : undefined;

	let download;
	try {
		download = await clientFor(z, bundle).downloadFilesStream(id, wait ? { wait } : {});
	} catch (err) {
		throw err instanceof OncNotReadyError ? notFinished(z, id, err) : toZapierError(z, err);
	}
	// stashFile spools the stream to a temporary file, never to memory.
	const file = await z.stashFile(
		download.stream,
		undefined,
		download.fileName,
		download.contentType,
	);

	return {
		session_id: id,
		file,
		file_name: download.fileName,
		content_type: download.contentType,
	};
};

export default {
	key: 'download_files',
	noun: 'Signed Files',
	display: {
		label: 'Download Signed Files',
		description:
			'Gets the signed (and notarized) documents of a finished session as one zip file for later steps, such as Google Drive or Gmail.',
	},
	operation: {
		perform,
		inputFields: [
			{
				...sessionIdField,
				helpText:
					'The ID of a finished session. In a Zap started by a **Catch Hook** whose URL was the Redirect URL, map the **onc_session_id** value the hook received.',
			},
			{
				key: 'wait_seconds',
				label: 'Wait Until Finished (Seconds)',
				type: 'integer' as const,
				required: false,
				helpText: `If the session is not finished yet, keep checking for up to this many seconds (at most ${MAX_WAIT_SECONDS}) before giving up. Leave empty to check once.`,
			},
		],
		sample: {
			session_id: '97f1cd16-5e43-11ee-913f-2cea7fe1bf2e',
			file: 'https://zapier-dev-files.s3.amazonaws.com/cli-platform/97f1cd16-5e43-11ee-913f-2cea7fe1bf2e.zip',
			file_name: '97f1cd16-5e43-11ee-913f-2cea7fe1bf2e.zip',
			content_type: 'application/zip',
		},
		outputFields: [
			{ key: 'session_id', label: 'Session ID' },
			{ key: 'file', label: 'Signed Files (Zip)', type: 'file' as const },
			{ key: 'file_name', label: 'File Name' },
			{ key: 'content_type', label: 'Content Type' },
		],
	},
};
