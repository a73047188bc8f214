// Control endpoints: completing a session, reading it as stored, and the outbox as JSON and a page.
import { createSession, makePdf, postJson, preparedSession, SIGNERS, useSandbox } from './helpers';

describe('control endpoints (completeSession, signOne, showSession, listOutbox, outboxPage, homePage)', () => {
	const sandbox = useSandbox();

	function complete(id: string) {
		return fetch(`${sandbox().baseUrl}/sandbox/sessions/${id}/complete`, { method: 'POST' });
	}

	it('signs as every signer and finishes the session', async () => {
		const { id } = await preparedSession(sandbox(), 'notary', 'https://example.test/done');

		const res = await complete(id);

		const body = (await res.json()) as {
			status: string;
			signers: { signedAt: string | null }[];
			files: { stamped: boolean }[];
		};
		expect(res.status).toBe(200);
		expect(body.status).toBe('finished');
		expect(body.signers.every((s) => typeof s.signedAt === 'string')).toBe(true);
		expect(body.files).toEqual([
			expect.objectContaining({ fileName: 'contract.pdf', stamped: true }),
		]);
	});

	it('signs as one signer chosen by email, finishing on the last', async () => {
		const { id } = await preparedSession(sandbox(), 'notary');
		const sign = (email: string) =>
			fetch(`${sandbox().baseUrl}/sandbox/sessions/${id}/sign`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify({ email }),
			});

		const first = (await (await sign('ADA@example.test')).json()) as { status: string };
		const stranger = await sign('eve@example.test');
		const last = (await (await sign('alan@example.test')).json()) as { status: string };

		expect(first.status).toBe('prepared');
		expect(stranger.status).toBe(400);
		expect(last.status).toBe('finished');
	});

	it('answers the same finished session when completed twice', async () => {
		const { id } = await preparedSession(sandbox(), 'esign');
		await complete(id);

		const res = await complete(id);

		expect(res.status).toBe(200);
		expect(((await res.json()) as { status: string }).status).toBe('finished');
	});

	it('refuses to complete a session that was not prepared', async () => {
		const created = await createSession(sandbox(), 'esign', [
			{ name: 'a.pdf', data: await makePdf() },
		]);
		const id = ((await created.json()) as { notary_id: string }).notary_id;
		await postJson(sandbox(), '/api/update-esign-signers', { notary_id: id, ...SIGNERS });

		const res = await complete(id);

		expect(res.status).toBe(400);
		expect(((await res.json()) as { error_description: string }).error_description).toMatch(
			/prepare/,
		);
	});

	it('answers 404 for an unknown session', async () => {
		expect((await complete('missing')).status).toBe(404);
		expect((await fetch(`${sandbox().baseUrl}/sandbox/sessions/missing`)).status).toBe(404);
	});

	it('shows the session as stored, with files, signers and prepare fields', async () => {
		const { id, passcode } = await preparedSession(sandbox(), 'esign', 'https://example.test/r');

		const stored = (await (
			await fetch(`${sandbox().baseUrl}/sandbox/sessions/${id}`)
		).json()) as Record<string, unknown>;

		expect(stored).toMatchObject({
			id,
			kind: 'esign',
			status: 'prepared',
			contact_type: 'self',
			share_room: '0',
			passcode,
			prepare: { redirect_uri: 'https://example.test/r', business_pay: null },
			files: [{ fileName: 'contract.pdf', size: expect.any(Number) }],
			signers: [
				expect.objectContaining({ email: 'ada@example.test', main: true, signedAt: null }),
				expect.objectContaining({ email: 'alan@example.test', main: false, signedAt: null }),
			],
		});
	});

	it('filters the outbox by session and shows it as a page', async () => {
		const first = await preparedSession(sandbox(), 'notary');
		await preparedSession(sandbox(), 'esign');

		const messages = (await (
			await fetch(`${sandbox().baseUrl}/sandbox/outbox?sessionId=${first.id}`)
		).json()) as { passcode: string }[];
		const html = await (await fetch(`${sandbox().baseUrl}/sandbox/outbox.html`)).text();

		expect(messages).toHaveLength(2);
		expect(messages.every((m) => m.passcode === first.passcode)).toBe(true);
		expect(html).toContain(first.sessionLink);
		expect(html).toContain('ada@example.test');
	});

	it('lists the sessions with their links on the home page', async () => {
		const { id, sessionLink } = await preparedSession(sandbox(), 'esign');

		const html = await (await fetch(`${sandbox().baseUrl}/`)).text();

		expect(html).toContain(id);
		expect(`${sandbox().baseUrl}${/href="(\/esign\/client-join\/[^"]+)"/.exec(html)?.[1]}`).toBe(
			sessionLink,
		);
	});
});
