// An expired access token against the sandbox: RefreshAuthError, then Zapier's refresh makes the step work.
import { samplePdf, startSandbox, type Sandbox } from '@onc/sandbox';
import { loadApp, type Loaded } from '../helpers/app';
import { fileHost } from '../helpers/servers';

let sb: Sandbox;
let files: Awaited<ReturnType<typeof fileHost>>;
let zap: Loaded;

beforeAll(async () => {
	sb = await startSandbox({ accessTokenTtlSeconds: 1 });
	files = await fileHost({ 'a.pdf': await samplePdf('A') });
	zap = loadApp({
		ONC_BASE_URL: sb.baseUrl,
		CLIENT_ID: sb.clientId,
		CLIENT_SECRET: sb.clientSecret,
	});
});

afterAll(async () => {
	await Promise.all([sb?.close(), files?.close()]);
});

const connect = async () => {
	const redirectUri = 'https://zapier.example.test/return';
	const form = new URLSearchParams({
		response_type: 'code',
		client_id: sb.clientId,
		redirect_uri: redirectUri,
		state: 's',
		decision: 'approve',
	});
	const res = await fetch(`${sb.baseUrl}/oauth/authorize`, {
		method: 'POST',
		body: form,
		redirect: 'manual',
	});
	const code = new URL(res.headers.get('location') ?? '').searchParams.get('code');
	return zap.run('authentication.oauth2Config.getAccessToken', {
		inputData: { code, redirect_uri: redirectUri },
	});
};

describe('an expired access token', () => {
	it('raises RefreshAuthError, and the step works after the refresh Zapier then runs', async () => {
		const tokens = await connect();
		const step = (authData: object) =>
			zap.run('creates.create_esign_session.operation.perform', {
				authData,
				inputData: { files: [files.link('a.pdf')] },
			});
		await new Promise((resolve) => setTimeout(resolve, 1500));

		const stale = step(tokens);
		await expect(stale).rejects.toBeInstanceOf(zap.zapier.errors.RefreshAuthError);
		const refreshed = await zap.run('authentication.oauth2Config.refreshAccessToken', {
			authData: tokens,
		});
		const created = await step(refreshed);

		expect(created.session_id).toEqual(expect.any(String));
	});
});
