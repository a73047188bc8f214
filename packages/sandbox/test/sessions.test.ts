// The session calls of the contract (create, add signers, prepare) for both kinds, with their checks.
import { createSession, Kind, makePdf, postJson, SIGNERS, useSandbox } from './helpers';

async function created(sb: ReturnType<ReturnType<typeof useSandbox>>, kind: Kind): Promise<string> {
	const res = await createSession(sb, kind, [{ name: 'a.pdf', data: await makePdf() }]);
	return ((await res.json()) as { notary_id: string }).notary_id;
}

describe.each<Kind>(['notary', 'esign'])(
	'createSession, updateSigners and prepareSession for %s',
	(kind) => {
		const sandbox = useSandbox();

		it('answers create with the vendor fields and status active', async () => {
			const res = await createSession(sandbox(), kind, [
				{ name: 'a.pdf', data: await makePdf('one') },
				{ name: 'b.pdf', data: await makePdf('two') },
			]);

			const body = (await res.json()) as Record<string, unknown>;
			expect(res.status).toBe(200);
			expect(Object.keys(body).sort()).toEqual(['created_by', 'notary_id', 'status', 'title']);
			expect(body.status).toBe('active');
			expect(typeof body.title).toBe('string');
			expect(body.notary_id).toMatch(/^[0-9a-f-]{36}$/);
		});

		it('answers add signers with the full session record, strings for flags and status pending', async () => {
			const id = await created(sandbox(), kind);

			const res = await postJson(sandbox(), `/api/update-${kind}-signers`, {
				notary_id: id,
				...SIGNERS,
			});

			const body = (await res.json()) as Record<string, unknown>;
			expect(res.status).toBe(200);
			expect(body).toMatchObject({
				notary_id: id,
				type: kind,
				status: 'pending',
				is_live: '0',
				active: '1',
			});
			expect(body.meeting_date).toBeNull();
			expect(body.date_created).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
			for (const field of [
				'notarial_act',
				'meeting_start',
				'meeting_end',
				'vonage_sess_id',
				'notarized_by',
				'payment_type',
				'loan_signing',
				'notary_ip_address',
				'journal_note',
				'created_by',
				'redirect_uri',
			]) {
				expect(typeof body[field]).toBe('string');
			}
		});

		it('answers prepare with success "true", the session link and a passcode', async () => {
			const id = await created(sandbox(), kind);
			await postJson(sandbox(), `/api/update-${kind}-signers`, { notary_id: id, ...SIGNERS });

			const res = await postJson(sandbox(), `/api/prepare-${kind}-session`, {
				notary_id: id,
				redirect_uri: 'https://example.test/back',
			});

			expect(res.status).toBe(200);
			expect(await res.json()).toEqual({
				success: 'true',
				session_link: `${sandbox().baseUrl}/${kind}/client-join/${id}`,
				passcode: expect.stringMatching(/^[A-Za-z0-9]{6}$/),
			});
		});

		it('refuses prepare before any signer was added, saying what to do first', async () => {
			const id = await created(sandbox(), kind);

			const res = await postJson(sandbox(), `/api/prepare-${kind}-session`, { notary_id: id });

			expect(res.status).toBe(400);
			expect(await res.json()).toEqual({
				error: 'X000',
				error_description: expect.stringContaining(`update-${kind}-signers`),
			});
		});

		it('refuses a second prepare, since it would notify the signers again', async () => {
			const id = await created(sandbox(), kind);
			await postJson(sandbox(), `/api/update-${kind}-signers`, { notary_id: id, ...SIGNERS });
			await postJson(sandbox(), `/api/prepare-${kind}-session`, { notary_id: id });

			const again = await postJson(sandbox(), `/api/prepare-${kind}-session`, { notary_id: id });
			const signers = await postJson(sandbox(), `/api/update-${kind}-signers`, {
				notary_id: id,
				...SIGNERS,
			});

			expect(again.status).toBe(400);
			expect(((await again.json()) as { error_description: string }).error_description).toMatch(
				/already prepared/,
			);
			expect(signers.status).toBe(400);
		});

		it('answers 404 for a session id it does not know', async () => {
			const res = await postJson(sandbox(), `/api/update-${kind}-signers`, {
				notary_id: 'no-such-id',
				...SIGNERS,
			});

			expect(res.status).toBe(404);
			expect(((await res.json()) as { error: string }).error).toBe('not_found');
		});

		it('answers invalid_token 401 without a valid bearer token', async () => {
			const res = await postJson(
				sandbox(),
				`/api/update-${kind}-signers`,
				{ notary_id: 'x' },
				'wrong-token',
			);

			expect(res.status).toBe(401);
			expect(await res.json()).toEqual({
				error: 'invalid_token',
				error_description: 'The access token provided is invalid',
			});
		});
	},
);

