// Writes the PDFs the benchmark uploads into a private temp folder. The
// content is filler behind a real PDF header: the client only checks the
// header, and nothing on the path compresses.
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { once } = require('node:events');

const FILLER = Buffer.alloc(1024 * 1024, '0 0 0 RG\n');

async function writePdf(file, bytes) {
	const head = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1');
	const foot = Buffer.from('\n%%EOF\n');
	const out = fs.createWriteStream(file);
	let left = bytes - head.length - foot.length;
	out.write(head);
	while (left > 0) {
		const piece = FILLER.subarray(0, Math.min(FILLER.length, left));
		left -= piece.length;
		if (!out.write(piece)) await once(out, 'drain');
	}
	out.end(foot);
	await once(out, 'finish');
}

async function makeFixtures(count, bytesEach) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onc-bench-'));
	const files = [];
	for (let i = 0; i < count; i += 1) {
		const name = `document-${i + 1}.pdf`;
		const file = path.join(dir, name);
		await writePdf(file, bytesEach);
		files.push({ name, path: file, size: fs.statSync(file).size });
	}
	return { dir, files, downloadTarget: path.join(dir, 'downloaded.zip') };
}

function removeFixtures(dir) {
	fs.rmSync(dir, { recursive: true, force: true });
}

module.exports = { makeFixtures, removeFixtures };
