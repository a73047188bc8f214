// Prints the client's upload throughput against curl and its peak memory while
// uploading and downloading 200 MB, all against a throw-away server on
// 127.0.0.1. A benchmark, not a test: it reports figures and verdicts.
//   sh scripts/pnpm.sh --filter @onc/core build && node packages/core/bench/run.js
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { fork } = require('node:child_process');
const { once } = require('node:events');
const { makeFixtures, removeFixtures } = require('./fixtures');
const { curlPath, curlUpload } = require('./curl-upload');
const { printReport } = require('./report');

const MB = 1024 * 1024;
const FILE_COUNT = 4;
const FILE_BYTES = 50 * MB;
const DOWNLOAD_BYTES = 200 * MB;
const RUNS = Number(process.env.BENCH_RUNS || 7);
const WARM_UP_ROUNDS = 2;
const MEMORY_RUNS = 3;
const DEADLINE_MS = 150000;

const children = new Set();

function spawnChild(script, args) {
	const child = fork(path.join(__dirname, script), args, {
		execArgv: ['--expose-gc'],
		env: { ...process.env, NO_PROXY: '127.0.0.1', no_proxy: '127.0.0.1' },
	});
	children.add(child);
	child.on('exit', () => children.delete(child));
	return child;
}

async function startServer() {
	const server = spawnChild('fake-onc-server.js', [String(DOWNLOAD_BYTES)]);
	const [message] = await once(server, 'message');
	return { port: message.port, stop: () => server.kill() };
}

function startWorker() {
	const child = spawnChild('client-worker.js', []);
	const ask = async (job) => {
		child.send(job);
		const [result] = await once(child, 'message');
		if (!result.ok) throw new Error(`client ${job.kind} failed: ${result.error}`);
		return result;
	};
	return { ask, stop: () => child.disconnect() };
}

// Memory is read in a fresh process, so RSS freed by an earlier call cannot
// hide a later call that buffers.
async function freshRun(job) {
	const worker = startWorker();
	try {
		return await worker.ask({ ...job, probe: true });
	} finally {
		worker.stop();
	}
}

function checkUpload(who, run, totalBytes) {
	if (run.parts !== FILE_COUNT || run.bytes < totalBytes) {
		throw new Error(`${who} upload arrived incomplete: ${run.parts} parts, ${run.bytes} bytes`);
	}
	return run;
}

async function measureThroughput(port, files, curl, runs) {
	const worker = startWorker();
	const upload = { kind: 'upload', port, files };
	const bare = { kind: 'bare', port, files };
	const rounds = [
		['client', runs.uploads, () => worker.ask(upload)],
		['bare node:http', runs.bares, () => worker.ask(bare)],
	];
	if (curl) rounds.push(['curl', runs.curls, () => curlUpload(curl, port, files)]);

	// Unrecorded rounds warm the JIT, the page cache and the server.
	for (let i = 0; i < WARM_UP_ROUNDS; i += 1) for (const [, , go] of rounds) await go();
	for (let i = 0; i < RUNS; i += 1) {
		// Rotate who goes first so nobody always meets the same machine state.
		for (let j = 0; j < rounds.length; j += 1) {
			const [who, list, go] = rounds[(i + j) % rounds.length];
			list.push(checkUpload(who, await go(), runs.totalBytes));
		}
		process.stdout.write('.');
	}
	worker.stop();
}

async function measure(port, fixtures, curl) {
	const totalBytes = fixtures.files.reduce((sum, f) => sum + f.size, 0);
	const runs = { totalBytes, fileCount: FILE_COUNT, curlMissing: !curl };
	Object.assign(runs, {
		uploads: [],
		bares: [],
		curls: [],
		memUploads: [],
		memBares: [],
		downloads: [],
	});

	await measureThroughput(port, fixtures.files, curl, runs);
	for (let i = 0; i < MEMORY_RUNS; i += 1) {
		const upload = await freshRun({ kind: 'upload', port, files: fixtures.files });
		runs.memUploads.push(checkUpload('client', upload, totalBytes));
		const bare = await freshRun({ kind: 'bare', port, files: fixtures.files });
		runs.memBares.push(checkUpload('bare node:http', bare, totalBytes));
		const download = await freshRun({ kind: 'download', port, target: fixtures.downloadTarget });
		if (download.bytes !== DOWNLOAD_BYTES)
			throw new Error(`download wrote ${download.bytes} bytes`);
		runs.downloads.push(download);
		fs.rmSync(fixtures.downloadTarget, { force: true });
		process.stdout.write('.');
	}
	return runs;
}

async function main() {
	if (!fs.existsSync(path.join(__dirname, '..', 'dist', 'index.js'))) {
		throw new Error(
			'packages/core/dist is missing: run sh scripts/pnpm.sh --filter @onc/core build',
		);
	}
	const curl = curlPath();
	if (!curl) console.log('curl not found (looked for /usr/bin/curl): apt-get install -y curl');

	const fixtures = await makeFixtures(FILE_COUNT, FILE_BYTES);
	const watchdog = setTimeout(
		() => finish(new Error('benchmark ran past its time limit')),
		DEADLINE_MS,
	);
	let server;
	const finish = (err) => {
		clearTimeout(watchdog);
		for (const child of children) child.kill();
		removeFixtures(fixtures.dir);
		if (err) {
			console.error(`\nBenchmark failed: ${err.message}`);
			process.exit(1);
		}
	};
	process.once('SIGINT', () => finish(new Error('interrupted')));

	try {
		server = await startServer();
		process.stdout.write(`Measuring: ${RUNS} upload rounds, then ${MEMORY_RUNS} memory rounds `);
		const runs = await measure(server.port, fixtures, curl);
		finish();
		printReport(runs);
	} catch (err) {
		finish(err);
	}
}

main().catch((err) => {
	console.error(`Benchmark failed: ${err.message}`);
	process.exit(1);
});
