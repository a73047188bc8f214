// The three calls in one: nothing hidden when a later step fails after the session was created.
import nock from 'nock';
import { checkSendInput, OncNetworkError, OncValidationError } from '../src';
import { BASE, makeClient, failingTransport, pdf, rejection, unmatched, useNock } from './helpers';

useNock();

const signers = {
	contactType: 'other' as const,
	shareRoom: false,
	signer: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com' },
};

describe('sendForSigning', () => {
	it('creates, adds signers and prepares, returning the id, link and passcode', async () => {
		const { client } = makeClient();
		const scope = nock(BASE)
			.post('/api/create-notary-session')
			.reply(200, { notary_id: 'n-1', status: 'active' })
			.post(
				'/api/update-notary-signers',
				(body) => body.notary_id === 'n-1' && body.email === 'ada@example.com',
			)
			.reply(200, { notary_id: 'n-1', status: 'pending' })
			.post('/api/prepare-notary-session', {
				notary_id: 'n-1',
				redirect_uri: 'https://app.example.test/done',
				business_pay: 'false',
			})
			.reply(200, {
				success: 'true',
				session_link: `${BASE}/notary/client-join/n-1`,
				passcode: 'HyufXF',
			});

		const sent = await client.sendForSigning(
			'notary',
			[{ fileName: 'a.pdf', data: pdf() }],
			signers,
			{
				redirectUri: 'https://app.example.test/done',
				businessPay: false,
			},
		);

		scope.done();
		expect(sent).toEqual({
			sessionId: 'n-1',
			sessionLink: `${BASE}/notary/client-join/n-1`,
			passcode: 'HyufXF',
		});
	});

	it('names the created session when adding signers fails', async () => {
		const { client } = makeClient();
		const scope = nock(BASE)
			.post('/api/create-esign-session')
			.reply(200, { notary_id: 'e-7' })
			.post('/api/update-esign-signers')
			.reply(400, { error: 'X000', error_description: 'email is missing' });

		const error = await rejection(
			client.sendForSigning('esign', [{ fileName: 'a.pdf', data: pdf() }], signers),
		);

		scope.done();
		expect(error).toBeInstanceOf(OncValidationError);
		expect(error.sessionId).toBe('e-7');
		expect(error.message).toMatch(
			/email is missing.*The session e-7 was created in ONC but not sent to its signers/,
		);
	});

	it('names the created session and does not repeat prepare when its connection breaks', async () => {
		const transport = failingTransport([null, null, 'ECONNRESET']);
		const { client } = makeClient({ transport });
		const scope = nock(BASE)
			.post('/api/create-esign-session')
			.reply(200, { notary_id: 'e-8' })
			.post('/api/update-esign-signers')
			.reply(200, { notary_id: 'e-8', status: 'pending' });

		const error = await rejection(
			client.sendForSigning('esign', [{ fileName: 'a.pdf', data: pdf() }], signers),
		);

		scope.done();
		expect(transport.calls).toBe(3);
		expect(error).toBeInstanceOf(OncNetworkError);
		expect(error.sessionId).toBe('e-8');
		expect(error.message).toMatch(
			/The session e-8 was created in ONC, but its signers may already/,
		);
		expect(error.message).not.toMatch(/not sent to its signers/);
	});

	it.each([
		[400, 'was created in ONC but not sent to its signers'],
		[503, 'was created in ONC, but its signers may already have been emailed'],
	])(
		'names the session after prepare answered %i, and whether signers may have been emailed',
		async (status, said) => {
			const { client } = makeClient();
			const scope = nock(BASE)
				.post('/api/create-esign-session')
				.reply(200, { notary_id: 'e-9' })
				.post('/api/update-esign-signers')
				.reply(200, { notary_id: 'e-9', status: 'pending' })
				.post('/api/prepare-esign-session')
				.reply(status, { error: 'X000', error_description: 'redirect_uri is missing' });

			const error = await rejection(
				client.sendForSigning('esign', [{ fileName: 'a.pdf', data: pdf() }], signers),
			);

			scope.done();
			expect(error.sessionId).toBe('e-9');
			expect(error.message).toContain(`The session e-9 ${said}`);
		},
	);
});

describe('checkSendInput', () => {
	const refusal = (act: () => void): OncValidationError => {
		try {
			act();
		} catch (error) {
			return error as OncValidationError;
		}
		throw new Error('expected checkSendInput to refuse the input');
	};

	it('accepts what sendForSigning would send', () => {
		expect(() =>
			checkSendInput('notary', signers, { redirectUri: 'https://app.example.test/done' }),
		).not.toThrow();
	});

	it('refuses an email that add signers would refuse, naming its field', () => {
		const bad = { ...signers, signer: { ...signers.signer, email: 'ada@example.com.' } };

		const error = refusal(() => checkSendInput('esign', bad));

		expect(error).toBeInstanceOf(OncValidationError);
		expect(error.field).toBe('signer.email');
	});

	it('refuses a redirect address that prepare would refuse, naming its field', () => {
		const error = refusal(() =>
			checkSendInput('esign', signers, { redirectUri: 'https://exa mple.test/done' }),
		);

		expect(error).toBeInstanceOf(OncValidationError);
		expect(error.field).toBe('redirectUri');
	});

	it('refuses an unknown kind of session', () => {
		const error = refusal(() => checkSendInput('video' as never, signers));

		expect(error.field).toBe('kind');
	});

	it('is what sendForSigning checks before it creates a session', async () => {
		const { client } = makeClient();

		const error = await rejection(
			client.sendForSigning('esign', [{ fileName: 'a.pdf', data: pdf() }], signers, {
				redirectUri: 'https://exa mple.test/done',
			}),
		);

		expect(error.field).toBe('redirectUri');
		expect(unmatched).toEqual([]);
	});
});
