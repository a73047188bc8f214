// router: item loop, pairedItem, continue-on-fail and the choice of credential.
import nock from 'nock';

import { HOST, useNock } from '../../../support/nockSetup';
import { params, runNode } from '../../../support/runNode';

const zip = {
	'Content-Type': 'application/zip',
	'Content-Disposition': 'attachment; filename="a.zip"',
};

describe('router', () => {
	useNock();

	it('runs every item and pairs each output with its input', async () => {
		const scope = nock(HOST)
			.get('/api/download-notarized-files/a')
			.reply(200, 'A', zip)
			.get('/api/download-notarized-files/b')
			.reply(200, 'B', zip);

		const { output } = await runNode({
			params: params('download', { sessionId: (i: number) => ['a', 'b'][i], options: {} }),
			items: [{ json: {} }, { json: {} }],
		});

		expect(output.map((o) => [o.json.sessionId, o.pairedItem])).toEqual([
			['a', { item: 0 }],
			['b', { item: 1 }],
		]);
		scope.done();
	});

	it('with continue-on-fail, outputs the error for the failed item and goes on', async () => {
		const scope = nock(HOST)
			.get('/api/download-notarized-files/gone')
			.reply(404, { error: 'not_found', error_description: 'no such session' })
			.get('/api/download-notarized-files/b')
			.reply(200, 'B', zip);

		const { output } = await runNode({
			params: params('download', { sessionId: (i: number) => ['gone', 'b'][i], options: {} }),
			items: [{ json: {} }, { json: {} }],
			continueOnFail: true,
		});

		expect(output[0]).toEqual({
			json: {
				error: 'Online Notary Center has no session with this ID',
				description: expect.stringContaining('not_found: no such session'),
			},
			pairedItem: { item: 0 },
		});
		expect(output[1].json.sessionId).toBe('b');
		scope.done();
	});

	it('without continue-on-fail, stops at the first failure', async () => {
		const scope = nock(HOST)
			.get('/api/download-notarized-files/gone')
			.reply(404, { error: 'not_found' });

		const run = runNode({
			params: params('download', { sessionId: (i: number) => ['gone', 'b'][i], options: {} }),
			items: [{ json: {} }, { json: {} }],
		});

		await expect(run).rejects.toMatchObject({ httpCode: '404', context: { itemIndex: 0 } });
		scope.done();
	});

	it('uses the OAuth2 credential and its Base URL when Authentication is OAuth2', async () => {
		const scope = nock('https://sandbox.example.test', {
			reqheaders: { authorization: 'Bearer oauth-token' },
		})
			.get('/api/download-notarized-files/a')
			.reply(200, 'A', zip);

		const { output } = await runNode({
			params: { ...params('download', { sessionId: 'a', options: {} }), authentication: 'oAuth2' },
			credentials: {
				oncOAuth2Api: {
					baseUrl: 'https://sandbox.example.test/',
					oauthTokenData: { access_token: 'oauth-token' },
				},
			},
		});

		expect(output[0].json.sessionId).toBe('a');
		scope.done();
	});

	it('never shows the token in an authentication error', async () => {
		const scope = nock(HOST).get('/api/download-notarized-files/a').reply(401, {
			error: 'invalid_token',
			error_description: 'The access token provided is invalid',
		});

		const run = runNode({ params: params('download', { sessionId: 'a', options: {} }) });

		const error = (await run.catch((e: unknown) => e)) as Error & { description?: string };
		expect(error.message).toBe('Online Notary Center did not accept the credential');
		expect(JSON.stringify({ ...error, message: error.message })).not.toContain('long-lived-token');
		expect(error.description).toContain('invalid_token');
		scope.done();
	});
});
