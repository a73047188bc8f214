// Prints whether a streamed upload that is still moving survives the client's
// per-call timeout: 50 MB over a link the server holds to 10 MB/s (about 5 s),
// with timeoutMs at 2 s. A slow home upstream meets the same case with the
// default 30 s and a large file.
//   sh scripts/pnpm.sh --filter @onc/core build && node packages/core/bench/slow-link.js
'use strict';

const fs = require('node:fs');
const { OncClient } = require('../dist');
const { makeFixtures, removeFixtures } = require('./fixtures');
const { startServer, stopAll } = require('./processes');

const MB = 1024 * 1024;
const TIMEOUT_MS = 2000;

async function main() {
	const fixtures = await makeFixtures(1, 50 * MB);
	const [file] = fixtures.files;
	try {
		const port = await startServer(0, 10 * MB);
		const client = new OncClient(
			{ baseUrl: `http://127.0.0.1:${port}`, accessToken: 'bench-token' },
			{ timeoutMs: TIMEOUT_MS, retry: { maxAttempts: 1 } },
		);
		const started = Date.now();
		const data = fs.createReadStream(file.path);
		const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
		try {
			const session = await client.createSession('notary', [
				{ fileName: file.name, data, size: file.size },
			]);
			console.log(`50 MB at 10 MB/s, timeoutMs ${TIMEOUT_MS}: completed in ${seconds()} s`);
			console.log(`  server received ${session.raw.received_bytes} bytes`);
		} catch (err) {
			console.log(`50 MB at 10 MB/s, timeoutMs ${TIMEOUT_MS}: failed after ${seconds()} s`);
			console.log(`  ${err.name}: ${err.message}`);
		}
	} finally {
		stopAll();
		removeFixtures(fixtures.dir);
	}
}

main().catch((err) => {
	console.error(`slow-link failed: ${err.message}`);
	process.exit(1);
});
