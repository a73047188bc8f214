import { OncError, OncNetworkError, OncValidationError } from './errors';
import { PATHS } from './wire';

const PREPARE_PATHS = new Set([PATHS.prepare('notary'), PATHS.prepare('esign')]);

/**
 * Whether ONC may have emailed the signers before `error`: true when a
 * prepare call failed without proof that nothing was sent. Only a refusal
 * from ONC (4xx), a refused connection or input refused locally prove that;
 * a timeout, a broken connection, a 5xx or an answer without a session link
 * may all come after the emails went out. Adapters read it so that neither
 * the user nor the platform's own retry prepares the session a second time
 * without looking first.
 */
export function mayHaveNotifiedSigners(error: unknown): boolean {
	if (!(error instanceof OncError) || !PREPARE_PATHS.has(error.request?.path ?? '')) return false;
	if (error.status !== undefined) return error.status >= 500;
	if (error instanceof OncNetworkError) return error.code !== 'ECONNREFUSED';
	return !(error instanceof OncValidationError);
}
