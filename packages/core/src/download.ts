import { PassThrough, Readable } from 'node:stream';
import { errorDuringDownload } from './networkErrors';
import { OncNotReadyError, OncValidationError } from './errors';
import type { Send } from './sessionCalls';
import { PATHS } from './wire';
import type { Clock, Logger, WaitOptions } from './types';

/** The file name from Content-Disposition (RFC 6266, `filename*` preferred), else the fallback. */
export function fileNameFrom(disposition: string | undefined, fallback: string): string {
	// Callers save under this name, so it must not climb out of their folder.
	return safeName(nameIn(disposition) ?? fallback);
}

function safeName(name: string): string {
	// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
	const cleaned = name.replace(/[/\\\u0000-\u001f]/g, '_');
	return /^\.*$/.test(cleaned) ? '_' : cleaned;
}

function nameIn(disposition: string | undefined): string | undefined {
	if (!disposition) return undefined;
	const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(disposition);
	if (extended) {
		try {
			return decodeURIComponent(extended[2].trim());
		} catch {
			// A malformed escape falls through to the plain parameter.
		}
	}
	const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]+))/i.exec(disposition);
	const name = plain?.[1]?.replace(/\\(.)/g, '$1') ?? plain?.[2];
	return name && name.trim() !== '' ? name.trim() : undefined;
}

function checkWait(wait: WaitOptions): Required<WaitOptions> {
	const resolved = { firstIntervalMs: 2000, maxIntervalMs: 30_000, ...wait };
	for (const key of ['maxWaitMs', 'firstIntervalMs', 'maxIntervalMs'] as const) {
		const value = resolved[key];
		if (typeof value !== 'number' || !(value >= 0)) {
			throw new OncValidationError(`wait.${key} must be a number of milliseconds, 0 or more.`, {
				field: `wait.${key}`,
			});
		}
	}
	return resolved;
}

/**
 * Runs `attempt` until the session is finished: each "not finished" answer
 * waits a little longer than the one before, until `maxWaitMs` has passed.
 */
export async function untilFinished<T>(
	attempt: () => Promise<T>,
	wait: WaitOptions | undefined,
	clock: Clock,
	logger: Logger,
): Promise<T> {
	if (wait === undefined) return attempt();
	const { maxWaitMs, firstIntervalMs, maxIntervalMs } = checkWait(wait);
	const started = clock.now();
	let interval = Math.max(1, firstIntervalMs);

	for (;;) {
		try {
			return await attempt();
		} catch (error) {
			if (!(error instanceof OncNotReadyError)) throw error;
			const waited = clock.now() - started;
			if (waited >= maxWaitMs) {
				throw new OncNotReadyError(
					`The session is not finished after ${Math.round(waited / 1000)} seconds of waiting. Try again later, or wait longer.`,
					{ ...error, waitedMs: waited, cause: error },
				);
			}
			const pause = Math.min(interval, maxWaitMs - waited);
			logger.debug(`ONC session not finished; asking again in ${pause} ms`);
			await clock.sleep(pause);
			interval = Math.min(interval * 2, Math.max(1, maxIntervalMs));
		}
	}
}

/** Asks for the finished session's files, as a buffer or as an unread stream. */
export function requestDownload(send: Send, sessionId: string, responseType: 'buffer' | 'stream') {
	return send({
		method: 'GET',
		path: PATHS.download(sessionId),
		headers: { Accept: 'application/zip, application/json;q=0.5, */*;q=0.1' },
		responseType,
		repeat: 'idempotent',
		operation: 'download',
		sessionId,
	});
}

/** File name and type of a download answer, with the vendor's zip as the default. */
export function describeDownload(sessionId: string, headers: Record<string, string | undefined>) {
	return {
		fileName: fileNameFrom(headers['content-disposition'], `${sessionId}.zip`),
		contentType: headers['content-type'] ?? 'application/zip',
	};
}

/**
 * The download body as handed to the caller: a break midway (reset,
 * stall) arrives as an OncNetworkError or OncTimeoutError naming the
 * session, like any other failure of the call.
 */
export function guardDownload(source: Readable, sessionId: string): Readable {
	const request = { method: 'GET', path: PATHS.download(sessionId) };
	const out = new PassThrough();
	source.on('error', (error) => out.destroy(errorDuringDownload(error, request, sessionId)));
	// A reader that gives up early must not leave the connection open.
	out.on('close', () => {
		if (!source.readableEnded) source.destroy();
	});
	return source.pipe(out);
}
