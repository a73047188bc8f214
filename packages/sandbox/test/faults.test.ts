// Faults on demand: latency, status answers with Retry-After, dropped connections, counted and cleared.
import { bearer, createSession, makePdf, useSandbox } from './helpers';
import type { Sandbox } from '../src';

function addFault(sb: Sandbox, fault: Record<string, unknown>) {
	return fetch(`${sb.baseUrl}/sandbox/faults`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify(fault),
	});
}

function download(sb: Sandbox, id = 'x') {
	return fetch(`${sb.baseUrl}/api/download-notarized-files/${id}`, { headers: bearer(sb) });
}

describe('Faults and playFault', () => {
	const sandbox = useSandbox();

	it('answers 429 with Retry-After for the chosen number of times, then normally', async () => {
		await addFault(sandbox(), {
			path: '/api/download-notarized-files/*',
			kind: 'status',
			status: 429,
			retryAfter: 3,
			times: 2,
		});

		const first = await download(sandbox());
		const second = await download(sandbox());
		const third = await download(sandbox());

		expect(first.status).toBe(429);
		expect(first.headers.get('retry-after')).toBe('3');
		expect(((await first.json()) as { error: string }).error).toBe('rate_limited');
		expect(second.status).toBe(429);
		expect(third.status).toBe(404);
	});

	it('answers a chosen status and body on an exact path and method only', async () => {
		await addFault(sandbox(), {
			path: '/api/download-notarized-files/abc',
			method: 'GET',
			kind: 'status',
			status: 503,
			body: 'Service Unavailable',
		});

		const other = await download(sandbox(), 'other');
		const hit = await download(sandbox(), 'abc');

		expect(other.status).toBe(404);
		expect(hit.status).toBe(503);
		expect(await hit.text()).toBe('Service Unavailable');
	});

	it('delays the answer by the chosen latency', async () => {
		await addFault(sandbox(), { path: '/api/*', kind: 'latency', delayMs: 300 });
		const started = Date.now();

		const res = await download(sandbox());

		expect(res.status).toBe(404);
		expect(Date.now() - started).toBeGreaterThanOrEqual(290);
	});

	it('drops the connection without an answer', async () => {
		await addFault(sandbox(), { path: '/api/download-notarized-files/*', kind: 'drop' });

		await expect(download(sandbox())).rejects.toThrow();
		expect((await download(sandbox())).status).toBe(404);
	});

	it('drops the connection after the work is done when asked to, losing only the answer', async () => {
		await addFault(sandbox(), { path: '/api/create-esign-session', kind: 'drop', when: 'after' });

		const attempt = createSession(sandbox(), 'esign', [{ name: 'a.pdf', data: await makePdf() }]);

		await expect(attempt).rejects.toThrow();
		const sessions = (await (
			await fetch(`${sandbox().baseUrl}/sandbox/sessions`)
		).json()) as unknown[];
		expect(sessions).toHaveLength(1);
	});

	it('lists and clears faults', async () => {
		await addFault(sandbox(), { path: '/api/*', kind: 'status', status: 500, times: 5 });

		const listed = (await (await fetch(`${sandbox().baseUrl}/sandbox/faults`)).json()) as unknown[];
		const cleared = await fetch(`${sandbox().baseUrl}/sandbox/faults`, { method: 'DELETE' });

		expect(listed).toEqual([expect.objectContaining({ path: '/api/*', status: 500, times: 5 })]);
		expect(cleared.status).toBe(204);
		expect((await download(sandbox())).status).toBe(404);
	});

	it.each([
		[{ path: 'api', kind: 'drop' }, 'path'],
		[{ path: '/api/*', kind: 'explode' }, 'kind'],
		[{ path: '/api/*', kind: 'status' }, 'status'],
		[{ path: '/api/*', kind: 'latency' }, 'delayMs'],
		[{ path: '/api/*', kind: 'drop', times: 0 }, 'times'],
		[{ path: '/api/*', kind: 'drop', when: 'later' }, 'when'],
	])('refuses a fault %j, naming %s', async (fault, field) => {
		const res = await addFault(sandbox(), fault);

		expect(res.status).toBe(400);
		expect(((await res.json()) as { error_description: string }).error_description).toContain(
			`"${field}"`,
		);
	});
});
