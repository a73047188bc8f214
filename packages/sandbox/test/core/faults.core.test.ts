// @onc/core against sandbox faults: what it repeats, what it never repeats, and how each failure reads.
import { OncNetworkError, OncRateLimitError, OncServerError, OncTimeoutError } from '@onc/core';
import { makePdf, useSandbox } from '../helpers';
import { addFault, clientFor, control, PEOPLE, sessionCount } from './client';

describe('OncClient under sandbox faults', () => {
	const sandbox = useSandbox();

	async function finishedSession(): Promise<string> {
		const sent = await clientFor(sandbox()).sendForSigning(
			'notary',
			[{ fileName: 'a.pdf', data: await makePdf() }],
			PEOPLE,
		);
		await control(sandbox(), 'POST', `/sandbox/sessions/${sent.sessionId}/complete`);
		return sent.sessionId;
	}

	async function faultsLeft(): Promise<unknown[]> {
		return (await control(sandbox(), 'GET', '/sandbox/faults')) as unknown[];
	}

	it('waits out a 429 with Retry-After on download and then succeeds', async () => {
		const id = await finishedSession();
		await addFault(sandbox(), {
			path: `/api/download-notarized-files/${id}`,
			kind: 'status',
			status: 429,
			retryAfter: 1,
		});
		const started = Date.now();

		const download = await clientFor(sandbox()).downloadFiles(id);

		expect(download.data.subarray(0, 2).toString()).toBe('PK');
		expect(Date.now() - started).toBeGreaterThanOrEqual(950);
		expect(await faultsLeft()).toEqual([]);
	});

	it('raises OncRateLimitError with the wait when 429 outlasts the attempts', async () => {
		await addFault(sandbox(), {
			path: '/api/download-notarized-files/*',
			kind: 'status',
			status: 429,
			retryAfter: 0,
			times: 10,
		});

		const attempt = clientFor(sandbox(), {
			retry: { maxAttempts: 2, baseDelayMs: 5 },
		}).downloadFiles('any-id');

		await expect(attempt).rejects.toMatchObject({
			constructor: OncRateLimitError,
			status: 429,
			retryAfterMs: 0,
		});
	});

	it('does not repeat create after a 503, so no session is made behind the error', async () => {
		await addFault(sandbox(), {
			path: '/api/create-notary-session',
			kind: 'status',
			status: 503,
			times: 1,
		});

		const attempt = clientFor(sandbox()).createSession('notary', [
			{ fileName: 'a.pdf', data: await makePdf() },
		]);

		await expect(attempt).rejects.toMatchObject({ constructor: OncServerError, status: 503 });
		expect(await sessionCount(sandbox())).toBe(0);
	});

	it('reads a 503 answered in the middle of a large upload as a server error', async () => {
		await addFault(sandbox(), { path: '/api/create-esign-session', kind: 'status', status: 503 });
		const big = Buffer.concat([await makePdf(), Buffer.alloc(8 * 1024 * 1024)]);

		const attempt = clientFor(sandbox()).createSession('esign', [
			{ fileName: 'big.pdf', data: big },
		]);

		await expect(attempt).rejects.toMatchObject({ constructor: OncServerError, status: 503 });
		expect(await sessionCount(sandbox())).toBe(0);
	});

	it('does not repeat prepare after a dropped connection, so signers are notified at most once', async () => {
		const client = clientFor(sandbox());
		const created = await client.createSession('esign', [
			{ fileName: 'a.pdf', data: await makePdf() },
		]);
		await client.addSigners('esign', created.sessionId, PEOPLE);
		await addFault(sandbox(), { path: '/api/prepare-esign-session', kind: 'drop', times: 1 });

		const attempt = client.prepareSession('esign', created.sessionId, {});

		await expect(attempt).rejects.toBeInstanceOf(OncNetworkError);
		expect(await control(sandbox(), 'GET', '/sandbox/outbox')).toEqual([]);
	});

	it('does not repeat a create whose answer was lost, so exactly one session exists', async () => {
		await addFault(sandbox(), { path: '/api/create-notary-session', kind: 'drop', when: 'after' });

		const attempt = clientFor(sandbox()).createSession('notary', [
			{ fileName: 'a.pdf', data: await makePdf() },
		]);

		await expect(attempt).rejects.toBeInstanceOf(OncNetworkError);
		expect(await sessionCount(sandbox())).toBe(1);
	});

	it('repeats a download whose connection was dropped', async () => {
		const id = await finishedSession();
		await addFault(sandbox(), { path: '/api/download-notarized-files/*', kind: 'drop', times: 2 });

		const download = await clientFor(sandbox()).downloadFiles(id);

		expect(download.data.length).toBeGreaterThan(100);
		expect(await faultsLeft()).toEqual([]);
	});

	it('times out on a slow answer with a short client timeout, then succeeds on the repeat', async () => {
		const id = await finishedSession();
		await addFault(sandbox(), {
			path: '/api/download-notarized-files/*',
			kind: 'latency',
			delayMs: 600,
		});

		const download = await clientFor(sandbox(), { timeoutMs: 150 }).downloadFiles(id);

		expect(download.data.length).toBeGreaterThan(100);
	});

	it('raises OncTimeoutError when every attempt is too slow', async () => {
		await addFault(sandbox(), {
			path: '/api/download-notarized-files/*',
			kind: 'latency',
			delayMs: 400,
			times: 5,
		});

		const attempt = clientFor(sandbox(), {
			timeoutMs: 100,
			retry: { maxAttempts: 2, baseDelayMs: 5 },
		}).downloadFiles('any-id');

		await expect(attempt).rejects.toBeInstanceOf(OncTimeoutError);
	});
});
