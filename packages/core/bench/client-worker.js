// Runs client calls on request from the benchmark, in a process of its own so
// the figures hold only the client's memory. A fresh worker per memory
// figure; one long-lived worker for throughput, so the JIT is warm as curl is.
'use strict';

const fs = require('node:fs');
const { pipeline } = require('node:stream/promises');
const { performance } = require('node:perf_hooks');
const { OncClient } = require('../dist');
const { bareUpload } = require('./bare-upload');
const { startProbe } = require('./memory-probe');

const SAMPLE_EVERY_MS = 2;
const SESSION_ID = '97f1cd16-5e43-11ee-913f-2cea7fe1bf2e';

async function clientUpload(client, files, chunkBytes) {
	const oncFiles = files.map((f) => ({
		fileName: f.name,
		data: fs.createReadStream(f.path, { highWaterMark: chunkBytes }),
		size: f.size,
	}));
	const session = await client.createSession('notary', oncFiles);
	return { bytes: session.raw.received_bytes, parts: session.raw.received_parts };
}

async function clientDownload(client, target) {
	const result = await client.downloadFilesStream(SESSION_ID);
	await pipeline(result.stream, fs.createWriteStream(target));
	return { bytes: fs.statSync(target).size, contentType: result.contentType };
}

function call(job) {
	const client = new OncClient(
		{ baseUrl: `http://127.0.0.1:${job.port}`, accessToken: 'bench-token' },
		// One attempt, so a retried download can never pass for a clean one.
		{ retry: { maxAttempts: 1 } },
	);
	if (job.kind === 'upload') return clientUpload(client, job.files, job.chunkBytes);
	if (job.kind === 'download') return clientDownload(client, job.target);
	return bareUpload(job.port, job.files, job.reads);
}

async function run(job) {
	const probe = job.probe ? startProbe(SAMPLE_EVERY_MS) : null;
	const started = performance.now();
	const outcome = await call(job);
	const seconds = (performance.now() - started) / 1000;
	return { ok: true, seconds, memory: probe && probe.stop(), ...outcome };
}

process.on('message', (job) => {
	run(job).then(
		(result) => process.send(result),
		(err) => process.send({ ok: false, error: `${err.name}: ${err.message}` }),
	);
});
process.on('disconnect', () => process.exit(0));
