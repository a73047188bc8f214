// What needs a running n8n (n8n start): the trigger fires once, with the zip, after a signer
// signs in Chromium; forged arrivals fire nothing; the Wait-node pattern and the README's form
// and Wait examples run; the credential tests run through n8n's REST API.
import { randomUUID } from 'node:crypto';
import { readdir, writeFile as write } from 'node:fs/promises';
import { join } from 'node:path';

import { startSandbox, type Sandbox } from '@onc/sandbox';
import type { Browser } from 'playwright-core';

import { launchBrowser, signInBrowser } from './support/browser';
import { appendNode, loadExample, webhookIdOf } from './support/examples';
import { startN8nInstance, type N8nInstance } from './support/n8nInstance';
import { ownerSession } from './support/n8nRest';
import { startN8nServer, type N8nServer } from './support/n8nServer';
import { makePdf } from './support/pdf';
import { eventually } from './support/poll';
import { invitationFor, storedSession } from './support/sandboxControl';
import { approveAndExchange } from './support/oauth';
import * as wf from './support/workflows';
import { pdfsInZip } from './support/zip';

let sb: Sandbox;
let n8n: N8nInstance;
let server: N8nServer;
let browser: Browser;
let original: Buffer;
const triggerWebhookId = randomUUID();
let triggerUrl: string;
let waitExample: ReturnType<typeof loadExample>;
let formExample: ReturnType<typeof loadExample>;
let oauthTokens: Record<string, unknown>;

async function filesLike(prefix: string): Promise<string[]> {
	return (await readdir(n8n.filesDir)).filter((f) => f.startsWith(prefix)).sort();
}

const serverLog = async () => (await server.log()).slice(-3000);

const signer = (email: string) => ({ firstName: 'Grace', lastName: 'Hopper', email });

beforeAll(async () => {
	sb = await startSandbox({ port: 0, host: '127.0.0.1' });
	n8n = await startN8nInstance();
	original = await makePdf('Contract to sign');
	await write(join(n8n.filesDir, 'contract.pdf'), original);
	triggerUrl = `${n8n.baseUrl}/webhook/${triggerWebhookId}/session-finished`;

	await n8n.importCredentials([
		{
			...wf.credentialRefs.token.oncApi,
			type: 'oncApi',
			data: { baseUrl: sb.baseUrl, accessToken: sb.token },
		},
		{
			...wf.credentialRefs.oauth.oncOAuth2Api,
			type: 'oncOAuth2Api',
			data: {
				baseUrl: sb.baseUrl,
				clientId: sb.clientId,
				clientSecret: sb.clientSecret,
				oauthTokenData: (oauthTokens = await approveAndExchange(sb)),
			},
		},
	]);
	waitExample = appendNode(
		loadExample('wait-for-signers.json', 'oncE2eWaitExam02'),
		'Download Signed Files',
		wf.writeFile('Write Zip', `=${n8n.filesDir}/example-wait-{{ $json.sessionId }}.zip`),
	);
	formExample = loadExample('form-submission-to-notary-session.json', 'oncE2eFormExam01');
	const files = n8n.filesDir;
	await n8n.importWorkflows([
		wf.chain('oncE2eTrigger001', 'ONC trigger writes the signed zip', [
			wf.oncTrigger('Session Finished', triggerWebhookId, {
				downloadZip: true,
				binaryPropertyName: 'data',
			}),
			wf.writeFile('Write Zip', `=${files}/trigger-{{ $json.sessionId }}-{{ $execution.id }}.zip`),
		]),
		wf.chain('oncE2eKickSend01', 'Send with the trigger as redirect', [
			wf.webhook('Start', 'onc-e2e-send', 'lastNode'),
			wf.readFile('Read PDF', join(files, 'contract.pdf')),
			wf.onc('Send', 'token', {
				resource: 'esignSession',
				operation: 'send',
				binaryPropertyNames: 'data',
				...signer('={{ $("Start").item.json.query.email }}'),
				redirectUri: triggerUrl,
			}),
		]),
		wf.chain('oncE2eWaitExam01', 'Send, wait for the signer, download', [
			wf.webhook('Start', 'onc-e2e-wait', 'onReceived'),
			wf.readFile('Read PDF', join(files, 'contract.pdf')),
			wf.onc('Send', 'token', {
				resource: 'notarySession',
				operation: 'send',
				binaryPropertyNames: 'data',
				...signer('wait-signer@example.test'),
				redirectUri: '={{ $execution.resumeUrl }}',
			}),
			wf.waitForWebhook('Wait for Signers'),
			wf.onc('Download', 'token', {
				resource: 'notarySession',
				operation: 'download',
				sessionId: '={{ $json.query.onc_session_id }}',
				binaryPropertyName: 'data',
			}),
			wf.writeFile('Write Zip', `=${files}/wait-{{ $json.sessionId }}.zip`),
		]),
		waitExample,
		formExample,
	]);
	server = await startN8nServer(
		n8n,
		[
			'oncE2eTrigger001',
			'oncE2eKickSend01',
			'oncE2eWaitExam01',
			'oncE2eWaitExam02',
			'oncE2eFormExam01',
		],
		[
			triggerUrl,
			`${n8n.baseUrl}/webhook/onc-e2e-send`,
			`${n8n.baseUrl}/webhook/onc-e2e-wait`,
			`${n8n.baseUrl}/form/${webhookIdOf(waitExample, 'Signature Request Form')}`,
			`${n8n.baseUrl}/form/${webhookIdOf(formExample, 'Notarization Request Form')}`,
		],
	);
	browser = await launchBrowser();
}, 40 * 60_000);

