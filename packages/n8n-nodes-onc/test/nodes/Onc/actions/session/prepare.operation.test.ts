// The prepare operation: redirect with the session id, business_pay for notary only, no blind repeat.
import nock from 'nock';

import { HOST, useNock } from '../../../../support/nockSetup';
import { params, runNode } from '../../../../support/runNode';

const prepared = {
	success: 'true',
	session_link: `${HOST}/notary/client-join/sess-1`,
	passcode: 'HyufXF',
};

describe('prepare.execute', () => {
	useNock();

	it('adds onc_session_id to the redirect and sends business_pay for a notary session', async () => {
		const scope = nock(HOST)
			.post('/api/prepare-notary-session', {
				notary_id: 'sess-1',
				redirect_uri: 'https://n8n.example.test/webhook/done?from=crm&onc_session_id=sess-1',
				business_pay: 'true',
			})
			.reply(200, prepared);

		const { output } = await runNode({
			params: params('prepare', {
				sessionId: 'sess-1',
				redirectUri: 'https://n8n.example.test/webhook/done?from=crm',
				businessPay: true,
			}),
		});

		expect(output[0].json).toEqual({ sessionId: 'sess-1', ...prepared });
		scope.done();
	});

	it('leaves business_pay out of an e-sign session', async () => {
		let body: Record<string, unknown> = {};
		const scope = nock(HOST)
			.post('/api/prepare-esign-session', (b: Record<string, unknown>) => ((body = b), true))
			.reply(200, prepared);

		await runNode({
			params: params(
				'prepare',
				{ sessionId: 'sess-1', redirectUri: '', businessPay: true },
				'esignSession',
			),
		});

		expect(body).not.toHaveProperty('business_pay');
		expect(body).toMatchObject({ notary_id: 'sess-1' });
		scope.done();
	});

	it('does not repeat a prepare that failed on the service side, as signers may have been emailed', async () => {
		const scope = nock(HOST).post('/api/prepare-notary-session').reply(500, { error: 'boom' });

		const run = runNode({ params: params('prepare', { sessionId: 'sess-1' }) });

		await expect(run).rejects.toThrow('Online Notary Center may already have emailed the signers');
		scope.done();
		expect(nock.pendingMocks()).toEqual([]);
	});

	it('refuses a redirect that is not a web address, naming the field', async () => {
		const run = runNode({
			params: params('prepare', { sessionId: 'sess-1', redirectUri: 'not a url' }),
		});

		await expect(run).rejects.toThrow('Invalid value in Redirect URI');
	});
});
