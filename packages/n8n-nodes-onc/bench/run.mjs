// Bundles a benchmark (TypeScript, workspace sources) with esbuild and runs it with --expose-gc.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { buildSync } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Inside node_modules so the bundle finds n8n-workflow, which stays external as in n8n.
const out = join(root, 'node_modules', `.onc-bench-${process.pid}`, 'bench.cjs');
buildSync({
	entryPoints: [join(root, 'bench', 'uploadMemory.ts')],
	outfile: out,
	bundle: true,
	platform: 'node',
	format: 'cjs',
	target: 'node20',
	alias: {
		'@onc/core': join(root, '../core/src/index.ts'),
		'@onc/sandbox': join(root, '../sandbox/src/index.ts'),
	},
	external: ['n8n-workflow'],
	logLevel: 'warning',
});
const run = spawnSync(process.execPath, ['--expose-gc', out], { stdio: 'inherit', cwd: root });
rmSync(dirname(out), { recursive: true, force: true });
process.exit(run.status ?? 1);
