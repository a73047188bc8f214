// Upload throughput and the sandbox's peak memory for one large create, with
// files kept on disk (--data-dir) and in memory. Runs the built CLI in a child
// process so its memory is measured apart from the client's.
// Usage: node bench/upload.js [sizeMiB=200]
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');

const sizeMiB = Number(process.argv[2] ?? 200);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'onc-sandbox-bench-'));
const pdfPath = path.join(work, 'big.pdf');

function writeBigPdf() {
	const fd = fs.openSync(pdfPath, 'w');
	fs.writeSync(fd, '%PDF-1.4\n');
	const block = Buffer.alloc(1024 * 1024, 0x20);
	for (let i = 0; i < sizeMiB; i += 1) fs.writeSync(fd, block);
	fs.closeSync(fd);
}

function startSandbox(args) {
	const child = spawn(process.execPath, [
		path.join(__dirname, '..', 'dist', 'cli.js'),
		'--port',
		'0',
		'--max-upload-mib',
		String(sizeMiB + 1),
		...args,
	]);
	return new Promise((resolve, reject) => {
		child.stdout.on('data', (chunk) => {
			const match = /running at (\S+)/.exec(chunk.toString());
			if (match) resolve({ child, baseUrl: match[1] });
		});
		child.on('exit', (code) => reject(new Error(`sandbox exited with ${code}`)));
	});
}

function peakRssMiB(pid) {
	const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
	return Number(/VmHWM:\s+(\d+) kB/.exec(status)[1]) / 1024;
}

function upload(baseUrl) {
	const boundary = 'bench-boundary';
	const head = `--${boundary}\r\nContent-Disposition: form-data; name="files[0]"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n`;
	const tail = `\r\n--${boundary}--\r\n`;
	const length = Buffer.byteLength(head) + fs.statSync(pdfPath).size + Buffer.byteLength(tail);
	return new Promise((resolve, reject) => {
		const req = http.request(
			`${baseUrl}/api/create-esign-session`,
			{
				method: 'POST',
				headers: {
					Authorization: 'Bearer onc-sandbox-token',
					'Content-Type': `multipart/form-data; boundary=${boundary}`,
					'Content-Length': length,
				},
			},
			(res) => {
				res.resume();
				res.on('end', () => resolve(res.statusCode));
			},
		);
		req.on('error', reject);
		req.write(head);
		const file = fs.createReadStream(pdfPath);
		file.pipe(req, { end: false });
		file.on('end', () => req.end(tail));
	});
}

async function measure(label, args) {
	const { child, baseUrl } = await startSandbox(args);
	const before = peakRssMiB(child.pid);
	const started = process.hrtime.bigint();
	const status = await upload(baseUrl);
	const seconds = Number(process.hrtime.bigint() - started) / 1e9;
	const peak = peakRssMiB(child.pid);
	child.kill();
	console.log(
		`${label.padEnd(8)} status ${status}  ${(sizeMiB / seconds).toFixed(0).padStart(5)} MiB/s  sandbox peak RSS ${peak.toFixed(0)} MiB (idle ${before.toFixed(0)} MiB)`,
	);
}

async function main() {
	writeBigPdf();
	console.log(
		`one create of a ${sizeMiB} MiB PDF, node ${process.version}, ${os.cpus().length} cores`,
	);
	await measure('disk', ['--data-dir', path.join(work, 'data')]);
	await measure('memory', []);
}

main()
	.catch((err) => {
		console.error(err);
		process.exitCode = 1;
	})
	.finally(() => fs.rmSync(work, { recursive: true, force: true }));
