import { OncAuthenticationError, type OncFile } from '@onc/core';

import type { OncCredentialType } from '../transport';
import type { FileSource } from './inputFiles';

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

async function attempt<T>(
	source: FileSource,
	upload: (files: OncFile[]) => Promise<T>,
): Promise<Outcome<T>> {
	const files = await source();
	const outcome = await upload(files).then(
		(value): Outcome<T> => ({ ok: true, value }),
		(error: unknown): Outcome<T> => ({ ok: false, error }),
	);
	// A stream the upload did not finish reading would keep its file open.
	for (const file of files) (file.data as { destroy?: () => void }).destroy?.();
	return outcome;
}

function tokenExpired(credentialType: OncCredentialType, error: unknown): boolean {
	return (
		credentialType === 'oncOAuth2Api' &&
		error instanceof OncAuthenticationError &&
		error.status === 401 &&
		!error.sessionId
	);
}

/**
 * Runs an upload, and once more with freshly opened files when it met an
 * expired OAuth token. n8n refreshes the token on that 401 but cannot resend
 * a body it has already streamed, so the second try is ours. A 401 means
 * nothing was created, so trying again cannot make a duplicate session.
 */
export async function withUploadRetry<T>(
	credentialType: OncCredentialType,
	source: FileSource,
	upload: (files: OncFile[]) => Promise<T>,
): Promise<T> {
	let outcome = await attempt(source, upload);
	if (!outcome.ok && tokenExpired(credentialType, outcome.error)) {
		outcome = await attempt(source, upload);
	}
	if (outcome.ok) return outcome.value;
	throw outcome.error;
}
