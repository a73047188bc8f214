import type { Readable } from 'node:stream';

import { OncAuthenticationError, type OncFile } from '@onc/core';

import type { OncCredentialType } from '../transport';
import type { FileSource } from './inputFiles';

function closeStreams(files: OncFile[]): void {
	for (const file of files) {
		const data = file.data as Partial<Readable>;
		if (typeof data.destroy === 'function') data.destroy();
	}
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
	const first = await source();
	try {
		return await upload(first);
	} catch (error) {
		const expired =
			credentialType === 'oncOAuth2Api' &&
			error instanceof OncAuthenticationError &&
			error.status === 401 &&
			!error.sessionId;
		if (!expired) throw error;
	} finally {
		closeStreams(first);
	}

	const second = await source();
	try {
		return await upload(second);
	} finally {
		closeStreams(second);
	}
}
