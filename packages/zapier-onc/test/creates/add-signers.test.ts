// Add Signers: the exact JSON ONC expects, line-item signers, input checks before any request.
import nock from 'nock';
import { authed, loadApp, ONC } from '../helpers/app';
import { useNock } from '../helpers/use-nock';

const { run, zapier } = loadApp({ ONC_BASE_URL: ONC });
const perform = 'creates.add_signers.operation.perform';
const input = {
	session_type: 'esign',
	session_id: 'sess-1',
	contact_type: 'other',
	share_room: 'false',
	first_name: 'Ada',
	last_name: 'Lovelace',
	email: 'ada@example.test',
	phone: '+1 555 0100',
};

useNock();

describe('add_signers', () => {
	it('sends the main signer and the other signers as ONC names them', async () => {
		const scope = nock(ONC)
			.post('/api/update-esign-signers', {
				notary_id: 'sess-1',
				contact_type: 'other',
				share_room: '1',
				first_name: 'Ada',
				last_name: 'Lovelace',
				email: 'ada@example.test',
				phone: '+1 555 0100',
				other_signers: [
					{ first_name: 'Charles', last_name: 'Babbage', email: 'cb@example.test', phone: '' },
				],
			})
			.matchHeader('authorization', 'Bearer access-1')
			.reply(200, { notary_id: 'sess-1', type: 'notary', status: 'pending' });

		const result = await run(
			perform,
			authed({
				...input,
				share_room: true,
				other_signers: [
					{
						other_first_name: 'Charles',
						other_last_name: 'Babbage',
						other_email: 'cb@example.test',
					},
					{ other_first_name: '', other_last_name: '', other_email: '' },
				],
			}),
		);

		expect(result).toEqual({ session_id: 'sess-1', status: 'pending' });
		scope.done();
	});

	it('halts before any request when an email is not an email', async () => {
		const failure = run(perform, authed({ ...input, email: 'ada at example' }));

		await expect(failure).rejects.toBeInstanceOf(zapier.errors.HaltedError);
		await expect(failure).rejects.toThrow(/^"Email" must be an email address/);
	});

	it('names the row of another signer that is incomplete', async () => {
		const failure = run(
			perform,
			authed({
				...input,
				other_signers: [{ other_first_name: 'Charles', other_email: 'cb@example.test' }],
			}),
		);

		await expect(failure).rejects.toThrow(/^"Other Signers \(row 1\): Last Name" is missing/);
	});

	it('halts on a session type that is not in the list', async () => {
		const failure = run(perform, authed({ ...input, session_type: 'video' }));

		await expect(failure).rejects.toThrow(/"Session Type" must be "notary" or "esign"/);
	});

	it('halts when ONC knows no such session', async () => {
		const scope = nock(ONC)
			.post('/api/update-esign-signers')
			.reply(404, { error: 'not_found', error_description: 'No session sess-1' });

		const failure = run(perform, authed(input));

		await expect(failure).rejects.toBeInstanceOf(zapier.errors.HaltedError);
		await expect(failure).rejects.toThrow(/No session sess-1[^]*Check the "Session ID" field/);
		scope.done();
	});

	it('asks Zapier to refresh a stale token', async () => {
		const scope = nock(ONC)
			.post('/api/update-esign-signers')
			.reply(401, { error: 'invalid_token' });

		const failure = run(perform, authed(input));

		await expect(failure).rejects.toBeInstanceOf(zapier.errors.RefreshAuthError);
		scope.done();
	});
});
