// A real n8n, installed once per machine outside the workspace and reused.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const N8N_VERSION = '2.41.1';

export const cacheDir =
	process.env.ONC_N8N_CACHE ?? join(homedir(), '.cache', 'onc-integrations', `n8n-${N8N_VERSION}`);

const readyMarker = join(cacheDir, '.onc-ready');

export interface Run {
	code: number;
	stdout: string;
	stderr: string;
}

// Output goes to files, not pipes: n8n ends with process.exit(), which cuts
// off whatever a pipe had not yet taken of a long result.
export async function run(
	command: string,
	args: string[],
	options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<Run> {
	const dir = await mkdtemp(join(tmpdir(), 'onc-run-'));
	const out = openSync(join(dir, 'out'), 'w');
	const err = openSync(join(dir, 'err'), 'w');
	try {
		const code = await new Promise<number>((resolve, reject) => {
			const child = spawn(command, args, {
				cwd: options.cwd,
				env: options.env ?? process.env,
				stdio: ['ignore', out, err],
			});
			const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 600_000);
			child.on('error', reject);
			child.on('close', (exit) => {
				clearTimeout(timer);
				resolve(exit ?? -1);
			});
		});
		const stdout = await readFile(join(dir, 'out'), 'utf8');
		const stderr = await readFile(join(dir, 'err'), 'utf8');
		return { code, stdout, stderr };
	} finally {
		closeSync(out);
		closeSync(err);
		await rm(dir, { recursive: true, force: true });
	}
}

async function must(step: string, result: Promise<Run>): Promise<Run> {
	const done = await result;
	if (done.code !== 0) {
		throw new Error(
			`${step} failed (exit ${done.code}):\n${done.stdout.slice(-3000)}\n${done.stderr.slice(-3000)}`,
		);
	}
	return done;
}

let node24: string | undefined;

/** The Node 24 binary n8n 2.x needs, fetched from the npm registry once. */
export async function node24Binary(): Promise<string> {
	if (node24) return node24;
	const found = await must(
		'fetching node@24',
		run('npx', ['-y', '-p', 'node@24', '-c', 'command -v node'], { timeoutMs: 300_000 }),
	);
	node24 = found.stdout.trim().split('\n').pop()!;
	return node24;
}

export function withNode24(env: NodeJS.ProcessEnv, node: string): NodeJS.ProcessEnv {
	return { ...env, PATH: `${dirname(node)}:${env.PATH ?? ''}` };
}

/**
 * Installs n8n into the cache folder unless a finished install is there.
 * Everything runs with Node 24 first on PATH, the runtime n8n 2.x declares.
 * Install scripts are skipped (several download binaries, which cannot work
 * here); the two native modules n8n needs are then rebuilt for Node 24. The
 * cache is marked ready only after both steps and a load check succeeded, so
 * an install cut off halfway is completed by the next run's npm install.
 */
export async function ensureN8n(): Promise<string> {
	const bin = join(cacheDir, 'node_modules', 'n8n', 'bin', 'n8n');
	if (existsSync(readyMarker)) return bin;

	const node = await node24Binary();
	const env = withNode24(process.env, node);
	await mkdir(cacheDir, { recursive: true });
	await writeFile(join(cacheDir, 'package.json'), '{ "private": true }\n');
	await must(
		`npm install n8n@${N8N_VERSION}`,
		run('npm', ['install', `n8n@${N8N_VERSION}`, '--ignore-scripts', '--no-audit', '--no-fund'], {
			cwd: cacheDir,
			env,
			timeoutMs: 1_800_000,
		}),
	);

	await must(
		'rebuilding sqlite3 and isolated-vm for Node 24',
		run('npm', ['rebuild', 'sqlite3', 'isolated-vm'], { cwd: cacheDir, env, timeoutMs: 1_200_000 }),
	);
	await must(
		'loading the rebuilt native modules',
		run(node, ['-e', "require('sqlite3'); require('isolated-vm')"], { cwd: cacheDir, env }),
	);

	await rm(readyMarker, { force: true });
	await writeFile(readyMarker, `n8n ${N8N_VERSION} ready ${new Date().toISOString()}\n`);
	return bin;
}
