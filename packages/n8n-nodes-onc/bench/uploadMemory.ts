// Prints the time and the memory the node needs to upload a large PDF that n8n keeps on disk
// (filesystem binary mode), through core and the n8n transport, to the local sandbox.
// HTTP goes through the unit tests' stand-in for n8n's helper (axios, as n8n uses).
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startSandbox } from '@onc/sandbox';

import { fakeContext, storedPdfItem } from '../test/support/fakeContext';
import { Onc } from '../nodes/Onc/Onc.node';

const MB = 1024 * 1024;
const sizeMb = Number(process.env.ONC_BENCH_MB ?? 200);

async function writeLargePdf(path: string): Promise<void> {
	const out = createWriteStream(path);
	out.write('%PDF-1.4\n');
	const chunk = Buffer.alloc(MB, 0x20);
	for (let i = 0; i < sizeMb; i++) {
		if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
	}
	out.end('\n%%EOF\n');
	await new Promise<void>((resolve) => out.once('finish', () => resolve()));
}

async function main(): Promise<void> {
	const dir = await mkdtemp(join(tmpdir(), 'onc-bench-'));
	// The sandbox shares this process, so it keeps its files on disk to stay out of the figure.
	const sb = await startSandbox({
		port: 0,
		host: '127.0.0.1',
		maxUploadBytes: (sizeMb + 10) * MB,
		dataDir: join(dir, 'sandbox'),
	});
	try {
		const file = join(dir, 'large.pdf');
		await writeLargePdf(file);
		const bytes = (await stat(file)).size;

		global.gc?.();
		const before = process.memoryUsage().rss;
		let peak = before;
		const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
		const started = Date.now();
		const { ctx } = fakeContext({
			params: {
				authentication: 'accessToken',
				resource: 'esignSession',
				operation: 'create',
				binaryPropertyNames: 'data',
			},
			items: [storedPdfItem('large', 'large.pdf')],
			credentials: { oncApi: { baseUrl: sb.baseUrl, accessToken: sb.token } },
			files: { large: file },
		});
		const [[created]] = await new Onc().execute.call(ctx);
		const seconds = (Date.now() - started) / 1000;
		clearInterval(sampler);

		console.log(
			`upload of a ${(bytes / MB).toFixed(0)} MB PDF kept on disk: session ${created.json.sessionId}`,
		);
		console.log(`  time ${seconds.toFixed(2)} s, ${(bytes / MB / seconds).toFixed(0)} MB/s`);
		console.log(
			`  peak RSS growth ${((peak - before) / MB).toFixed(1)} MB (file ${(bytes / MB).toFixed(0)} MB)`,
		);
	} finally {
		await sb.close();
		await rm(dir, { recursive: true, force: true });
	}
}

void main();
