// Prints how the client's per-call timeout treats slow and hung transfers:
// an upload still moving on a slow link should finish however long it takes,
// and a download whose server stops sending midway should fail soon after
// timeoutMs instead of hanging. Scaled down: 2 s timeout, 50 MB at 10 MB/s.
//   sh scripts/pnpm.sh --filter @onc/core build && node packages/core/bench/timeouts.js
'use strict';

const fs = require('node:fs');
const { pipeline } = require('node:stream/promises');
const { OncClient } = require('../dist');
const { makeFixtures, removeFixtures } = require('./fixtures');
const { startServer, stopAll } = require('./processes');

const MB = 1024 * 1024;
const TIMEOUT_MS = 2000;
const GIVE_UP_MS = 4 * TIMEOUT_MS;

function clientAt(port) {
	const baseUrl = `http://127.0.0.1:${port}`;
	return new OncClient(
		{ baseUrl, accessToken: 'bench-token' },
		{ timeoutMs: TIMEOUT_MS, retry: { maxAttempts: 1 } },
	);
}

async function outcome(work) {
	const started = Date.now();
	const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
	let timer;
	const hung = new Promise((resolve) => {
		timer = setTimeout(
			() => resolve(`still running after ${seconds()}: nothing ends it  MISS`),
			GIVE_UP_MS,
		);
	});
	const done = work().then(
		(note) => `completed in ${seconds()}${note}`,
		(err) => `failed after ${seconds()}: ${err.name}: ${err.message}`,
	);
	const text = await Promise.race([done, hung]);
	clearTimeout(timer);
	return text;
}

async function main() {
	const fixtures = await makeFixtures(1, 50 * MB);
	const [file] = fixtures.files;
	try {
		const slowPort = await startServer({ downloadBytes: 0, uploadBytesPerSecond: 10 * MB });
		const upload = await outcome(async () => {
			const data = fs.createReadStream(file.path);
			const session = await clientAt(slowPort).createSession('notary', [
				{ fileName: file.name, data, size: file.size },
			]);
			return `, ${session.raw.received_bytes} bytes received  ${session.raw.received_bytes >= file.size ? 'PASS' : 'MISS'}`;
		});
		console.log(`Upload of 50 MB at 10 MB/s, timeoutMs ${TIMEOUT_MS}: ${upload}`);

		const hungPort = await startServer({ downloadBytes: 50 * MB, stallAfter: MB });
		const download = await outcome(async () => {
			const result = await clientAt(hungPort).downloadFilesStream(
				'97f1cd16-5e43-11ee-913f-2cea7fe1bf2e',
			);
			await pipeline(result.stream, fs.createWriteStream(fixtures.downloadTarget));
			return '  MISS (the server never sent the rest)';
		});
		const expected = download.startsWith('failed') ? '  PASS' : '';
		console.log(`Download that hangs after 1 MB, timeoutMs ${TIMEOUT_MS}: ${download}${expected}`);
	} finally {
		stopAll();
		removeFixtures(fixtures.dir);
	}
}

main().catch((err) => {
	console.error(`timeouts probe failed: ${err.message}`);
	process.exit(1);
});
