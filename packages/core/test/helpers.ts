// Shared test setup: a clock whose waits take no time, scripted transports, and nock hygiene.
import nock from 'nock';
import { Readable } from 'node:stream';
import { AxiosTransport, OncClient, TransportError } from '../src';
import { BASE, TOKEN } from './fixtures';
export { BASE, TOKEN, pdf, rejection } from './fixtures';
import type { Clock, OncClientOptions, OncCredentials, Transport, TransportRequest } from '../src';

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

/** Requests of the current test that no nock scope expected. */
export const unmatched: string[] = [];

/**
 * No real network, and nothing left behind between tests. Jest shares Node's
 * http module between the test files of a worker, so nock's interception is
 * also undone after the file: left active, it would buffer the uploads of a
 * later file's real-server tests.
 */
export function useNock(): void {
	const noMatch = (req: { method?: string; path?: string }) =>
		unmatched.push(`${req.method} ${req.path}`);
	beforeAll(() => {
		if (!nock.isActive()) nock.activate();
	});
	beforeEach(() => {
		unmatched.length = 0;
		nock.emitter.on('no match', noMatch);
		nock.disableNetConnect();
	});
	afterEach(() => {
		nock.emitter.removeListener('no match', noMatch);
		nock.cleanAll();
		nock.enableNetConnect();
	});
	afterAll(() => nock.restore());
}

/**
 * A transport that follows a script: a Node error code fails that call as
 * if the connection broke, null (or the script's end) sends it through
 * axios to nock.
 * nock's own replyWithError is not used: its deferred socket error crashes
 * the test process at random. A streamed body is read a little before the
 * failure, as a real upload would have been, unless `readBody` is false.
 */
export function failingTransport(
	script: (string | null)[],
	readBody = true,
): Transport & { calls: number } {
	const real = new AxiosTransport();
	const transport = {
		calls: 0,
		async request(req: TransportRequest) {
			transport.calls += 1;
			const code = script.shift();
			if (!code) return real.request(req);
			if (readBody && req.body instanceof Readable) {
				for await (const chunk of req.body) if (chunk) break;
			}
			throw new TransportError(`${code} (simulated)`, code);
		},
	};
	return transport;
}
