// The running world of the `n8n start` suite: the sandbox, n8n with both
// credentials and the suite's published workflows, and a browser for signers.
import { randomUUID } from 'node:crypto';
import { readdir, writeFile as write } from 'node:fs/promises';
import { join } from 'node:path';

import { samplePdf, startSandbox, type Sandbox } from '@onc/sandbox';
import type { Browser } from 'playwright-core';

import { launchBrowser } from './browser';
import { appendNode, loadExample, webhookIdOf } from './examples';
import { startN8nInstance, type N8nInstance } from './n8nInstance';
import { startN8nServer, type N8nServer } from './n8nServer';
import { importOncCredentials } from './oauth';
import { suiteWorkflows } from './serverWorkflows';
import * as wf from './workflows';

export interface ServerRun {
	sb: Sandbox;
	n8n: N8nInstance;
	browser: Browser;
	/** The PDF every workflow sends, to compare with what comes back signed. */
	original: Buffer;
	/** The Production URL of the trigger's webhook. */
	triggerUrl: string;
	waitExample: ReturnType<typeof loadExample>;
	formExample: ReturnType<typeof loadExample>;
	/** The OAuth2 credential's token data, as n8n stores it. */
	oauthTokens: Record<string, unknown>;
	/** Names in n8n's files folder that start with `prefix`, sorted. */
	filesLike(prefix: string): Promise<string[]>;
	/** The end of n8n's log, shown when a wait runs out. */
	serverLog(): Promise<string>;
	stop(): Promise<void>;
}

/** Starts it all; if a step fails, what already started is stopped before the error is thrown. */
export async function startServerRun(): Promise<ServerRun> {
	const stops: Array<() => Promise<void>> = [];
	const stop = async () => {
		for (let step = stops.pop(); step; step = stops.pop()) await step();
	};
	try {
		return await start(stops, stop);
	} catch (error) {
		await stop();
		throw error;
	}
}

async function start(
	stops: Array<() => Promise<void>>,
	stop: () => Promise<void>,
): Promise<ServerRun> {
	const sb = await startSandbox({ port: 0, host: '127.0.0.1' });
	stops.push(() => sb.close());
	const n8n = await startN8nInstance();
	stops.push(() => n8n.dispose());
	const files = n8n.filesDir;
	const original = await samplePdf('Contract to sign');
	await write(join(files, 'contract.pdf'), original);
	const triggerWebhookId = randomUUID();
	const triggerUrl = `${n8n.baseUrl}/webhook/${triggerWebhookId}/session-finished`;

	const oauthTokens = await importOncCredentials(n8n, sb);
	const waitExample = appendNode(
		loadExample('wait-for-signers.json', 'oncE2eWaitExam02'),
		'Download Signed Files',
		wf.writeFile('Write Zip', `=${files}/example-wait-{{ $json.sessionId }}.zip`),
	);
	const formExample = loadExample('form-submission-to-notary-session.json', 'oncE2eFormExam01');
	const workflows = [
		...suiteWorkflows(files, triggerWebhookId, triggerUrl),
		waitExample,
		formExample,
	];
	await n8n.importWorkflows(workflows);
	const server: N8nServer = await startN8nServer(
		n8n,
		workflows.map((workflow) => workflow.id as string),
		[
			triggerUrl,
			`${n8n.baseUrl}/webhook/onc-e2e-send`,
			`${n8n.baseUrl}/webhook/onc-e2e-wait`,
			`${n8n.baseUrl}/form/${webhookIdOf(waitExample, 'Signature Request Form')}`,
			`${n8n.baseUrl}/form/${webhookIdOf(formExample, 'Notarization Request Form')}`,
		],
	);
	stops.push(() => server.stop());
	const browser = await launchBrowser();
	stops.push(() => browser.close());

	return {
		sb,
		n8n,
		browser,
		original,
		triggerUrl,
		waitExample,
		formExample,
		oauthTokens,
		filesLike: async (prefix) => (await readdir(files)).filter((f) => f.startsWith(prefix)).sort(),
		serverLog: async () => (await server.log()).slice(-3000),
		stop,
	};
}
