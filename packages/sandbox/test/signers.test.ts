// The add-signers checks: every wrong or missing field answers X000 naming it.
import { createSession, Kind, makePdf, postJson, SIGNERS, useSandbox } from './helpers';

async function created(sb: ReturnType<ReturnType<typeof useSandbox>>, kind: Kind): Promise<string> {
	const res = await createSession(sb, kind, [{ name: 'a.pdf', data: await makePdf() }]);
	return ((await res.json()) as { notary_id: string }).notary_id;
}

describe('readSigners through updateSigners', () => {
	const sandbox = useSandbox();

	it.each<[string, Record<string, unknown>]>([
		['notary_id', { notary_id: undefined }],
		['contact_type', { contact_type: 'boss' }],
		['share_room', { share_room: 'yes' }],
		['share_room', { share_room: undefined }],
		['first_name', { first_name: '' }],
		['last_name', { last_name: undefined }],
		['email', { email: 'not-an-email' }],
		['other_signers', { other_signers: 'Alan' }],
		['other_signers[0].email', { other_signers: [{ first_name: 'A', last_name: 'B' }] }],
	])('answers X000 naming "%s" when it is wrong or missing', async (field, change) => {
		const id = await created(sandbox(), 'notary');

		const res = await postJson(sandbox(), '/api/update-notary-signers', {
			notary_id: id,
			...SIGNERS,
			...change,
		});

		expect(res.status).toBe(400);
		const body = (await res.json()) as { error: string; error_description: string };
		expect(body.error).toBe('X000');
		expect(body.error_description).toContain(`"${field}"`);
	});

	it('reads a numeric share_room as the string flag the vendor shows', async () => {
		const id = await created(sandbox(), 'esign');

		await postJson(sandbox(), '/api/update-esign-signers', {
			notary_id: id,
			...SIGNERS,
			share_room: 1,
		});

		const stored = (await (
			await fetch(`${sandbox().baseUrl}/sandbox/sessions/${id}`)
		).json()) as Record<string, unknown>;
		expect(stored.share_room).toBe('1');
	});

	it('does not find a notary session through the e-sign path', async () => {
		const id = await created(sandbox(), 'notary');

		const res = await postJson(sandbox(), '/api/update-esign-signers', {
			notary_id: id,
			...SIGNERS,
		});

		expect(res.status).toBe(404);
	});
});
