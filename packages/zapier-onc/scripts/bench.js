// Prints how a large upload goes through the built app: a PDF of SIZE_MIB
// (default 200) served from disk on 127.0.0.1, sent by "Create E-Sign Session"
// to a sandbox in its own process. Peak memory staying far below the file size
// shows the file is streamed. Run after `npm run build`: node scripts/bench.js
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');

const MIB = 1024 * 1024;
const size = Number(process.env.SIZE_MIB ?? 200) * MIB;
const app = path.resolve(__dirname, '..', 'dist', 'app');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'zapier-onc-bench-'));

function bigPdf() {
	const file = path.join(work, 'big.pdf');
	const fd = fs.openSync(file, 'w');
	fs.writeSync(fd, '%PDF-1.4\n');
	const block = Buffer.alloc(MIB, 0x20);
	for (let written = 9; written < size; written += block.length) {
		fs.writeSync(fd, block, 0, Math.min(block.length, size - written));
	}
	fs.closeSync(fd);
	return file;
}

async function serve(file) {
	const server = http.createServer((_req, res) => {
		res.writeHead(200, {
			'Content-Type': 'application/pdf',
			'Content-Length': fs.statSync(file).size,
		});
		fs.createReadStream(file).pipe(res);
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	return { url: `http://127.0.0.1:${server.address().port}/big.pdf`, server };
}

function sandbox() {
	const cli = path.resolve(__dirname, '..', '..', 'sandbox', 'dist', 'cli.js');
	const args = [
		cli,
		'--port',
		'0',
		'--data-dir',
		path.join(work, 'data'),
		'--max-upload-mib',
		String(size / MIB + 16),
	];
	const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
	return new Promise((resolve, reject) => {
		let out = '';
		child.stdout.on('data', (chunk) => {
			out += chunk;
			const url = /https?:\/\/127\.0\.0\.1:\d+/.exec(out);
			if (url) resolve({ baseUrl: url[0], child });
		});
		child.on('exit', (code) => reject(new Error(`sandbox exited with ${code}`)));
	});
}

async function main() {
	const file = bigPdf();
	const host = await serve(file);
	const sb = await sandbox();
	Object.assign(process.env, { ONC_BASE_URL: sb.baseUrl, CLIENT_ID: 'x', CLIENT_SECRET: 'y' });
	const zapier = require(path.join(app, 'node_modules', 'zapier-platform-core'));
	const run = zapier.createAppTester(require(path.join(app, 'index.js')));
	const create = require(path.join(app, 'index.js')).creates.create_esign_session.operation.perform;

	const before = process.resourceUsage().maxRSS / 1024;
	const started = process.hrtime.bigint();
	const result = await run(create, {
		authData: { access_token: 'onc-sandbox-token' },
		inputData: { files: [host.url] },
	});
	const seconds = Number(process.hrtime.bigint() - started) / 1e9;
	const peak = process.resourceUsage().maxRSS / 1024;

	console.log(`session ${result.session_id}`);
	console.log(`file size            ${(size / MIB).toFixed(0)} MiB`);
	console.log(
		`create took          ${seconds.toFixed(2)} s (${(size / MIB / seconds).toFixed(1)} MiB/s)`,
	);
	console.log(`peak RSS before/after ${before.toFixed(0)} / ${peak.toFixed(0)} MiB`);

	sb.child.kill();
	host.server.close();
	fs.rmSync(work, { recursive: true, force: true });
}

main().catch((error) => {
	console.error(error);
	fs.rmSync(work, { recursive: true, force: true });
	process.exit(1);
});
