// One throwaway n8n user folder with the packed node installed, and its CLI.
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ensureN8n, node24Binary, run, withNode24, type Run } from './n8nInstall';

const packageDir = join(__dirname, '..', '..');

export async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	await new Promise((resolve) => server.close(resolve));
	return port;
}

export interface N8nInstance {
	/** Where workflows may read and write files (N8N_RESTRICT_FILE_ACCESS_TO). */
	filesDir: string;
	/** Where `n8n start` listens: http://127.0.0.1:<port>. */
	baseUrl: string;
	env: NodeJS.ProcessEnv;
	cli(args: string[], timeoutMs?: number): Promise<Run>;
	importCredentials(credentials: object[]): Promise<void>;
	importWorkflows(workflows: object[]): Promise<void>;
	/** Runs a workflow with `n8n execute`; returns n8n's run data, or the failed run. */
	execute(id: string): Promise<{ ok: boolean; run: Run; data?: ExecutionData }>;
	dispose(): Promise<void>;
}

export interface OutputItem {
	json: Record<string, unknown>;
	binary?: Record<string, { fileName?: string; mimeType?: string }>;
}

export interface ExecutionData {
	data: {
		resultData: {
			runData: Record<string, Array<{ data?: { main: Array<Array<OutputItem>> } }>>;
		};
	};
}

async function packNode(into: string): Promise<string> {
	const packed = await run('npm', ['pack', '--pack-destination', into, '--silent'], {
		cwd: packageDir,
	});
	if (packed.code !== 0) throw new Error(`npm pack failed: ${packed.stderr}`);
	const tgz = (await readdir(into)).find((f) => f.endsWith('.tgz'));
	if (!tgz) throw new Error('npm pack wrote no .tgz');
	return join(into, tgz);
}

export async function startN8nInstance(): Promise<N8nInstance> {
	const bin = await ensureN8n();
	const node = await node24Binary();
	const root = await mkdtemp(join(tmpdir(), 'onc-n8n-e2e-'));
	const userFolder = join(root, 'user');
	const filesDir = join(root, 'files');
	const nodesDir = join(userFolder, '.n8n', 'nodes');
	await mkdir(filesDir, { recursive: true });
	await mkdir(nodesDir, { recursive: true });

	// Installed the way n8n installs a community package: into nodes/node_modules.
	const tgz = await packNode(root);
	await writeFile(join(nodesDir, 'package.json'), '{ "private": true }\n');
	const installed = await run(
		'npm',
		['install', tgz, '--ignore-scripts', '--legacy-peer-deps', '--no-audit', '--no-fund'],
		{ cwd: nodesDir },
	);
	if (installed.code !== 0)
		throw new Error(`installing the packed node failed: ${installed.stderr}`);

	const port = await freePort();
	const baseUrl = `http://127.0.0.1:${port}`;
	const env = withNode24(
		{
			...process.env,
			// jest sets NODE_ENV=test, under which n8n skips loading nodes.
			NODE_ENV: 'production',
			N8N_USER_FOLDER: userFolder,
			N8N_ENCRYPTION_KEY: 'onc-e2e-encryption-key-not-secret',
			N8N_DIAGNOSTICS_ENABLED: 'false',
			N8N_DISABLED_MODULES: 'mcp-registry',
			N8N_RESTRICT_FILE_ACCESS_TO: filesDir,
			N8N_RUNNERS_BROKER_PORT: String(await freePort()),
			N8N_PORT: String(port),
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			WEBHOOK_URL: `${baseUrl}/`,
			N8N_DEFAULT_BINARY_DATA_MODE: 'filesystem',
			N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
			N8N_LOG_LEVEL: 'warn',
			N8N_SECURE_COOKIE: 'false',
		},
		node,
	);

	const cli = (args: string[], timeoutMs = 240_000) =>
		run(node, [bin, ...args], { env, timeoutMs });

	async function importFile(kind: 'credentials' | 'workflow', content: object[]): Promise<void> {
		const file = join(root, `${kind}.json`);
		await writeFile(file, JSON.stringify(content));
		const done = await cli([`import:${kind}`, `--input=${file}`]);
		if (done.code !== 0) throw new Error(`import:${kind} failed:\n${done.stdout}\n${done.stderr}`);
	}

	return {
		filesDir,
		baseUrl,
		env,
		cli,
		importCredentials: (credentials) => importFile('credentials', credentials),
		importWorkflows: (workflows) => importFile('workflow', workflows),
		async execute(id) {
			// `execute` prints the run through n8n's logger at level info.
			const done = await run(node, [bin, 'execute', `--id=${id}`, '--rawOutput'], {
				env: { ...env, N8N_LOG_LEVEL: 'info' },
				timeoutMs: 240_000,
			});
			const data = runDataIn(done.stdout);
			return { ok: done.code === 0 && data !== undefined, run: done, data };
		},
		dispose: async () => {
			if (!process.env.ONC_E2E_KEEP) await rm(root, { recursive: true, force: true });
		},
	};
}

/** The pretty-printed JSON run data among n8n's log lines. */
function runDataIn(stdout: string): ExecutionData | undefined {
	const lines = stdout.split('\n');
	const start = lines.indexOf('{');
	const end = lines.lastIndexOf('}');
	if (start < 0 || end < start) return undefined;
	return JSON.parse(lines.slice(start, end + 1).join('\n')) as ExecutionData;
}

/** The run data of an execution that must have succeeded; n8n's own output otherwise. */
export function succeeded(result: { ok: boolean; run: Run; data?: ExecutionData }): ExecutionData {
	if (result.ok && result.data) return result.data;
	throw new Error(
		`n8n execute failed (exit ${result.run.code}):\n${result.run.stdout.slice(-6000)}\n${result.run.stderr.slice(-4000)}`,
	);
}

/** The items a node output in a run, first output, first run. */
export function nodeItems(data: ExecutionData, nodeName: string): OutputItem[] {
	const runs = data.data.resultData.runData[nodeName];
	if (!runs) throw new Error(`node "${nodeName}" did not run`);
	return runs[0].data?.main[0] ?? [];
}

/** The JSON of the items a node output. */
export function nodeOutput(data: ExecutionData, nodeName: string): Array<Record<string, unknown>> {
	return nodeItems(data, nodeName).map((item) => item.json);
}
