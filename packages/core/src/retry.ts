import { OncError, OncNetworkError, OncValidationError } from './errors';
import type { RetryOptions } from './types';

export type RetryPolicy = Required<RetryOptions>;

export const DEFAULT_RETRY: RetryPolicy = {
	maxAttempts: 4,
	baseDelayMs: 500,
	maxDelayMs: 8000,
	maxTotalMs: 60_000,
};

/**
 * `idempotent` calls (download) may be sent again after any passing failure.
 * `token` calls likewise, but not after a timeout: a code is good for one
 * exchange and a refresh may rotate the refresh token, so a token call that
 * timed out may already have spent what a repeat would send. `unsafe` calls
 * (create, add signers, prepare) change state and prepare emails every
 * signer, so they are sent again only when the connection was refused, which
 * proves the server never saw them.
 */
export type RepeatRule = 'idempotent' | 'token' | 'unsafe';

const PASSING_STATUSES = new Set([429, 502, 503, 504]);
const PASSING_NETWORK_CODES: Record<Exclude<RepeatRule, 'unsafe'>, Set<string>> = {
	idempotent: new Set(['ECONNRESET', 'ETIMEDOUT', 'ECONNREFUSED']),
	token: new Set(['ECONNRESET', 'ECONNREFUSED']),
};

export function resolveRetry(options: RetryOptions = {}): RetryPolicy {
	const policy = { ...DEFAULT_RETRY };
	for (const key of Object.keys(DEFAULT_RETRY) as (keyof RetryPolicy)[]) {
		const value = options[key];
		if (value === undefined) continue;
		if (typeof value !== 'number' || !(value >= 0)) {
			throw new OncValidationError(`retry.${key} must be a number of 0 or more.`, {
				field: `retry.${key}`,
			});
		}
		policy[key] = value;
	}
	policy.maxAttempts = Math.max(1, Math.floor(policy.maxAttempts));
	return policy;
}

export function mayRepeat(rule: RepeatRule, error: OncError, bodyReplayable: boolean): boolean {
	if (!bodyReplayable) return false;
	const network = error instanceof OncNetworkError;
	if (rule === 'unsafe') return network && error.code === 'ECONNREFUSED';
	if (network) return PASSING_NETWORK_CODES[rule].has(error.code ?? '');
	return error.status !== undefined && PASSING_STATUSES.has(error.status);
}

/** Exponential backoff with full jitter, unless the server said how long to wait. */
export function retryDelay(
	failures: number,
	policy: RetryPolicy,
	random: () => number,
	retryAfterMs?: number,
): number {
	if (retryAfterMs !== undefined) return retryAfterMs;
	const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failures - 1));
	return Math.floor(random() * ceiling);
}
