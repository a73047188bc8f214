// The whole app against the ONC sandbox: connect by OAuth, create from linked files, sign, download, stash.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractZip, samplePdf, startSandbox, type Sandbox } from '@onc/sandbox';
import { loadApp, type Loaded } from '../helpers/app';
import { fileHost, stashService } from '../helpers/servers';

let sb: Sandbox;
let files: Awaited<ReturnType<typeof fileHost>>;
let stash: Awaited<ReturnType<typeof stashService>>;
let zap: Loaded;
let pdfs: Record<string, Buffer>;

beforeAll(async () => {
	sb = await startSandbox();
	pdfs = {
		'Purchase Agreement.pdf': await samplePdf('Purchase Agreement', ['Buyer and seller agree.']),
		'Deed.pdf': await samplePdf('Deed'),
	};
	files = await fileHost(pdfs);
	stash = await stashService();
	zap = loadApp({
		ONC_BASE_URL: sb.baseUrl,
		CLIENT_ID: sb.clientId,
		CLIENT_SECRET: sb.clientSecret,
		ZAPIER_BASE_ENDPOINT: stash.url,
	});
});

afterAll(async () => {
	await Promise.all([sb?.close(), files?.close(), stash?.close()]);
});

const approve = async (redirectUri: string): Promise<string> => {
	const form = new URLSearchParams({
		response_type: 'code',
		client_id: sb.clientId,
		redirect_uri: redirectUri,
		state: 'st-1',
		decision: 'approve',
	});
	const res = await fetch(`${sb.baseUrl}/oauth/authorize`, {
		method: 'POST',
		body: form,
		redirect: 'manual',
	});
	const location = new URL(res.headers.get('location') ?? '');
	expect(location.searchParams.get('state')).toBe('st-1');
	return location.searchParams.get('code') ?? '';
};

const session = async (id: string): Promise<{ files: unknown[]; prepare: unknown }> =>
	(await fetch(`${sb.baseUrl}/sandbox/sessions/${id}`)).json() as never;

describe('the Zapier app against the sandbox', () => {
	let authData: { access_token: string; refresh_token: string };

	it('connects with OAuth: authorize, exchange, test, refresh', async () => {
		const redirectUri = 'https://zapier.example.test/dashboard/auth/oauth/return/App1CLIAPI/';
		const authorizeUrl = await zap.run('authentication.oauth2Config.authorizeUrl', {
			inputData: { redirect_uri: redirectUri, state: 'st-1' },
		});
		expect((await fetch(authorizeUrl)).status).toBe(200);

		const code = await approve(redirectUri);
		const tokens = await zap.run('authentication.oauth2Config.getAccessToken', {
			inputData: { code, redirect_uri: redirectUri },
		});
		const tested = await zap.run('authentication.test', { authData: tokens });
		const refreshed = await zap.run('authentication.oauth2Config.refreshAccessToken', {
			authData: tokens,
		});

		expect(tested).toEqual({ server: new URL(sb.baseUrl).host });
		expect(refreshed.access_token).not.toBe(tokens.access_token);
		expect(refreshed.refresh_token).not.toBe(tokens.refresh_token);
		await expect(zap.run('authentication.test', { authData: refreshed })).resolves.toBeDefined();
		authData = refreshed;
	});

	it('fails the connection test for a token ONC does not know', async () => {
		const failure = zap.run('authentication.test', { authData: { access_token: 'forged' } });

		await expect(failure).rejects.toBeInstanceOf(zap.zapier.errors.RefreshAuthError);
	});

	it('creates a notary session, adds signers, prepares, and stashes the signed zip', async () => {
		const created = await zap.run('creates.create_notary_session.operation.perform', {
			authData,
			inputData: { files: [files.link('Purchase Agreement.pdf'), files.link('Deed.pdf')] },
		});
		const id = created.session_id;
		expect((await session(id)).files).toMatchObject([
			{ fileName: 'Purchase Agreement.pdf', size: pdfs['Purchase Agreement.pdf'].length },
			{ fileName: 'Deed.pdf', size: pdfs['Deed.pdf'].length },
		]);

		const signers = await zap.run('creates.add_signers.operation.perform', {
			authData,
			inputData: {
				session_type: 'notary',
				session_id: id,
				contact_type: 'other',
				share_room: false,
				first_name: 'Ada',
				last_name: 'Lovelace',
				email: 'ada@example.test',
				other_signers: [
					{
						other_first_name: 'Charles',
						other_last_name: 'Babbage',
						other_email: 'cb@example.test',
					},
				],
			},
		});
		expect(signers.session_id).toBe(id);

		const prepared = await zap.run('creates.prepare_session.operation.perform', {
			authData,
			inputData: {
				session_type: 'notary',
				session_id: id,
				redirect_uri: 'https://hooks.example.test/catch/1/',
				business_pay: true,
			},
		});
		expect(prepared.session_link).toBe(`${sb.baseUrl}/notary/client-join/${id}`);
		expect((await session(id)).prepare).toEqual({
			redirect_uri: `https://hooks.example.test/catch/1/?onc_session_id=${id}`,
			business_pay: 'true',
		});

		const early = await zap
			.run('creates.download_files.operation.perform', { authData, inputData: { session_id: id } })
			.catch((e: Error) => e);
		expect(JSON.parse(early.message)).toMatchObject({ code: 'not_finished', status: 409 });

		await fetch(`${sb.baseUrl}/sandbox/sessions/${id}/complete`, { method: 'POST' });
		const downloaded = await zap.run('creates.download_files.operation.perform', {
			authData,
			inputData: { session_id: id },
		});

		expect(downloaded).toMatchObject({
			session_id: id,
			file_name: `${id}.zip`,
			content_type: 'application/zip',
		});
		expect(stash.rpcCalls).toEqual(['get_presigned_upload_post_data']);
		const zip = Buffer.from(await (await fetch(downloaded.file)).arrayBuffer());
		const dir = mkdtempSync(path.join(tmpdir(), 'zapier-onc-'));
		try {
			const written = (await extractZip(zip, dir)).map((p) => path.basename(p)).sort();
			expect(written).toHaveLength(2);
			for (const name of written) {
				expect(readFileSync(path.join(dir, name)).subarray(0, 5).toString()).toBe('%PDF-');
			}
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('halts when a file link leads nowhere, before any session exists', async () => {
		const before = files.hits['missing.pdf'] ?? 0;
		// A fault on create is a tripwire: a create call would use it up.
		const faults = `${sb.baseUrl}/sandbox/faults`;
		const tripwire = { path: '/api/create-esign-session', kind: 'status', status: 500 };
		const set = await fetch(faults, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify(tripwire),
		});
		expect(set.status).toBe(201);

		const failure = zap.run('creates.create_esign_session.operation.perform', {
			authData,
			inputData: { files: [files.link('missing.pdf')] },
		});

		await expect(failure).rejects.toBeInstanceOf(zap.zapier.errors.HaltedError);
		expect(files.hits['missing.pdf']).toBe(before + 1);
		const left = await (await fetch(faults)).json();
		await fetch(faults, { method: 'DELETE' });
		expect(left).toEqual([expect.objectContaining({ path: tripwire.path, times: 1 })]);
	});
});