describe('prepareSession checks', () => {
	const sandbox = useSandbox();

	async function withSigners(kind: Kind): Promise<string> {
		const id = await created(sandbox(), kind);
		await postJson(sandbox(), `/api/update-${kind}-signers`, { notary_id: id, ...SIGNERS });
		return id;
	}

	it('keeps business_pay and redirect_uri exactly as sent for a notary session', async () => {
		const id = await withSigners('notary');

		await postJson(sandbox(), '/api/prepare-notary-session', {
			notary_id: id,
			business_pay: 'true',
			redirect_uri: 'https://example.test/x?a=1',
		});

		const stored = (await (
			await fetch(`${sandbox().baseUrl}/sandbox/sessions/${id}`)
		).json()) as Record<string, unknown>;
		expect(stored.prepare).toEqual({
			business_pay: 'true',
			redirect_uri: 'https://example.test/x?a=1',
		});
		expect(stored.status).toBe('prepared');
	});

	it('refuses business_pay that is not "true" or "false"', async () => {
		const id = await withSigners('notary');

		const res = await postJson(sandbox(), '/api/prepare-notary-session', {
			notary_id: id,
			business_pay: 'yes',
		});

		expect(res.status).toBe(400);
		expect(((await res.json()) as { error_description: string }).error_description).toContain(
			'"business_pay"',
		);
	});

	it('refuses business_pay on an e-sign session', async () => {
		const id = await withSigners('esign');

		const res = await postJson(sandbox(), '/api/prepare-esign-session', {
			notary_id: id,
			business_pay: 'true',
		});

		expect(res.status).toBe(400);
		expect(((await res.json()) as { error_description: string }).error_description).toContain(
			'"business_pay"',
		);
	});

	it('refuses a redirect_uri that is not a web address', async () => {
		const id = await withSigners('esign');

		const res = await postJson(sandbox(), '/api/prepare-esign-session', {
			notary_id: id,
			redirect_uri: 'javascript:alert(1)',
		});

		expect(res.status).toBe(400);
		expect(((await res.json()) as { error_description: string }).error_description).toContain(
			'"redirect_uri"',
		);
	});

	it('writes one outbox message per signer with the link and passcode', async () => {
		const id = await withSigners('notary');

		const prepared = (await (
			await postJson(sandbox(), '/api/prepare-notary-session', { notary_id: id })
		).json()) as { session_link: string; passcode: string };

		const outbox = (await (await fetch(`${sandbox().baseUrl}/sandbox/outbox`)).json()) as Record<
			string,
			unknown
		>[];
		expect(outbox).toEqual([
			expect.objectContaining({
				to: 'ada@example.test',
				sessionId: id,
				sessionLink: prepared.session_link,
				passcode: prepared.passcode,
			}),
			expect.objectContaining({
				to: 'alan@example.test',
				sessionId: id,
				sessionLink: prepared.session_link,
				passcode: prepared.passcode,
			}),
		]);
	});
});