afterAll(async () => {
	await browser?.close();
	await server?.stop();
	await n8n?.dispose();
	await sb?.close();
});

async function sendWithTriggerRedirect(
	email: string,
): Promise<{ sessionId: string; session_link: string; passcode: string }> {
	const res = await fetch(`${n8n.baseUrl}/webhook/onc-e2e-send?email=${encodeURIComponent(email)}`);
	if (!res.ok) throw new Error(`send workflow answered ${res.status}: ${await res.text()}`);
	return (await res.json()) as { sessionId: string; session_link: string; passcode: string };
}

/** Submits an example's n8n form as a person would: names, email and the PDF. */
async function submitForm(webhookId: string, email: string): Promise<void> {
	const form = new FormData();
	form.append('field-0', 'Grace');
	form.append('field-1', 'Hopper');
	form.append('field-2', email);
	form.append('field-3', new Blob([original], { type: 'application/pdf' }), 'contract.pdf');
	const res = await fetch(`${n8n.baseUrl}/form/${webhookId}`, { method: 'POST', body: form });
	if (!res.ok) throw new Error(`the form answered ${res.status}: ${await res.text()}`);
}

describe('the Online Notary Center Trigger in n8n', () => {
	it('runs its workflow once, with the signed zip, when the signer finishes in the browser', async () => {
		const sent = await sendWithTriggerRedirect('trigger-signer@example.test');

		const landed = await signInBrowser(browser, sent.session_link, sent.passcode);

		expect(landed.url).toBe(`${triggerUrl}?onc_session_id=${sent.sessionId}`);
		expect(landed.text).toContain('Thank you');
		const [zip] = await eventually(async () => {
			const found = await filesLike(`trigger-${sent.sessionId}-`);
			return found.length ? found : undefined;
		}, serverLog);
		const pdfs = await pdfsInZip(join(n8n.filesDir, zip));
		expect(pdfs[0].data.equals(original)).toBe(false);

		const again = await fetch(landed.url);
		expect(await again.text()).toContain('Thank you');
		await new Promise((resolve) => setTimeout(resolve, 4000));
		expect(await filesLike(`trigger-${sent.sessionId}-`)).toHaveLength(1);
	});

	it('fires nothing for an unfinished or unknown session, and answers them like any other', async () => {
		const unfinished = await sendWithTriggerRedirect('unfinished@example.test');
		const before = await filesLike('trigger-');

		const answers = await Promise.all(
			[unfinished.sessionId, 'forged-session-id'].map(async (id) => {
				const res = await fetch(`${triggerUrl}?onc_session_id=${id}`);
				return { status: res.status, body: await res.text() };
			}),
		);
		await new Promise((resolve) => setTimeout(resolve, 4000));

		expect(answers[0]).toEqual(answers[1]);
		expect(answers[0]).toMatchObject({ status: 200, body: expect.stringContaining('Thank you') });
		expect(await filesLike('trigger-')).toEqual(before);
	});

	it('resumes a Wait node whose resume URL was the redirect, then downloads the signed files', async () => {
		const started = await fetch(`${n8n.baseUrl}/webhook/onc-e2e-wait`);
		expect(started.ok).toBe(true);
		const mail = await eventually(() => invitationFor(sb, 'wait-signer@example.test'), serverLog);

		const landed = await signInBrowser(browser, mail.sessionLink, mail.passcode);

		expect(landed.url).toContain(`${n8n.baseUrl}/webhook-waiting/`);
		expect(landed.url).toContain(`onc_session_id=${mail.sessionId}`);
		await eventually(
			async () => ((await filesLike(`wait-${mail.sessionId}`)).length ? true : undefined),
			serverLog,
		);
		const pdfs = await pdfsInZip(join(n8n.filesDir, `wait-${mail.sessionId}.zip`));
		expect(pdfs[0].data.equals(original)).toBe(false);
	});

	it('runs the "form submission to notary session" example: a form with a PDF sends a session', async () => {
		await submitForm(
			webhookIdOf(formExample, 'Notarization Request Form'),
			'form-example@example.test',
		);

		const mail = await eventually(() => invitationFor(sb, 'form-example@example.test'), serverLog);

		const stored = await storedSession(sb, mail.sessionId);
		expect(stored.kind).toBe('notary');
		expect(stored.files.map((f) => f.fileName)).toEqual(['contract.pdf']);
		expect(stored.prepare?.redirect_uri).toBe(
			`https://www.example.com/thank-you?onc_session_id=${mail.sessionId}`,
		);
	});

	it('runs the Wait-node example: a returning signer resumes it and it downloads the signed zip', async () => {
		await submitForm(
			webhookIdOf(waitExample, 'Signature Request Form'),
			'wait-example@example.test',
		);
		const mail = await eventually(() => invitationFor(sb, 'wait-example@example.test'), serverLog);

		const landed = await signInBrowser(browser, mail.sessionLink, mail.passcode);

		expect(landed.url).toContain(`${n8n.baseUrl}/webhook-waiting/`);
		const zip = `example-wait-${mail.sessionId}.zip`;
		await eventually(async () => ((await filesLike(zip)).length ? true : undefined), serverLog);
		const pdfs = await pdfsInZip(join(n8n.filesDir, zip));
		expect(pdfs[0].data.equals(original)).toBe(false);
	});

	it("runs each credential's test in n8n: a known token passes, a refused one fails with the fix", async () => {
		const rest = await ownerSession(n8n.baseUrl);
		const test = async (accessToken: string) =>
			await rest.post('/credentials/test', {
				credentials: {
					...wf.credentialRefs.token.oncApi,
					type: 'oncApi',
					data: { baseUrl: sb.baseUrl, accessToken },
				},
			});

		const accepted = await test(sb.token);
		const refused = await test('not-a-valid-token');
		const oauth = await rest.post('/credentials/test', {
			credentials: {
				...wf.credentialRefs.oauth.oncOAuth2Api,
				type: 'oncOAuth2Api',
				data: {
					baseUrl: sb.baseUrl,
					clientId: sb.clientId,
					clientSecret: sb.clientSecret,
					oauthTokenData: oauthTokens,
				},
			},
		});

		expect(accepted).toEqual({
			status: 200,
			body: { data: expect.objectContaining({ status: 'OK' }) },
		});
		expect(refused.body.data).toMatchObject({
			status: 'Error',
			message: expect.stringContaining('refused this credential (invalid_token)'),
		});
		expect(oauth.body.data).toMatchObject({ status: 'OK' });
	});
});
