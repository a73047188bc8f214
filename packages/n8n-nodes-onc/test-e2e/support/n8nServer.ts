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

// n8n answers readiness before the published workflows' webhooks are
// registered. An OPTIONS request with an Origin asks n8n for a webhook's
// methods: 204 once it is registered, 404 before; nothing runs.
async function registered(urls: string[], deadline: number): Promise<void> {
	const pending = new Set(urls);
	while (Date.now() < deadline) {
		for (const url of [...pending]) {
			const res = await fetch(url, { method: 'OPTIONS', headers: { Origin: 'http://probe.test' } });
			if (res.status < 400) pending.delete(url);
		}
		if (pending.size === 0) return;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	throw new Error(`webhooks not registered in time: ${[...pending].join(', ')}`);
}

// The HTTP server, and so readiness and the webhook routes, come up before
// n8n activates the published workflows. A workflow whose activation fails
// part-way has its webhooks removed again, so a webhook that answered during
// activation can be gone a moment later. n8n prints the editor URL once
// activation is over: only then is a registered webhook there to stay.
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
	throw new Error('n8n did not finish activating the workflows in time');
}

/**
 * Publishes the workflows (2.x activates published ones at start), runs
 * `n8n start`, and returns once the given webhook URLs answer.
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
		await registered(webhookUrls, Date.now() + 120_000);
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
