// The same multipart upload written straight on node:http with a known
// Content-Length, so a gap to curl can be split into Node's share and the
// client's share. `reads` picks how the files are read:
// - 'stream': the same file streams, 1 MB at a time, as the client reads them;
// - 'pooled': async reads into a few buffers used over and over, each back in
//   the pool once the socket has taken its bytes;
// - 'sync': the same, reading synchronously on the one thread, as curl does.
// No client can read the streams it is given the last two ways, and blocking
// the event loop on disk reads is no choice for an n8n or Zapier step; they
// show what fresh buffers and the thread-pool round trips cost.
'use strict';

const fs = require('node:fs');
const http = require('node:http');
const { once } = require('node:events');

const BOUNDARY = 'onc-bench-boundary';
const READ_SIZE = 1024 * 1024;
const REUSED_BUFFERS = 4;

function partHead(file, index) {
	return Buffer.from(
		`--${BOUNDARY}\r\nContent-Disposition: form-data; name="files[${index}]"; ` +
			`filename="${file.name}"\r\nContent-Type: application/pdf\r\n\r\n`,
	);
}

// Asking for more than the high-water mark raises it, so the stream reads 1 MB at a time.
async function* streamReads(file) {
	const stream = fs.createReadStream(file.path);
	const ended = once(stream, 'end');
	for (;;) {
		const chunk = stream.read(READ_SIZE);
		if (chunk !== null) yield { chunk };
		else if (stream.readableEnded) return;
		else await Promise.race([once(stream, 'readable'), ended]);
	}
}

// A buffer goes back to the pool only once the socket has taken its bytes.
function bufferPool() {
	const free = Array.from({ length: REUSED_BUFFERS }, () => Buffer.allocUnsafeSlow(READ_SIZE));
	let wake = null;
	const release = (buffer) => {
		free.push(buffer);
		if (wake) wake();
	};
	const take = async () => {
		while (free.length === 0) await new Promise((resolve) => (wake = resolve));
		wake = null;
		return free.pop();
	};
	return { take, release };
}

function readInto(fd, buffer, sync) {
	if (sync) return fs.readSync(fd, buffer, 0, READ_SIZE, null);
	return new Promise((resolve, reject) =>
		fs.read(fd, buffer, 0, READ_SIZE, null, (err, read) => (err ? reject(err) : resolve(read))),
	);
}

async function* pooledReads(file, pool, sync) {
	const fd = fs.openSync(file.path, 'r');
	try {
		for (;;) {
			const buffer = await pool.take();
			const read = await readInto(fd, buffer, sync);
			if (read === 0) return pool.release(buffer);
			yield { chunk: buffer.subarray(0, read), done: () => pool.release(buffer) };
		}
	} finally {
		fs.closeSync(fd);
	}
}

async function bareUpload(port, files, reads = 'stream') {
	const heads = files.map(partHead);
	const tail = Buffer.from(`--${BOUNDARY}--\r\n`);
	const length = files.reduce((sum, f, i) => sum + heads[i].length + f.size + 2, tail.length);
	const req = http.request({
		host: '127.0.0.1',
		port,
		method: 'POST',
		path: '/api/create-notary-session',
		headers: {
			authorization: 'Bearer bench-token',
			'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
			'content-length': String(length),
		},
	});
	const answered = once(req, 'response');
	const pool = reads === 'stream' ? null : bufferPool();

	for (const [i, file] of files.entries()) {
		req.write(heads[i]);
		const chunks = pool ? pooledReads(file, pool, reads === 'sync') : streamReads(file);
		for await (const { chunk, done } of chunks) {
			if (!req.write(chunk, done)) await once(req, 'drain');
		}
		req.write('\r\n');
	}
	req.end(tail);

	const [res] = await answered;
	let text = '';
	for await (const chunk of res) text += chunk;
	const answer = JSON.parse(text);
	return { bytes: answer.received_bytes, parts: answer.received_parts };
}

module.exports = { bareUpload };
