// Zapier's own tooling on the built app: `zapier-platform validate` (the
// style check needs Zapier's servers, so --without-style), `zapier-platform
// build`, then the handler inside build.zip run under Node 22 against the
// sandbox. Needs `npm run build` first (the root test command does that).
const { execFile, execFileSync } = require('node:child_process');
const { promisify } = require('node:util');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { startSandbox, samplePdf } = require('@onc/sandbox');
const { unzipTo } = require('./unzip');
const { serveFile } = require('./serve-file');

const app = path.resolve(__dirname, '..', 'dist', 'app');
const NODE22 = ['-y', '-p', 'node@22'];
const CLI = [...NODE22, '-p', 'zapier-platform-cli@19.1.0', 'zapier-platform'];
const env = { ...process.env, DISABLE_ZAPIER_ANALYTICS: '1' };

const run = (args, options = {}) => {
	console.log(`$ npx ${args.join(' ')}`);
	return execFileSync('npx', args, { cwd: app, env, encoding: 'utf8', ...options });
};

// The handler calls the sandbox this process serves: the event loop must keep running.
const runAsync = async (args, options) => {
	console.log(`$ npx ${args.slice(0, 5).join(' ')} …`);
	const { stdout } = await promisify(execFile)('npx', args, { env, ...options });
	return stdout;
};

const check = (condition, message) => {
	if (!condition) throw new Error(`e2e: ${message}`);
	console.log(`ok - ${message}`);
};

async function handlerChecks(dir) {
	const sb = await startSandbox();
	const file = await serveFile('contract.pdf', await samplePdf('Contract'));
	try {
		const authData = { access_token: sb.token };
		const events = [
			{ command: 'definition' },
			{ command: 'execute', method: 'authentication.test', bundle: { authData } },
			{
				command: 'execute',
				method: 'authentication.test',
				bundle: { authData: { access_token: 'forged' } },
			},
			{
				command: 'execute',
				method: 'creates.create_esign_session.operation.perform',
				bundle: { authData, inputData: { files: [file.url] } },
			},
		];
		const out = await runAsync(
			[...NODE22, 'node', path.join(__dirname, 'run-handler.js'), JSON.stringify(events)],
			{
				cwd: dir,
				env: {
					...env,
					ONC_BASE_URL: sb.baseUrl,
					CLIENT_ID: sb.clientId,
					CLIENT_SECRET: sb.clientSecret,
				},
			},
		);
		const { node, answers } = JSON.parse(out.trim().split('\n').pop());
		const [definition, passed, refused, created] = answers;

		check(node.startsWith('v22.'), `the handler ran under Node 22 (${node})`);
		check(
			definition.ok && Object.keys(definition.results.creates).length === 6,
			'the definition lists the six creates',
		);
		check(
			passed.ok && passed.results.server === new URL(sb.baseUrl).host,
			'the connection test passes',
		);
		check(!refused.ok && refused.name === 'RefreshAuthError', 'a forged token asks for a refresh');
		check(
			created.ok && typeof created.results.session_id === 'string',
			'a session is created from a file link',
		);
	} finally {
		await Promise.all([sb.close(), file.close()]);
	}
}

async function main() {
	check(fs.existsSync(path.join(app, 'index.js')), 'dist/app is built');

	const validated = run([...CLI, 'validate', '--without-style']);
	check(/structurally sound/.test(validated), 'zapier-platform validate --without-style passes');

	// build's own validation also asks Zapier's servers for the style check;
	// the schema was checked just above.
	fs.rmSync(path.join(app, 'build'), { recursive: true, force: true });
	run([...CLI, 'build', '--skip-validation']);
	const zip = path.join(app, 'build', 'build.zip');
	check(fs.existsSync(zip), 'zapier-platform build made build/build.zip');

	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zapier-onc-build-'));
	try {
		await unzipTo(zip, dir);
		check(fs.existsSync(path.join(dir, 'zapierwrapper.js')), 'build.zip holds zapierwrapper.js');
		await handlerChecks(dir);
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
}

main().catch((error) => {
	console.error(error.stdout ?? '', error.stderr ?? '', error);
	process.exit(1);
});
