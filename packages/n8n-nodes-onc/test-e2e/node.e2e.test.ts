// The packed node inside a real n8n (n8n execute) against the sandbox: both credentials,
// a file from disk to a signed zip on disk, send, token refresh mid-workflow, failures.
import { writeFile as write } from 'node:fs/promises';
import { join } from 'node:path';

import { samplePdf, startSandbox, type Sandbox } from '@onc/sandbox';

import {
	nodeItems,
	nodeOutput,
	startN8nInstance,
	succeeded,
	type N8nInstance,
} from './support/n8nInstance';
import { importOncCredentials, refreshTokenValid } from './support/oauth';
import { storedSession } from './support/sandboxControl';
import { nodeWorkflows } from './support/nodeWorkflows';
import { pdfsInZip } from './support/zip';

const TOKEN_TTL_SECONDS = 3;

let sb: Sandbox;
let n8n: N8nInstance;
let original: Buffer;
let firstRefreshToken: string;

beforeAll(async () => {
	sb = await startSandbox({ port: 0, host: '127.0.0.1', accessTokenTtlSeconds: TOKEN_TTL_SECONDS });
	n8n = await startN8nInstance();
	original = await samplePdf('Contract to sign');
	await write(join(n8n.filesDir, 'contract.pdf'), original);

	// The OAuth2 credential's base URL ends in a slash, as a user may paste it.
	const tokens = await importOncCredentials(n8n, sb, `${sb.baseUrl}/`);
	firstRefreshToken = tokens.refresh_token as string;

	await n8n.importWorkflows(nodeWorkflows(n8n.filesDir, sb.baseUrl, TOKEN_TTL_SECONDS));
}, 40 * 60_000);

afterAll(async () => {
	await n8n?.dispose();
	await sb?.close();
});

describe('the Online Notary Center node in n8n', () => {
	it('turns a PDF from disk into a signed zip on disk, step by step, with an access token', async () => {
		const result = await n8n.execute('oncE2eTokenFlow1');

		expect(result.run.stderr + result.run.stdout).not.toContain(sb.token);
		const data = succeeded(result);
		const created = nodeOutput(data, 'Create')[0];
		const prepared = nodeOutput(data, 'Prepare')[0];
		expect(prepared).toMatchObject({ sessionId: created.sessionId, success: 'true' });
		const stored = await storedSession(sb, created.sessionId as string);
		expect(stored.prepare).toEqual({
			redirect_uri: `https://crm.example.test/signed?deal=42&onc_session_id=${created.sessionId}`,
			business_pay: 'true',
		});
		expect(stored.signers).toHaveLength(2);
		expect(stored.files).toEqual([
			expect.objectContaining({ fileName: 'contract.pdf', stamped: true }),
		]);
		const [download] = nodeItems(data, 'Download');
		expect(download.binary?.data).toMatchObject({
			fileName: `${created.sessionId}.zip`,
			mimeType: 'application/zip',
		});
		const pdfs = await pdfsInZip(join(n8n.filesDir, 'signed.zip'));
		expect(pdfs.map((p) => p.fileName)).toEqual(['contract.pdf']);
		expect(pdfs[0].data.subarray(0, 5).toString()).toBe('%PDF-');
		expect(pdfs[0].data.equals(original)).toBe(false);
	});

	it('sends with OAuth2 and keeps working when the access token expires mid-workflow', async () => {
		const result = await n8n.execute('oncE2eOauthFlow1');

		expect(result.run.stderr + result.run.stdout).not.toContain(sb.clientSecret);
		const data = succeeded(result);
		const sent = nodeOutput(data, 'Send')[0];
		expect(sent).toMatchObject({
			passcode: expect.any(String),
			session_link: expect.stringContaining('/esign/client-join/'),
		});
		const pdfs = await pdfsInZip(join(n8n.filesDir, 'oauth-signed.zip'));
		expect(pdfs[0].data.equals(original)).toBe(false);
		expect(nodeOutput(data, 'Create')[0].sessionId).toEqual(expect.any(String));
		// n8n refreshed: the sandbox rotated the refresh token it was given at import.
		expect(await refreshTokenValid(sb, firstRefreshToken)).toBe(false);
	});

	it('fails the workflow with an actionable message when a call fails', async () => {
		const result = await n8n.execute('oncE2eFailStop01');

		expect(result.ok).toBe(false);
		expect(result.run.stdout + result.run.stderr).toContain(
			'Online Notary Center has no session with this ID',
		);
		expect(result.run.stdout + result.run.stderr).not.toContain(sb.token);
	});

	it('outputs the error as an item and goes on when continue-on-fail is set', async () => {
		const result = await n8n.execute('oncE2eFailCont01');

		expect(nodeOutput(succeeded(result), 'Download')[0]).toMatchObject({
			error: 'Online Notary Center has no session with this ID',
		});
	});
});
