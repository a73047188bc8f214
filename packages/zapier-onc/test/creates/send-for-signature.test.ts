// Send Documents for Signature: create, signers and prepare in one step; a later failure names the session.
import nock from 'nock';
import { authed, loadApp, ONC } from '../helpers/app';
import { useNock } from '../helpers/use-nock';

const { run, zapier } = loadApp({ ONC_BASE_URL: ONC });
const FILES = 'https://files.example.test';
const perform = 'creates.send_for_signature.operation.perform';
const input = {
	session_type: 'notary',
	files: [`${FILES}/contract.pdf`],
	contact_type: 'self',
	share_room: 'no',
	first_name: 'Ada',
	last_name: 'Lovelace',
	email: 'ada@example.test',
	redirect_uri: 'https://hooks.example.test/catch/1/',
	business_pay: 'no',
};
const created = { title: 'Contract', created_by: '42', notary_id: 'sess-9', status: 'active' };

useNock();

describe('send_for_signature', () => {
	it('creates, adds the signers and prepares with the session id in the redirect URL', async () => {
		const files = nock(FILES).get('/contract.pdf').reply(200, '%PDF-1.4 c');
		const onc = nock(ONC)
			.post('/api/create-notary-session')
			.reply(200, created)
			.post(
				'/api/update-notary-signers',
				(b) => b.notary_id === 'sess-9' && b.contact_type === 'self',
			)
			.reply(200, { notary_id: 'sess-9', status: 'pending' })
			.post('/api/prepare-notary-session', {
				notary_id: 'sess-9',
				redirect_uri: 'https://hooks.example.test/catch/1/?onc_session_id=sess-9',
				business_pay: 'false',
			})
			.reply(200, {
				success: 'true',
				session_link: `${ONC}/notary/client-join/sess-9`,
				passcode: 'Pq9xYz',
			});

		const result = await run(perform, authed(input));

		expect(result).toEqual({
			session_id: 'sess-9',
			title: 'Contract',
			status: 'active',
			session_link: `${ONC}/notary/client-join/sess-9`,
			passcode: 'Pq9xYz',
		});
		files.done();
		onc.done();
	});

	it('names the created session when adding the signers fails', async () => {
		const files = nock(FILES).get('/contract.pdf').reply(200, '%PDF-1.4 c');
		const onc = nock(ONC)
			.post('/api/create-notary-session')
			.reply(200, created)
			.post('/api/update-notary-signers')
			.reply(400, { error: 'X000', error_description: 'phone is missing' });

		const failure = run(perform, authed(input));

		await expect(failure).rejects.toBeInstanceOf(zapier.errors.HaltedError);
		await expect(failure).rejects.toThrow(
			/^The session was created \(Session ID sess-9\) but adding the signers failed[^]*X000: phone is missing/,
		);
		files.done();
		onc.done();
	});

	it('names the created session, without asking for a retry, when ONC throttles a later call', async () => {
		const files = nock(FILES).get('/contract.pdf').reply(200, '%PDF-1.4 c');
		const onc = nock(ONC)
			.post('/api/create-notary-session')
			.reply(200, created)
			.post('/api/update-notary-signers')
			.reply(200, { notary_id: 'sess-9', status: 'pending' })
			.post('/api/prepare-notary-session')
			.reply(429, { error: 'rate_limited' }, { 'Retry-After': '3600' });

		const err = await run(perform, authed(input)).catch((e: Error) => e);

		expect(err.name).toBe('AppError');
		expect(JSON.parse(err.message).message).toMatch(
			/^The session was created \(Session ID sess-9\) but preparing the session failed/,
		);
		files.done();
		onc.done();
	});

	it('checks the signers before creating anything', async () => {
		const failure = run(perform, authed({ ...input, email: 'not-an-email' }));

		await expect(failure).rejects.toBeInstanceOf(zapier.errors.HaltedError);
		await expect(failure).rejects.toThrow(/"Email" must be an email address/);
	});

	it('checks the redirect URL before creating anything', async () => {
		const failure = run(perform, authed({ ...input, redirect_uri: 'catch hook' }));

		await expect(failure).rejects.toThrow(/"Redirect URL" must be a full web address/);
	});

	it('refuses before creating anything a redirect URL that preparing would refuse', async () => {
		const failure = run(perform, authed({ ...input, redirect_uri: 'https://hooks example.test/' }));

		await expect(failure).rejects.toBeInstanceOf(zapier.errors.HaltedError);
		await expect(failure).rejects.toThrow(/"Redirect URL" must be a full web address/);
	});
});
