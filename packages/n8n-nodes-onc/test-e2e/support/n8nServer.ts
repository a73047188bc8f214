// `n8n start` for tests that need n8n's webhooks: published workflows, a ready server, a clean stop.
import { spawn, type ChildProcess } from 'node:child_process';
import { openSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { N8nInstance } from './n8nInstance';
import { ensureN8n, node24Binary } from './n8nInstall';

export interface N8nServer {
	log(): Promise<string>;
	stop(): Promise<void>;
}

async function ready(url: string, child: ChildProcess, deadline: number): Promise<void> {
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`n8n start exited with ${child.exitCode}`);
		const ok = await fetch(`${url}/healthz/readiness`).then(
			(res) => res.ok,
			() => false,
		);
		if (ok) return;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	throw new Error('n8n did not become ready in time');
}

// n8n 2.x publishes workflows in the background: its publication outbox is
// polled every 15 s, so webhooks may appear well after the editor URL is
// printed. A CORS preflight asks n8n for the webhook's access-control options,
// which it can only answer for a registered webhook (404 before); nothing
// runs. Without Access-Control-Request-Method n8n answers 204 for any path,
// so the probe is first made on a path no workflow has, and must fail there.
async function preflight(url: string): Promise<number> {
	const res = await fetch(url, {
		method: 'OPTIONS',
		headers: { Origin: 'http://probe.test', 'Access-Control-Request-Method': 'GET' },
	});
	await res.arrayBuffer();
	return res.status;
}

async function registered(baseUrl: string, urls: string[], deadline: number): Promise<void> {
	const unknown = await preflight(`${baseUrl}/webhook/onc-e2e-no-such-webhook`);
	if (unknown < 400)
		throw new Error(
			`n8n answered ${unknown} to a preflight for a missing webhook: the probe proves nothing`,
		);
	const pending = new Set(urls);
	while (Date.now() < deadline) {
		for (const url of [...pending]) if ((await preflight(url)) < 400) pending.delete(url);
		if (pending.size === 0) return;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	throw new Error(`webhooks not registered in time: ${[...pending].join(', ')}`);
}

// Readiness comes before n8n has finished starting; the editor URL is
// printed once it has. Only then is the publication outbox being read.
async function started(
	log: () => Promise<string>,
	child: ChildProcess,
	deadline: number,
): Promise<void> {
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`n8n start exited with ${child.exitCode}`);
		if ((await log()).includes('Editor is now accessible via')) return;
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error('n8n did not finish starting in time');
}

/**
 * Publishes the workflows (2.x activates published ones at start), runs
 * `n8n start`, and returns once n8n has registered the given GET webhook URLs.
 */
export async function startN8nServer(
	n8n: N8nInstance,
	publish: string[],
	webhookUrls: string[],
): Promise<N8nServer> {
	for (const id of publish) {
		const done = await n8n.cli(['publish:workflow', `--id=${id}`]);
		if (done.code !== 0) throw new Error(`publish:workflow ${id} failed:\n${done.stderr}`);
	}

	const logFile = join(n8n.filesDir, '..', 'n8n-start.log');
	const out = openSync(logFile, 'w');
	const child = spawn(await node24Binary(), [await ensureN8n(), 'start'], {
		env: { ...n8n.env, N8N_LOG_LEVEL: 'info' },
		stdio: ['ignore', out, out],
	});
	const log = () => readFile(logFile, 'utf8');
	try {
		await ready(n8n.baseUrl, child, Date.now() + 120_000);
		await started(log, child, Date.now() + 120_000);
		await registered(n8n.baseUrl, webhookUrls, Date.now() + 120_000);
	} catch (error) {
		child.kill('SIGKILL');
		throw new Error(`${(error as Error).message}\n${(await log()).slice(-4000)}`);
	}

	return {
		log,
		async stop() {
			if (child.exitCode !== null) return;
			const exited = new Promise((resolve) => child.once('exit', resolve));
			child.kill('SIGTERM');
			const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
			await exited;
			clearTimeout(timer);
		},
	};
}
