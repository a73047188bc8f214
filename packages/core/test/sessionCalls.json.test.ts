// Wire format of add signers and prepare: JSON with notary_id and the vendor's string flags.
import nock from 'nock';
import { BASE, makeClient, TOKEN, useNock } from './helpers';

useNock();

describe('addSigners', () => {
	it('posts the signers as JSON with notary_id and share_room "0"/"1"', async () => {
		const { client } = makeClient();
		const scope = nock(BASE, {
			reqheaders: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
		})
			.post('/api/update-esign-signers', {
				notary_id: 'e-1',
				contact_type: 'other',
				share_room: '1',
				first_name: 'Ada',
				last_name: 'Lovelace',
				email: 'ada@example.com',
				phone: '555 010 9999',
				other_signers: [{ first_name: 'Bo', last_name: 'Li', email: 'bo@example.com', phone: '' }],
			})
			.reply(200, { notary_id: 'e-1', type: 'notary', status: 'pending' });

		const result = await client.addSigners('esign', 'e-1', {
			contactType: 'other',
			shareRoom: true,
			signer: {
				firstName: 'Ada',
				lastName: 'Lovelace',
				email: 'ada@example.com',
				phone: '555 010 9999',
			},
			otherSigners: [{ firstName: 'Bo', lastName: 'Li', email: 'bo@example.com' }],
		});

		scope.done();
		expect(result).toEqual({
			sessionId: 'e-1',
			status: 'pending',
			raw: { notary_id: 'e-1', type: 'notary', status: 'pending' },
		});
	});

	it('sends share_room "0" and an empty other_signers list by default', async () => {
		const { client } = makeClient();
		const scope = nock(BASE)
			.post(
				'/api/update-notary-signers',
				(body) =>
					body.share_room === '0' &&
					body.contact_type === 'self' &&
					body.other_signers.length === 0,
			)
			.reply(200, { notary_id: 'n-1', status: 'pending' });

		await client.addSigners('notary', 'n-1', {
			contactType: 'self',
			shareRoom: false,
			signer: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com' },
		});

		scope.done();
	});
});

describe('prepareSession', () => {
	it('sends business_pay as "true"/"false" for notary sessions', async () => {
		const { client } = makeClient();
		const scope = nock(BASE)
			.post('/api/prepare-notary-session', {
				notary_id: 'n-1',
				redirect_uri: 'https://app.example.test/done',
				business_pay: 'true',
			})
			.reply(200, {
				success: 'true',
				session_link: `${BASE}/notary/client-join/n-1`,
				passcode: 'HyufXF',
			})
			.post('/api/prepare-notary-session', { notary_id: 'n-1', business_pay: 'false' })
			.reply(200, {
				success: 'true',
				session_link: `${BASE}/notary/client-join/n-1`,
				passcode: 'HyufXF',
			});

		const first = await client.prepareSession('notary', 'n-1', {
			redirectUri: 'https://app.example.test/done',
			businessPay: true,
		});
		await client.prepareSession('notary', 'n-1', { businessPay: false });

		scope.done();
		expect(first).toMatchObject({
			sessionLink: `${BASE}/notary/client-join/n-1`,
			passcode: 'HyufXF',
		});
	});

	it('never sends business_pay for e-sign sessions', async () => {
		const { client } = makeClient();
		const scope = nock(BASE)
			.post('/api/prepare-esign-session', {
				notary_id: 'e-1',
				redirect_uri: 'https://app.example.test/done',
			})
			.reply(200, {
				success: 'true',
				session_link: `${BASE}/esign/client-join/e-1`,
				passcode: 'abcdef',
			});

		const prepared = await client.prepareSession('esign', 'e-1', {
			redirectUri: 'https://app.example.test/done',
			businessPay: true,
		});

		scope.done();
		expect(prepared.passcode).toBe('abcdef');
	});

	it('fails naming the session when ONC answers success "false"', async () => {
		const { client } = makeClient();
		const scope = nock(BASE)
			.post('/api/prepare-esign-session')
			.reply(200, { success: 'false', message: 'No signers yet' });

		await expect(client.prepareSession('esign', 'e-1')).rejects.toMatchObject({
			sessionId: 'e-1',
			vendorMessage: 'No signers yet',
		});
		scope.done();
	});
});
