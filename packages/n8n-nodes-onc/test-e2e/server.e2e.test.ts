// What needs a running n8n (n8n start): the trigger fires once, with the zip, after a signer
// signs in Chromium; forged arrivals fire nothing; the Wait-node pattern and the README's form
// and Wait examples run; the credential tests run through n8n's REST API.
import { join } from 'node:path';

import { signInBrowser } from './support/browser';
import { webhookIdOf } from './support/examples';
import { ownerSession } from './support/n8nRest';
import { eventually } from './support/poll';
import { invitationFor, storedSession } from './support/sandboxControl';
import { startServerRun, type ServerRun } from './support/serverRun';
import * as wf from './support/workflows';
import { pdfsInZip } from './support/zip';

let run: ServerRun;

beforeAll(async () => {
	run = await startServerRun();
}, 40 * 60_000);

afterAll(async () => {
	await run?.stop();
});

async function sendWithTriggerRedirect(
	email: string,
): Promise<{ sessionId: string; session_link: string; passcode: string }> {
	const res = await fetch(
		`${run.n8n.baseUrl}/webhook/onc-e2e-send?email=${encodeURIComponent(email)}`,
	);
	if (!res.ok) throw new Error(`send workflow answered ${res.status}: ${await res.text()}`);
	return (await res.json()) as { sessionId: string; session_link: string; passcode: string };
}

/** Submits an example's n8n form as a person would: names, email and the PDF. */
async function submitForm(webhookId: string, email: string): Promise<void> {
	const form = new FormData();
	form.append('field-0', 'Grace');
	form.append('field-1', 'Hopper');
	form.append('field-2', email);
	form.append('field-3', new Blob([run.original], { type: 'application/pdf' }), 'contract.pdf');
	const res = await fetch(`${run.n8n.baseUrl}/form/${webhookId}`, { method: 'POST', body: form });
	if (!res.ok) throw new Error(`the form answered ${res.status}: ${await res.text()}`);
}

describe('the Online Notary Center Trigger in n8n', () => {
	it('runs its workflow once, with the signed zip, when the signer finishes in the browser', async () => {
		const sent = await sendWithTriggerRedirect('trigger-signer@example.test');

		const landed = await signInBrowser(run.browser, sent.session_link, sent.passcode);

		expect(landed.url).toBe(`${run.triggerUrl}?onc_session_id=${sent.sessionId}`);
		expect(landed.text).toContain('Thank you');
		const [zip] = await eventually(async () => {
			const found = await run.filesLike(`trigger-${sent.sessionId}-`);
			return found.length ? found : undefined;
		}, run.serverLog);
		const pdfs = await pdfsInZip(join(run.n8n.filesDir, zip));
		expect(pdfs[0].data.equals(run.original)).toBe(false);

		const again = await fetch(landed.url);
		expect(await again.text()).toContain('Thank you');
		await new Promise((resolve) => setTimeout(resolve, 4000));
		expect(await run.filesLike(`trigger-${sent.sessionId}-`)).toHaveLength(1);
	});

	it('fires nothing for an unfinished or unknown session, and answers them like any other', async () => {
		const unfinished = await sendWithTriggerRedirect('unfinished@example.test');
		const before = await run.filesLike('trigger-');

		const answers = await Promise.all(
			[unfinished.sessionId, 'forged-session-id'].map(async (id) => {
				const res = await fetch(`${run.triggerUrl}?onc_session_id=${id}`);
				return { status: res.status, body: await res.text() };
			}),
		);
		await new Promise((resolve) => setTimeout(resolve, 4000));

		expect(answers[0]).toEqual(answers[1]);
		expect(answers[0]).toMatchObject({ status: 200, body: expect.stringContaining('Thank you') });
		expect(await run.filesLike('trigger-')).toEqual(before);
	});

	it('resumes a Wait node whose resume URL was the redirect, then downloads the signed files', async () => {
		const started = await fetch(`${run.n8n.baseUrl}/webhook/onc-e2e-wait`);
		expect(started.ok).toBe(true);
		const mail = await eventually(
			() => invitationFor(run.sb, 'wait-signer@example.test'),
			run.serverLog,
		);

		const landed = await signInBrowser(run.browser, mail.sessionLink, mail.passcode);

		expect(landed.url).toContain(`${run.n8n.baseUrl}/webhook-waiting/`);
		expect(landed.url).toContain(`onc_session_id=${mail.sessionId}`);
		await eventually(
			async () => ((await run.filesLike(`wait-${mail.sessionId}`)).length ? true : undefined),
			run.serverLog,
		);
		const pdfs = await pdfsInZip(join(run.n8n.filesDir, `wait-${mail.sessionId}.zip`));
		expect(pdfs[0].data.equals(run.original)).toBe(false);
	});

	it('runs the "form submission to notary session" example: a form with a PDF sends a session', async () => {
		await submitForm(
			webhookIdOf(run.formExample, 'Notarization Request Form'),
			'form-example@example.test',
		);

		const mail = await eventually(
			() => invitationFor(run.sb, 'form-example@example.test'),
			run.serverLog,
		);

		const stored = await storedSession(run.sb, mail.sessionId);
		expect(stored.kind).toBe('notary');
		expect(stored.files.map((f) => f.fileName)).toEqual(['contract.pdf']);
		expect(stored.prepare?.redirect_uri).toBe(
			`https://www.example.com/thank-you?onc_session_id=${mail.sessionId}`,
		);
	});

	it('runs the Wait-node example: a returning signer resumes it and it downloads the signed zip', async () => {
		await submitForm(
			webhookIdOf(run.waitExample, 'Signature Request Form'),
			'wait-example@example.test',
		);
		const mail = await eventually(
			() => invitationFor(run.sb, 'wait-example@example.test'),
			run.serverLog,
		);

		const landed = await signInBrowser(run.browser, mail.sessionLink, mail.passcode);

		expect(landed.url).toContain(`${run.n8n.baseUrl}/webhook-waiting/`);
		const zip = `example-wait-${mail.sessionId}.zip`;
		await eventually(
			async () => ((await run.filesLike(zip)).length ? true : undefined),
			run.serverLog,
		);
		const pdfs = await pdfsInZip(join(run.n8n.filesDir, zip));
		expect(pdfs[0].data.equals(run.original)).toBe(false);
	});

	it("runs each credential's test in n8n: a known token passes, a refused one fails with the fix", async () => {
		const rest = await ownerSession(run.n8n.baseUrl);
		const test = async (accessToken: string) =>
			await rest.post('/credentials/test', {
				credentials: {
					...wf.credentialRefs.token.oncApi,
					type: 'oncApi',
					data: { baseUrl: run.sb.baseUrl, accessToken },
				},
			});

		const accepted = await test(run.sb.token);
		const refused = await test('not-a-valid-token');
		const oauth = await rest.post('/credentials/test', {
			credentials: {
				...wf.credentialRefs.oauth.oncOAuth2Api,
				type: 'oncOAuth2Api',
				data: {
					baseUrl: run.sb.baseUrl,
					clientId: run.sb.clientId,
					clientSecret: run.sb.clientSecret,
					oauthTokenData: run.oauthTokens,
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
