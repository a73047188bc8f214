// Authentication: authorize URL, token exchange and refresh wire formats, connection test and label.
import nock from 'nock';
import { authed, loadApp, ONC } from './helpers/app';
import { useNock } from './helpers/use-nock';

const { run, app, zapier } = loadApp({ ONC_BASE_URL: ONC });
const BASIC = `Basic ${Buffer.from('zap-client:zap-secret').toString('base64')}`;

useNock();

describe('authorizeUrl', () => {
	it('sends the user to ONC with the client id, redirect and state', async () => {
		const url = await run('authentication.oauth2Config.authorizeUrl', {
			inputData: {
				redirect_uri: 'https://zapier.com/dashboard/auth/oauth/return/App1/',
				state: 's-1',
			},
		});

		const parsed = new URL(url);
		expect(parsed.origin + parsed.pathname).toBe(`${ONC}/oauth/authorize`);
		expect(Object.fromEntries(parsed.searchParams)).toEqual({
			response_type: 'code',
			client_id: 'zap-client',
			redirect_uri: 'https://zapier.com/dashboard/auth/oauth/return/App1/',
			state: 's-1',
		});
	});
});

describe('getAccessToken', () => {
	it('exchanges the code with HTTP Basic client auth and a form body', async () => {
		const scope = nock(ONC)
			.post('/oauth/token', {
				grant_type: 'authorization_code',
				code: 'code-1',
				redirect_uri: 'https://zapier.example.test/return',
			})
			.matchHeader('authorization', BASIC)
			.matchHeader('content-type', /^application\/x-www-form-urlencoded/)
			.reply(200, { access_token: 'access-1', refresh_token: 'refresh-1', expires_in: 3600 });

		const result = await run('authentication.oauth2Config.getAccessToken', {
			inputData: { code: 'code-1', redirect_uri: 'https://zapier.example.test/return' },
		});

		expect(result).toEqual({ access_token: 'access-1', refresh_token: 'refresh-1' });
		scope.done();
	});

	it('reports a refused code with the vendor code and message', async () => {
		const scope = nock(ONC)
			.post('/oauth/token')
			.reply(400, { error: 'X000', error_description: 'code is missing' });

		const failure = run('authentication.oauth2Config.getAccessToken', {
			inputData: { code: 'used-code', redirect_uri: 'https://zapier.example.test/return' },
		});

		await expect(failure).rejects.toThrow(/X000: code is missing/);
		scope.done();
	});

	it('reports refused client credentials as a setup error, not a stale connection', async () => {
		const scope = nock(ONC)
			.post('/oauth/token')
			.reply(401, { error: 'invalid_client', error_description: 'client authentication failed' });

		const error = await run('authentication.oauth2Config.getAccessToken', {
			inputData: { code: 'code-1', redirect_uri: 'https://zapier.example.test/return' },
		}).catch((err: Error) => err);

		scope.done();
		expect(error).not.toBeInstanceOf(zapier.errors.RefreshAuthError);
		expect(error).toBeInstanceOf(zapier.errors.Error);
		expect(error.message).toMatch(/Check the integration's CLIENT_ID and CLIENT_SECRET/);
		expect(error.message).not.toContain('zap-secret');
	});
});

describe('refreshAccessToken', () => {
	it('refreshes with the stored refresh token and keeps the rotated one', async () => {
		const scope = nock(ONC)
			.post('/oauth/token', { grant_type: 'refresh_token', refresh_token: 'refresh-1' })
			.matchHeader('authorization', BASIC)
			.reply(200, { access_token: 'access-2', refresh_token: 'refresh-2' });

		const result = await run('authentication.oauth2Config.refreshAccessToken', {
			authData: { access_token: 'access-1', refresh_token: 'refresh-1' },
		});

		expect(result).toEqual({ access_token: 'access-2', refresh_token: 'refresh-2' });
		scope.done();
	});

	it('keeps the old refresh token when ONC sends no new one', async () => {
		const scope = nock(ONC).post('/oauth/token').reply(200, { access_token: 'access-2' });

		const result = await run('authentication.oauth2Config.refreshAccessToken', {
			authData: { access_token: 'access-1', refresh_token: 'refresh-1' },
		});

		expect(result).toEqual({ access_token: 'access-2', refresh_token: 'refresh-1' });
		scope.done();
	});

	it('asks the user to reconnect when the refresh token is refused', async () => {
		const scope = nock(ONC)
			.post('/oauth/token')
			.reply(400, { error: 'invalid_grant', error_description: 'refresh token revoked' });

		const failure = run('authentication.oauth2Config.refreshAccessToken', {
			authData: { access_token: 'access-1', refresh_token: 'refresh-1' },
		});

		await expect(failure).rejects.toBeInstanceOf(zapier.errors.ExpiredAuthError);
		scope.done();
	});
});

describe('test', () => {
	it('passes when ONC answers the probe with anything but a refused token', async () => {
		const scope = nock(ONC)
			.get(/^\/api\/download-notarized-files\//)
			.matchHeader('authorization', 'Bearer access-1')
			.reply(404, { error: 'not_found', error_description: 'No such session' });

		const result = await run('authentication.test', {
			authData: { access_token: 'access-1', refresh_token: 'refresh-1' },
		});

		expect(result).toEqual({ server: 'onc.example.test' });
		scope.done();
	});

	it.each([401, 400])(
		'asks Zapier to refresh when ONC says invalid_token with status %i',
		async (status) => {
			const scope = nock(ONC)
				.get(/^\/api\/download-notarized-files\//)
				.reply(status, {
					error: 'invalid_token',
					error_description: 'The access token provided is invalid',
				});

			const failure = run('authentication.test', {
				authData: { access_token: 'stale', refresh_token: 'refresh-1' },
			});

			await expect(failure).rejects.toBeInstanceOf(zapier.errors.RefreshAuthError);
			scope.done();
		},
	);
});

describe('connectionLabel', () => {
	it('names the ONC server, from a field the connection test returns', async () => {
		const scope = nock(ONC)
			.get(/^\/api\/download-notarized-files\//)
			.reply(404, {});
		const label: string = app.authentication.connectionLabel;

		const tested = await run('authentication.test', authed());
		const rendered = label.replace(/{{bundle\.inputData\.(\w+)}}/g, (_, key) => tested[key]);

		scope.done();
		expect(rendered).toBe('Online Notary Center (onc.example.test)');
	});
});
