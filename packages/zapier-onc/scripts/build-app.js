// Builds dist/app: the folder the Zapier CLI validates, builds and pushes.
// The app and @onc/core are bundled into one index.js, so the only runtime
// dependency left is zapier-platform-core, which Zapier installs itself; this
// keeps pnpm's workspace links out of what the CLI has to resolve.
const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const root = path.resolve(__dirname, '..');
const out = path.join(root, 'dist', 'app');
const pkg = require(path.join(root, 'package.json'));
const CORE = 'zapier-platform-core';

// Node 22 loads `require.mjs` files through the `module-sync` export condition
// (async-function and kin, deep under zapier-platform-core), which the CLI's
// dependency detection does not follow: name them so build.zip has them.
const INCLUDE_IN_BUILD = ['node_modules/.+\\.mjs$'];

// `.zapierapprc` also holds the app's id once linked: keep it across rebuilds.
function appConfig() {
	const file = path.join(out, '.zapierapprc');
	const config = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
	const include = new Set([...(config.includeInBuild ?? []), ...INCLUDE_IN_BUILD]);
	return `${JSON.stringify({ ...config, includeInBuild: [...include] }, null, '\t')}\n`;
}

async function main() {
	const config = appConfig();
	fs.rmSync(out, { recursive: true, force: true });
	fs.mkdirSync(out, { recursive: true });

	await esbuild.build({
		entryPoints: [path.join(root, 'src', 'main.ts')],
		outfile: path.join(out, 'index.js'),
		bundle: true,
		platform: 'node',
		target: 'node20',
		format: 'cjs',
		external: [CORE],
		// Core's sources, so the bundle matches what the tests ran.
		alias: { '@onc/core': path.join(root, '..', 'core', 'src', 'index.ts') },
		legalComments: 'none',
		logLevel: 'warning',
	});

	const appPackage = {
		name: pkg.name,
		version: pkg.version,
		description: pkg.description,
		license: pkg.license,
		private: true,
		main: 'index.js',
		// The CLI installs with the package manager it finds walking up; the
		// workspace root names pnpm, which a plain Zapier build does not need.
		packageManager: 'npm@10.9.2',
		dependencies: { [CORE]: pkg.dependencies[CORE] },
	};
	fs.writeFileSync(path.join(out, 'package.json'), `${JSON.stringify(appPackage, null, '\t')}\n`);
	fs.writeFileSync(path.join(out, '.zapierapprc'), config);
	// Keeps what the CLI makes and installs here out of source.zip.
	fs.writeFileSync(path.join(out, '.gitignore'), 'build/\nnode_modules/\n');

	// `zapier-platform validate` loads the app with its own core: lend it the
	// workspace's copy instead of installing one. `build` installs afresh anyway.
	const modules = path.join(out, 'node_modules');
	fs.mkdirSync(modules);
	fs.symlinkSync(fs.realpathSync(path.join(root, 'node_modules', CORE)), path.join(modules, CORE));

	console.log(`zapier-onc: built ${path.relative(process.cwd(), out)}`);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
