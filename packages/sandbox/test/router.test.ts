// Requests that fit no contract: unknown paths, wrong methods, bad JSON and content types.
import { useSandbox } from './helpers';
import { rawRequest } from './raw';

describe('route', () => {
	const sandbox = useSandbox();

	it('answers 404 not_found for an unknown endpoint', async () => {
		const res = await fetch(`${sandbox().baseUrl}/api/createEsignSession`, { method: 'POST' });

		expect(res.status).toBe(404);
		expect(((await res.json()) as { error: string }).error).toBe('not_found');
	});

	it('answers 405 with Allow for a known endpoint and the wrong method', async () => {
		const res = await fetch(`${sandbox().baseUrl}/api/download-notarized-files/abc`, {
			method: 'POST',
		});

		expect(res.status).toBe(405);
		expect(res.headers.get('allow')).toBe('GET');
	});

	it('answers X000 for malformed JSON, a JSON array and a form body', async () => {
		const send = (body: string, type: string) =>
			rawRequest(sandbox().baseUrl, {
				method: 'POST',
				path: '/api/update-notary-signers',
				headers: { Authorization: `Bearer ${sandbox().token}`, 'Content-Type': type },
				body,
			});

		const answers = await Promise.all([
			send('{"notary_id":', 'application/json'),
			send('[1]', 'application/json'),
			send('notary_id=1', 'application/x-www-form-urlencoded'),
		]);

		expect(answers.map((a) => a.status)).toEqual([400, 400, 400]);
		expect(answers.map((a) => JSON.parse(a.body).error_description)).toEqual([
			expect.stringContaining('not valid JSON'),
			expect.stringContaining('JSON object'),
			expect.stringContaining('Content-Type: application/json'),
		]);
	});

	it('answers 413 for a JSON body far too large', async () => {
		const res = await rawRequest(sandbox().baseUrl, {
			method: 'POST',
			path: '/api/prepare-esign-session',
			headers: { Authorization: `Bearer ${sandbox().token}`, 'Content-Type': 'application/json' },
			body: JSON.stringify({ notary_id: 'x'.repeat(400 * 1024) }),
		});

		expect(res.status).toBe(413);
	});

	it('answers 404 for a path with broken percent-encoding', async () => {
		const res = await rawRequest(sandbox().baseUrl, {
			method: 'GET',
			path: '/sandbox/sessions/%E0%A4%A',
		});

		expect(res.status).toBe(404);
	});
});
