// A bare-bones stand-in for the two ONC calls the benchmark times. It runs in
// its own process so its buffers never count against the client's memory.
'use strict';

const http = require('node:http');

const PART_NAME = Buffer.from('name="files[');
const CHUNK = Buffer.alloc(64 * 1024, 0x5a);
const ZIP_HEAD = Buffer.from('504b0304140000000000', 'hex');

// Count multipart parts as the body streams past, so the benchmark can prove
// that every file arrived without the server keeping any of it. With a link
// rate, reading pauses whenever it runs ahead of that rate, and TCP
// back-pressure slows the sender down as a slower network would.
function drainUpload(req, res, bytesPerSecond) {
	const started = Date.now();
	let bytes = 0;
	let parts = 0;
	let tail = Buffer.alloc(0);
	req.on('data', (chunk) => {
		bytes += chunk.length;
		const ahead = (bytes / bytesPerSecond) * 1000 - (Date.now() - started);
		if (ahead > 1) {
			req.pause();
			setTimeout(() => req.resume(), ahead);
		}
		const seam = Buffer.concat([tail, chunk.subarray(0, PART_NAME.length - 1)]);
		parts += countOf(seam, PART_NAME) + countOf(chunk, PART_NAME);
		tail = chunk.subarray(Math.max(0, chunk.length - (PART_NAME.length - 1)));
	});
	req.on('end', () => {
		const answer = {
			title: 'Benchmark Notary',
			created_by: '9999999999',
			notary_id: '97f1cd16-5e43-11ee-913f-2cea7fe1bf2e',
			status: 'active',
			received_bytes: bytes,
			received_parts: parts,
		};
		res.writeHead(200, { 'content-type': 'application/json' });
		res.end(JSON.stringify(answer));
	});
}

function countOf(haystack, needle) {
	let count = 0;
	for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
		count += 1;
	}
	return count;
}

// The zip is made up as it is sent, honouring back-pressure, so 200 MB never
// sits in this process either. With `stallAfter`, it stops sending there and
// keeps the connection open, as a hung server would.
function streamZip(res, totalBytes, stallAfter) {
	res.writeHead(200, {
		'content-type': 'application/zip',
		'content-disposition': 'attachment; filename="notarized-files.zip"',
		'content-length': String(totalBytes),
	});
	let sent = 0;
	const pump = () => {
		while (sent < totalBytes) {
			if (sent >= stallAfter) return;
			const head = sent === 0 ? Buffer.concat([ZIP_HEAD, CHUNK]) : CHUNK;
			const piece = head.subarray(0, Math.min(head.length, totalBytes - sent));
			sent += piece.length;
			if (!res.write(piece)) return void res.once('drain', pump);
		}
		res.end();
	};
	pump();
}

function start({ downloadBytes, uploadBytesPerSecond, stallAfter }) {
	const server = http.createServer((req, res) => {
		if (req.method === 'POST' && req.url === '/api/create-notary-session') {
			return drainUpload(req, res, uploadBytesPerSecond || Infinity);
		}
		if (req.method === 'GET' && req.url.startsWith('/api/download-notarized-files/')) {
			return streamZip(res, downloadBytes, stallAfter ?? Infinity);
		}
		req.resume();
		res.writeHead(404, { 'content-type': 'application/json' });
		res.end(JSON.stringify({ error: 'not_found', error_description: 'No such benchmark route' }));
	});
	server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
	process.on('disconnect', () => server.close(() => process.exit(0)));
	process.on('SIGTERM', () => process.exit(0));
}

start(JSON.parse(process.argv[2]));
