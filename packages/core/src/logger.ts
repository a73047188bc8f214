import { redactValue, scrub } from './redact';
import type { Logger } from './types';

const quiet: Logger = { debug: () => undefined, warn: () => undefined };

/**
 * Wraps the caller's logger so that nothing it receives can carry a secret:
 * header-like and token-like fields are blanked and known secret values are
 * cut out of messages. The client logs method, path, status and timing only.
 */
export function safeLogger(logger: Logger | undefined, secrets: () => readonly string[]): Logger {
	if (!logger) return quiet;
	const clean = (msg: string, meta?: object): [string, object | undefined] => [
		scrub(msg, secrets()),
		meta === undefined ? undefined : (redactValue(meta, secrets()) as object),
	];
	return {
		debug: (msg, meta) => logger.debug(...clean(msg, meta)),
		warn: (msg, meta) => logger.warn(...clean(msg, meta)),
	};
}
