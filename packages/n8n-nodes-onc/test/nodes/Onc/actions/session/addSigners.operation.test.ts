// The addSigners operation: the JSON body ONC expects, and signer checks before sending.
import nock from 'nock';

import { HOST, useNock } from '../../../../support/nockSetup';
import { params, runNode, signer } from '../../../../support/runNode';

const record = { notary_id: 'sess-1', type: 'esign', status: 'pending', active: '1' };

describe('addSigners.execute', () => {
	useNock();

	it('posts the main and other signers with notary_id and string flags', async () => {
		const scope = nock(HOST)
			.post('/api/update-esign-signers', {
				notary_id: 'sess-1',
				contact_type: 'other',
				share_room: '1',
				first_name: 'Ada',
				last_name: 'Lovelace',
				email: 'ada@example.test',
				phone: '555 111',
				other_signers: [
					{ first_name: 'Alan', last_name: 'Turing', email: 'alan@example.test', phone: '' },
				],
			})
			.reply(200, record);

		const { output } = await runNode({
			params: params(
				'addSigners',
				{
					sessionId: ' sess-1 ',
					contactType: 'other',
					shareRoom: true,
					...signer,
					phone: '555 111',
					otherSigners: {
						signers: [{ firstName: 'Alan', lastName: 'Turing', email: 'alan@example.test' }],
					},
				},
				'esignSession',
			),
		});

		expect(output).toEqual([{ json: { sessionId: 'sess-1', ...record }, pairedItem: { item: 0 } }]);
		scope.done();
	});

	it('names the other signer whose email is malformed and sends nothing', async () => {
		const run = runNode({
			params: params('addSigners', {
				sessionId: 'sess-1',
				...signer,
				otherSigners: { signers: [{ firstName: 'Alan', lastName: 'Turing', email: 'alan' }] },
			}),
		});

		await expect(run).rejects.toThrow('Invalid value in Other Signers › signer 1 › Email');
		expect(nock.pendingMocks()).toEqual([]);
	});

	it('turns an unknown session into an error that says which field to check', async () => {
		const scope = nock(HOST)
			.post('/api/update-notary-signers')
			.reply(404, { error: 'not_found', error_description: 'No session sess-9' });

		const run = runNode({ params: params('addSigners', { sessionId: 'sess-9', ...signer }) });

		await expect(run).rejects.toThrow('Online Notary Center has no session with this ID');
		await expect(run).rejects.toMatchObject({
			httpCode: '404',
			description: expect.stringContaining('Check the Session ID field'),
		});
		scope.done();
	});
});
