// Prepare Session: redirect URL carries the session id, business_pay for notary only, no blind repeat.
import nock from 'nock';
import { authed, loadApp, ONC } from '../helpers/app';
import { useNock } from '../helpers/use-nock';

const { run, zapier } = loadApp({ ONC_BASE_URL: ONC });
const perform = 'creates.prepare_session.operation.perform';
const prepared = {
	success: 'true',
	session_link: `${ONC}/notary/client-join/sess-1`,
	passcode: 'HyufXF',
};

useNock();

describe('prepare_session', () => {
	it('adds the session id to the redirect URL and sends business_pay for notary', async () => {
		const scope = nock(ONC)
			.post('/api/prepare-notary-session', {
				notary_id: 'sess-1',
				redirect_uri: 'https://hooks.example.test/catch/1/?src=onc&onc_session_id=sess-1',
				business_pay: 'true',
			})
			.reply(200, prepared);

		const result = await run(
			perform,
			authed({
				session_type: 'notary',
				session_id: 'sess-1',
				redirect_uri: 'https://hooks.example.test/catch/1/?src=onc',
				business_pay: 'yes',
			}),
		);

		expect(result).toEqual({
			session_id: 'sess-1',
			session_link: `${ONC}/notary/client-join/sess-1`,
			passcode: 'HyufXF',
		});
		scope.done();
	});

	it('leaves business_pay out for e-sign sessions', async () => {
		const scope = nock(ONC)
			.post(
				'/api/prepare-esign-session',
				(body) => !('business_pay' in body) && body.notary_id === 'sess-2',
			)
			.reply(200, { ...prepared, session_link: `${ONC}/esign/client-join/sess-2` });

		const result = await run(
			perform,
			authed({ session_type: 'esign', session_id: 'sess-2', business_pay: true }),
		);

		expect(result.session_link).toBe(`${ONC}/esign/client-join/sess-2`);
		scope.done();
	});

	it('does not repeat a failed prepare and warns the signers may have been emailed', async () => {
		const scope = nock(ONC)
			.post('/api/prepare-notary-session')
			.reply(502, { error: 'bad_gateway', error_description: 'upstream mailer timed out' });

		const err = await run(perform, authed({ session_type: 'notary', session_id: 'sess-1' })).catch(
			(e: Error) => e,
		);

		expect(err.name).toBe('AppError');
		const { message, status } = JSON.parse(err.message);
		expect(status).toBe(502);
		expect(message).toMatch(/upstream mailer timed out[^]*may already have emailed the signers/);
		scope.done();
	});

	it('halts on a redirect URL that is not a web address', async () => {
		const failure = run(
			perform,
			authed({ session_type: 'notary', session_id: 'sess-1', redirect_uri: 'hooks/catch/1' }),
		);

		await expect(failure).rejects.toBeInstanceOf(zapier.errors.HaltedError);
	});
});
