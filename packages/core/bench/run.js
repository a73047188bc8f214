// Prints the client's upload throughput against curl and its peak memory while
// uploading and downloading 200 MB, all against throw-away servers on
// 127.0.0.1. A benchmark, not a test: it reports figures and verdicts.
//   sh scripts/pnpm.sh --filter @onc/core build && node packages/core/bench/run.js
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { makeFixtures, removeFixtures } = require('./fixtures');
const { curlPath, curlUpload } = require('./curl-upload');
const { startServer, startWorker, freshRun, stopAll } = require('./processes');
const { printReport } = require('./report');

const MB = 1024 * 1024;
const FILE_COUNT = 4;
const FILE_BYTES = 50 * MB;
const DOWNLOAD_BYTES = 200 * MB;
const RUNS = Number(process.env.BENCH_RUNS || 7);
const WARM_UPS = 3;
const LINK_RUNS = 3;
const LINK_MB_PER_S = Number(process.env.BENCH_LINK_MBPS || 100);
const MEMORY_RUNS = 3;
const BIG_CHUNK_BYTES = 256 * 1024;
const DEADLINE_MS = 150000;

function checkUpload(who, run, totalBytes) {
	if (run.parts !== FILE_COUNT || run.bytes < totalBytes) {
		throw new Error(`${who} upload arrived incomplete: ${run.parts} parts, ${run.bytes} bytes`);
	}
	return run;
}

// The contenders take turns; who goes first rotates so that none always meets
// the same machine state. Unrecorded rounds first warm the JIT and page cache:
// Node needs a few 200 MB uploads before it reaches its steady speed.
async function rounds(contenders, count, warmUps, totalBytes) {
	const results = contenders.map(() => []);
	for (let i = 0; i < warmUps; i += 1) for (const c of contenders) await c.go();
	for (let i = 0; i < count; i += 1) {
		for (let j = 0; j < contenders.length; j += 1) {
			const k = (i + j) % contenders.length;
			results[k].push(checkUpload(contenders[k].who, await contenders[k].go(), totalBytes));
		}
		process.stdout.write('.');
	}
	return results;
}

async function measure(fixtures, curl, totalBytes) {
	const { files, downloadTarget } = fixtures;
	const port = await startServer({ downloadBytes: DOWNLOAD_BYTES });
	const linkPort = await startServer({
		downloadBytes: 0,
		uploadBytesPerSecond: LINK_MB_PER_S * MB,
	});
	const worker = startWorker();
	// n8n's own nodes read stored files in 256 KB chunks; a caller can choose that.
	const bigChunks = { kind: 'upload', chunkBytes: BIG_CHUNK_BYTES };
	const contenders = (at, withBare) => [
		{ who: 'client', go: () => worker.ask({ kind: 'upload', port: at, files }) },
		...(withBare ? [{ who: 'bare', go: () => worker.ask({ kind: 'bare', port: at, files }) }] : []),
		...(withBare
			? [{ who: 'client (256 KB)', go: () => worker.ask({ ...bigChunks, port: at, files }) }]
			: []),
		...(withBare ? ['pooled', 'sync'] : []).map((reads) => ({
			who: `bare (${reads} reads)`,
			go: () => worker.ask({ kind: 'bare', reads, port: at, files }),
		})),
		...(curl ? [{ who: 'curl', go: () => curlUpload(curl, at, files) }] : []),
	];
	const runs = { totalBytes, fileCount: FILE_COUNT, curlMissing: !curl, linkMBps: LINK_MB_PER_S };

	const onLoopback = await rounds(contenders(port, true), RUNS, WARM_UPS, totalBytes);
	[
		runs.uploads,
		runs.bares,
		runs.bigChunkUploads,
		runs.pooledBares,
		runs.syncBares,
		runs.curls = [],
	] = onLoopback;
	const onLink = await rounds(contenders(linkPort, false), LINK_RUNS, 0, totalBytes);
	[runs.linkUploads, runs.linkCurls = []] = onLink;
	worker.stop();

	Object.assign(runs, { memUploads: [], memBares: [], downloads: [] });
	for (let i = 0; i < MEMORY_RUNS; i += 1) {
		const upload = await freshRun({ kind: 'upload', port, files });
		runs.memUploads.push(checkUpload('client', upload, totalBytes));
		const bare = await freshRun({ kind: 'bare', port, files });
		runs.memBares.push(checkUpload('bare', bare, totalBytes));
		const download = await freshRun({ kind: 'download', port, target: downloadTarget });
		if (download.bytes !== DOWNLOAD_BYTES) throw new Error(`download wrote ${download.bytes} B`);
		runs.downloads.push(download);
		fs.rmSync(downloadTarget, { force: true });
		process.stdout.write('.');
	}
	return runs;
}

async function main() {
	if (!fs.existsSync(path.join(__dirname, '..', 'dist', 'index.js'))) {
		throw new Error('packages/core/dist is missing: sh scripts/pnpm.sh --filter @onc/core build');
	}
	const curl = curlPath();
	if (!curl) console.log('curl not found (looked for /usr/bin/curl): apt-get install -y curl');

	const fixtures = await makeFixtures(FILE_COUNT, FILE_BYTES);
	const totalBytes = fixtures.files.reduce((sum, f) => sum + f.size, 0);
	const finish = (err) => {
		clearTimeout(watchdog);
		stopAll();
		removeFixtures(fixtures.dir);
		if (!err) return;
		console.error(`\nBenchmark failed: ${err.message}`);
		process.exit(1);
	};
	const watchdog = setTimeout(() => finish(new Error('it ran past its time limit')), DEADLINE_MS);
	process.once('SIGINT', () => finish(new Error('interrupted')));

	process.stdout.write(
		`Measuring ${RUNS} + ${LINK_RUNS} upload rounds, ${MEMORY_RUNS} memory rounds `,
	);
	try {
		const runs = await measure(fixtures, curl, totalBytes);
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
