// Bundles the node, the trigger and the credentials into dist/ with @onc/core
// inside, so the published package has no runtime dependency; n8n-workflow is
// n8n's own and stays external.
import { cp, mkdir, readdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
// Built aside and swapped in, so a pack or test running meanwhile never sees half a dist.
const staging = join(root, 'node_modules', `.onc-build-${process.pid}`);

const entryPoints = [
	'nodes/Onc/Onc.node.ts',
	'nodes/OncTrigger/OncTrigger.node.ts',
	'credentials/OncApi.credentials.ts',
	'credentials/OncOAuth2Api.credentials.ts',
].map((file) => join(root, file));

// Inside n8n every request goes through n8n's own HTTP helpers, so core's
// default axios transport is never used: it is left out of the bundle.
const withoutAxiosTransport = {
	name: 'without-axios-transport',
	setup(b) {
		b.onResolve({ filter: /\/axiosTransport$/ }, () => ({
			path: 'axiosTransport',
			namespace: 'onc-stub',
		}));
		b.onLoad({ filter: /.*/, namespace: 'onc-stub' }, () => ({
			contents: `export class AxiosTransport {
	request() { throw new Error('n8n-nodes-onc sends requests through n8n only'); }
}`,
			loader: 'js',
		}));
	},
};

await rm(staging, { recursive: true, force: true });
await build({
	entryPoints,
	outdir: staging,
	outbase: root,
	bundle: true,
	platform: 'node',
	target: 'node20',
	format: 'cjs',
	external: ['n8n-workflow'],
	alias: { '@onc/core': join(root, '../core/src/index.ts') },
	plugins: [withoutAxiosTransport],
	legalComments: 'none',
	logLevel: 'warning',
});

// Icons and codex files sit next to the code that names them.
for (const folder of ['nodes/Onc', 'nodes/OncTrigger', 'credentials']) {
	const files = (await readdir(join(root, folder))).filter((f) => /\.(svg|json)$/.test(f));
	await mkdir(join(staging, folder), { recursive: true });
	for (const file of files) await cp(join(root, folder, file), join(staging, folder, file));
}

await rm(dist, { recursive: true, force: true });
await rename(staging, dist);
