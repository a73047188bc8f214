// Shared test setup: the fake ONC host, PDF bytes, a clock whose waits take no time, and nock hygiene.
import nock from 'nock';
import { OncClient, OncError, OncValidationError } from '../src';
import type { Clock, OncClientOptions, OncCredentials } from '../src';

export const BASE = 'https://onc.example.test';
export const TOKEN = 'access-token-abc123';

export function pdf(text = 'hello'): Buffer {
	return Buffer.from(`%PDF-1.7\n${text}\n%%EOF\n`);
}

export interface FakeClock extends Clock {
	sleeps: number[];
}

/** Waits return at once but move the clock on, so retry budgets are exercised without real time. */
export function fakeClock(start = 1_700_000_000_000): FakeClock {
	let now = start;
	const sleeps: number[] = [];
	return {
		sleeps,
		now: () => now,
		sleep: async (ms) => {
			sleeps.push(ms);
			now += ms;
		},
	};
}

export function makeClient(
	options: OncClientOptions = {},
	credentials: OncCredentials = { baseUrl: BASE, accessToken: TOKEN },
): { client: OncClient; clock: FakeClock } {
	const clock = fakeClock();
	const client = new OncClient(credentials, { clock, random: () => 0.5, ...options });
	return { client, clock };
}

/** No real network, and nothing left behind between tests. */
export function useNock(): void {
	beforeEach(() => nock.disableNetConnect());
	afterEach(() => {
		nock.cleanAll();
		nock.enableNetConnect();
	});
}

/** Resolves with the rejection, failing the test if the promise resolved. */
export async function rejection(
	promise: Promise<unknown>,
): Promise<OncError & Partial<OncValidationError>> {
	try {
		await promise;
	} catch (error) {
		return error as OncError;
	}
	throw new Error('expected the call to fail, but it succeeded');
}

/** A connection failure as Node reports it (nock needs an Error instance to fail the request). */
export function netError(code: string): Error {
	return Object.assign(new Error(`${code} (simulated)`), { code });
}
