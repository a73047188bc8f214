// What Zapier logs of the app's calls: never a client secret, a token or a passcode.
import nock from 'nock';
import { loadApp, ONC } from './helpers/app';
import { useNock } from './helpers/use-nock';

const { app, zapier } = loadApp({ ONC_BASE_URL: ONC });
// The Lambda entry Zapier runs; its typings leave it out. Its customLogger
// option is how `zapier invoke` sees the logs.
type Handler = (event: object) => Promise<unknown>;
const handler = (zapier as unknown as { createAppHandler(app: object): Handler }).createAppHandler(
	app,
);

const logsOf = async (method: string, bundle: object): Promise<string> => {
	const lines: string[] = [];
	const customLogger = (message: string, data: object) =>
		lines.push(JSON.stringify({ message, data }));
	await handler({ command: 'execute', method, bundle, customLogger });
	return lines.join('\n');
};

useNock();

describe('Zapier logs', () => {
	it('show the token refresh without the client secret or any token', async () => {
		const scope = nock(ONC)
			.post('/oauth/token')
			.reply(200, { access_token: 'access-NEW', refresh_token: 'refresh-NEW' });

		const logs = await logsOf('authentication.oauth2Config.refreshAccessToken', {
			authData: { access_token: 'access-OLD', refresh_token: 'refresh-OLD' },
		});

		expect(logs).toMatch(/oauth\/token/);
		for (const secret of [
			'zap-secret',
			Buffer.from('zap-client:zap-secret').toString('base64'),
			'access-OLD',
			'refresh-OLD',
			'access-NEW',
			'refresh-NEW',
		]) {
			expect(logs).not.toContain(secret);
		}
		scope.done();
	});

	it('show a prepare call without the passcode', async () => {
		const scope = nock(ONC)
			.post('/api/prepare-esign-session')
			.reply(200, {
				success: 'true',
				session_link: `${ONC}/esign/client-join/s1`,
				passcode: 'Zq7PassX',
			});

		const logs = await logsOf('creates.prepare_session.operation.perform', {
			authData: { access_token: 'access-1' },
			inputData: { session_type: 'esign', session_id: 's1' },
		});

		expect(logs).toMatch(/prepare-esign-session/);
		expect(logs).not.toContain('Zq7PassX');
		expect(logs).not.toContain('access-1');
		scope.done();
	});
});
