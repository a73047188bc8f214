// The documented Zap recipe: a Catch Hook URL as Redirect URL, then Download Signed Files with its onc_session_id.
import { samplePdf, startSandbox, type Sandbox } from '@onc/sandbox';
import { loadApp, type Loaded } from '../helpers/app';
import { catchHook, fileHost, stashService } from '../helpers/servers';

let sb: Sandbox;
let files: Awaited<ReturnType<typeof fileHost>>;
let stash: Awaited<ReturnType<typeof stashService>>;
let hook: Awaited<ReturnType<typeof catchHook>>;
let zap: Loaded;

beforeAll(async () => {
	sb = await startSandbox();
	files = await fileHost({ 'nda.pdf': await samplePdf('NDA') });
	stash = await stashService();
	hook = await catchHook();
	zap = loadApp({ ONC_BASE_URL: sb.baseUrl, ZAPIER_BASE_ENDPOINT: stash.url });
});

afterAll(async () => {
	await Promise.all([sb?.close(), files?.close(), stash?.close(), hook?.close()]);
});

// What the signer's browser does on the session page: passcode, then sign.
const signAsOnlySigner = async (sessionLink: string, passcode: string): Promise<string> => {
	const post = (fields: Record<string, string>) =>
		fetch(sessionLink, { method: 'POST', body: new URLSearchParams(fields), redirect: 'manual' });
	expect((await post({ passcode })).status).toBe(200);
	const signed = await post({ passcode, signer: '0' });
	expect(signed.status).toBe(303);
	return signed.headers.get('location') ?? '';
};

describe('the Catch Hook recipe', () => {
	it('gives the hook the session id, and Download Signed Files fetches the signed zip with it', async () => {
		const authData = { access_token: sb.token };
		const sent = await zap.run('creates.send_for_signature.operation.perform', {
			authData,
			inputData: {
				session_type: 'esign',
				files: [files.link('nda.pdf')],
				contact_type: 'other',
				first_name: 'Grace',
				last_name: 'Hopper',
				email: 'grace@example.test',
				redirect_uri: hook.hookUrl,
			},
		});

		const tooSoon = await zap
			.run('creates.download_files.operation.perform', {
				authData,
				inputData: { session_id: sent.session_id },
			})
			.catch((e: Error) => e);
		expect(JSON.parse(tooSoon.message)).toMatchObject({ code: 'not_finished' });

		const landing = await signAsOnlySigner(sent.session_link, sent.passcode);
		expect(landing).toBe(`${hook.hookUrl}?onc_session_id=${sent.session_id}`);
		await fetch(landing);
		expect(hook.caught).toEqual([{ onc_session_id: sent.session_id }]);

		const downloaded = await zap.run('creates.download_files.operation.perform', {
			authData,
			inputData: { session_id: hook.caught[0].onc_session_id },
		});

		expect(downloaded).toMatchObject({
			session_id: sent.session_id,
			content_type: 'application/zip',
		});
		const zip = Buffer.from(await (await fetch(downloaded.file)).arrayBuffer());
		expect(zip.subarray(0, 2).toString()).toBe('PK');
	});
});
