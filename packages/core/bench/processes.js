// Starts and stops the benchmark's helper processes: the fake ONC servers and
// the client workers. Every one of them is tracked so that none outlives a run.
'use strict';

const path = require('node:path');
const { fork } = require('node:child_process');
const { once } = require('node:events');

const children = new Set();

function spawnChild(script, args) {
	const child = fork(path.join(__dirname, script), args, {
		execArgv: ['--expose-gc'],
		// Keep any proxy the machine has configured out of a 127.0.0.1 benchmark.
		env: { ...process.env, NO_PROXY: '127.0.0.1', no_proxy: '127.0.0.1' },
	});
	children.add(child);
	child.on('exit', () => children.delete(child));
	// A helper that dies before answering must fail the run, not leave it waiting.
	child.exited = once(child, 'exit').then(([code]) => {
		throw new Error(`a benchmark helper stopped early (exit code ${code})`);
	});
	child.exited.catch(() => {});
	return child;
}

/**
 * A fake ONC server: `{ downloadBytes, uploadBytesPerSecond?, stallAfter? }`,
 * the last two to hold uploads to a link rate and to hang a download midway.
 */
async function startServer(options) {
	const server = spawnChild('fake-onc-server.js', [JSON.stringify(options)]);
	const [message] = await Promise.race([once(server, 'message'), server.exited]);
	return message.port;
}

function startWorker() {
	const child = spawnChild('client-worker.js', []);
	const ask = async (job) => {
		child.send(job);
		const [result] = await Promise.race([once(child, 'message'), child.exited]);
		if (!result.ok) throw new Error(`the ${job.kind} call failed: ${result.error}`);
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

function stopAll() {
	for (const child of children) child.kill();
}

module.exports = { startServer, startWorker, freshRun, stopAll };
