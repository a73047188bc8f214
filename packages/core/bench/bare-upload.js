// The same multipart upload written straight on node:http with a known
// Content-Length, reading the same 64 KB file streams 1 MB at a time as the
// client does: what Node itself manages with them, so a gap to curl can be
// split into Node's share and the client's share.
'use strict';

const fs = require('node:fs');
const http = require('node:http');
const { once } = require('node:events');

const BOUNDARY = 'onc-bench-boundary';
const READ_SIZE = 1024 * 1024;

function partHead(file, index) {
	return Buffer.from(
		`--${BOUNDARY}\r\nContent-Disposition: form-data; name="files[${index}]"; ` +
			`filename="${file.name}"\r\nContent-Type: application/pdf\r\n\r\n`,
	);
}

// Asking for more than the high-water mark raises it, so the stream reads 1 MB at a time.
async function* bigReads(stream) {
	const ended = once(stream, 'end');
	for (;;) {
		const chunk = stream.read(READ_SIZE);
		if (chunk !== null) yield chunk;
		else if (stream.readableEnded) return;
		else await Promise.race([once(stream, 'readable'), ended]);
	}
}

async function bareUpload(port, files) {
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

	for (const [i, file] of files.entries()) {
		req.write(heads[i]);
		for await (const chunk of bigReads(fs.createReadStream(file.path))) {
			if (!req.write(chunk)) await once(req, 'drain');
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
