// The send operation: create, add signers and prepare in a row; nothing hidden when a later step fails.
import nock from 'nock';

import { pdfItem, samplePdf } from '../../../../support/fakeContext';
import { HOST, useNock } from '../../../../support/nockSetup';
import { params, runNode, signer } from '../../../../support/runNode';

const sendParams = (extra: Record<string, unknown> = {}) =>
	params('send', {
		binaryPropertyNames: 'data',
		contactType: 'self',
		shareRoom: false,
		...signer,
		redirectUri: 'https://n8n.example.test/webhook/onc',
		businessPay: false,
		...extra,
	});

describe('send.execute', () => {
	useNock();

	it('creates, adds signers and prepares with the new session id in the redirect', async () => {
		const scope = nock(HOST)
			.post('/api/create-notary-session')
			.reply(200, { notary_id: 'sess-7', title: 'T', status: 'active', created_by: '1' })
			.post('/api/update-notary-signers', (b: Record<string, unknown>) => b.notary_id === 'sess-7')
			.reply(200, { notary_id: 'sess-7', status: 'pending' })
			.post('/api/prepare-notary-session', {
				notary_id: 'sess-7',
				redirect_uri: 'https://n8n.example.test/webhook/onc?onc_session_id=sess-7',
				business_pay: 'false',
			})
			.reply(200, {
				success: 'true',
				session_link: `${HOST}/notary/client-join/sess-7`,
				passcode: 'abc123',
			});

		const { output } = await runNode({ params: sendParams(), items: [pdfItem(samplePdf)] });

		expect(output[0].json).toMatchObject({
			sessionId: 'sess-7',
			status: 'pending',
			session_link: `${HOST}/notary/client-join/sess-7`,
			passcode: 'abc123',
		});
		scope.done();
	});

	it('names the created session when adding signers fails', async () => {
		const scope = nock(HOST)
			.post('/api/create-notary-session')
			.reply(200, { notary_id: 'sess-8', status: 'active' })
			.post('/api/update-notary-signers')
			.reply(400, { error: 'X000', error_description: 'email is missing' });

		const run = runNode({ params: sendParams(), items: [pdfItem(samplePdf)] });

		await expect(run).rejects.toThrow('(session sess-8 was created)');
		await expect(run).rejects.toMatchObject({
			httpCode: '400',
			description: expect.stringMatching(/X000: email is missing.*sess-8 was created/),
		});
		scope.done();
	});

	it('checks signers and the redirect before creating anything', async () => {
		const badEmail = runNode({
			params: sendParams({ email: 'nope' }),
			items: [pdfItem(samplePdf)],
		});
		const badRedirect = runNode({
			params: sendParams({ redirectUri: 'ftp://x' }),
			items: [pdfItem(samplePdf)],
		});

		await expect(badEmail).rejects.toThrow('Invalid value in Email');
		await expect(badRedirect).rejects.toThrow('Invalid value in Redirect URI');
	});

	it('refuses before creating anything what adding signers or preparing would refuse', async () => {
		const trailingDot = runNode({
			params: sendParams({ email: 'ada@example.test.' }),
			items: [pdfItem(samplePdf)],
		});
		const unparsable = runNode({
			params: sendParams({ redirectUri: 'https://exa mple.test/done' }),
			items: [pdfItem(samplePdf)],
		});

		await expect(trailingDot).rejects.toMatchObject({
			message: 'Invalid value in Email',
			description: expect.stringMatching(/^Email must be an email address/),
		});
		await expect(unparsable).rejects.toThrow('Invalid value in Redirect URI');
	});
});
