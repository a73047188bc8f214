import { AxiosTransport } from './axiosTransport';
import { OncValidationError } from './errors';
import type { ExchangeContext } from './exchange';
import { safeLogger } from './logger';
import { resolveRetry } from './retry';
import type { Clock, OncClientOptions } from './types';

export const PRODUCTION_BASE_URL = 'https://app.onlinenotarycenter.com';
export const DEFAULT_TIMEOUT_MS = 30_000;

export const realClock: Clock = {
	now: () => Date.now(),
	sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** The base URL without a trailing slash, checked to be an absolute http(s) URL. */
export function normalizeBaseUrl(baseUrl: string | undefined): string {
	const value = (baseUrl ?? PRODUCTION_BASE_URL).trim();
	let url: URL | undefined;
	try {
		url = new URL(value);
	} catch {
		url = undefined;
	}
	if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash) {
		throw new OncValidationError(
			`baseUrl must be an absolute http(s) address without query, like ${PRODUCTION_BASE_URL}.`,
			{ field: 'baseUrl' },
		);
	}
	return value.replace(/\/+$/, '');
}

export function buildContext(
	baseUrl: string | undefined,
	options: OncClientOptions,
	secrets: () => readonly string[],
): ExchangeContext {
	const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
	if (typeof timeoutMs !== 'number' || !(timeoutMs > 0)) {
		throw new OncValidationError('timeoutMs must be a number of milliseconds above 0.', {
			field: 'timeoutMs',
		});
	}
	return {
		transport: options.transport ?? new AxiosTransport(),
		baseUrl: normalizeBaseUrl(baseUrl),
		timeoutMs,
		retry: resolveRetry(options.retry),
		clock: options.clock ?? realClock,
		random: options.random ?? Math.random,
		logger: safeLogger(options.logger, secrets),
	};
}
