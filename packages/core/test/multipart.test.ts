// The upload body: streamed part by part, peeked bytes kept, sizes held to, replayable only when safe.
import { EventEmitter } from 'node:events';
import { Readable } from 'node:stream';
import { OncClient, OncValidationError, Transport } from '../src';
import { multipartUpload } from '../src/multipart';
import { checkFiles } from '../src/pdfFiles';
import { BASE, pdf, rejection } from './fixtures';

const CHUNK = 64 * 1024;

/** A PDF of `total` bytes made on demand, counting how much has been asked for. */
function generatedPdf(total: number): { stream: Readable; produced: () => number } {
	let produced = 0;
	const stream = new Readable({
		read() {
			if (produced >= total) return void this.push(null);
			const size = Math.min(CHUNK, total - produced);
			const chunk = Buffer.alloc(size, 0x41);
			if (produced === 0) chunk.write('%PDF-1.7\n');
			produced += size;
			this.push(chunk);
		},
	});
	return { stream, produced: () => produced };
}

async function readAll(body: string | Buffer | Readable): Promise<Buffer> {
	if (!(body instanceof Readable)) return Buffer.from(body);
	const chunks: Buffer[] = [];
	for await (const chunk of body) chunks.push(chunk);
	return Buffer.concat(chunks);
}

describe('multipartUpload', () => {
	it('keeps every byte read while checking the PDF signature, however the chunks fall', async () => {
		const pieces = ['%', 'PD', 'F-1.4\n', 'body of the file\n', '%%EOF'].map((s) => Buffer.from(s));
		const upload = multipartUpload(
			await checkFiles([{ fileName: 'split.pdf', data: Readable.from(pieces) }]),
		);

		const body = (await readAll(upload.body.open())).toString();

		expect(body).toContain('\r\n\r\n%PDF-1.4\nbody of the file\n%%EOF\r\n');
	});

	it('sends a long stream byte for byte, whatever its chunk sizes', async () => {
		const content = Buffer.alloc(1536 * 1024);
		for (let i = 0; i < content.length; i += 1) content[i] = (i * 7) % 251;
		content.write('%PDF-1.7\n');
		const sizes = [3, 70_000, 1, 300_000, 65_536, 500_000];
		const chunks: Buffer[] = [];
		for (let at = 0, i = 0; at < content.length; i += 1) {
			chunks.push(content.subarray(at, at + sizes[i % sizes.length]));
			at += sizes[i % sizes.length];
		}
		const upload = multipartUpload(
			await checkFiles([
				{ fileName: 'long.pdf', data: Readable.from(chunks), size: content.length },
			]),
		);

		const body = await readAll(upload.body.open());

		const start = body.indexOf('\r\n\r\n') + 4;
		expect(body.subarray(start, start + content.length).equals(content)).toBe(true);
		expect(body.length).toBe(upload.contentLength);
	});

	it('takes an old-style stream that is not a Readable of this Node.js', async () => {
		const old = new EventEmitter() as EventEmitter & {
			pipe: () => void;
			pause: () => void;
			resume: () => void;
		};
		Object.assign(old, { pipe: () => undefined, pause: () => undefined, resume: () => undefined });
		setTimeout(() => {
			old.emit('data', pdf('old style'));
			old.emit('end');
		}, 5);
		const upload = multipartUpload(await checkFiles([{ fileName: 'old.pdf', data: old as never }]));

		const body = (await readAll(upload.body.open())).toString();

		expect(body).toContain(`\r\n\r\n${pdf('old style')}\r\n`);
	});

	it('reads a stream only as the body is read, never whole, and closes it when cut short', async () => {
		const big = generatedPdf(64 * 1024 * 1024);
		const upload = multipartUpload(await checkFiles([{ fileName: 'big.pdf', data: big.stream }]));
		const afterCheck = big.produced();

		const body = upload.body.open() as Readable;
		let read = 0;
		for await (const chunk of body) {
			read += chunk.length;
			if (read > 1024 * 1024) break;
		}
		await new Promise((resolve) => setTimeout(resolve, 20));

		expect(afterCheck).toBeLessThanOrEqual(2 * CHUNK);
		expect(big.produced()).toBeLessThan(4 * 1024 * 1024);
		expect(big.stream.destroyed).toBe(true);
	});

	it('announces a Content-Length equal to the bytes it sends when every size is known', async () => {
		const content = pdf('sized');
		const files = [
			{ fileName: 'a.pdf', data: pdf('buffer') },
			{ fileName: 'b.pdf', data: Readable.from([content]), size: content.length },
		];
		const upload = multipartUpload(await checkFiles(files));

		const body = await readAll(upload.body.open());

		expect(upload.contentLength).toBe(body.length);
	});

	it('leaves Content-Length out when a stream has no size', async () => {
		const upload = multipartUpload(
			await checkFiles([{ fileName: 'a.pdf', data: Readable.from([pdf()]) }]),
		);

		expect(upload.contentLength).toBeUndefined();
	});

	it.each([
		['shorter', 1000],
		['longer', 5],
	])('fails naming files[0].size when the stream is %s than its size', async (_what, size) => {
		const upload = multipartUpload(
			await checkFiles([{ fileName: 'a.pdf', data: Readable.from([pdf()]), size }]),
		);

		const error = await rejection(readAll(upload.body.open()));

		expect(error).toBeInstanceOf(OncValidationError);
		expect(error.field).toBe('files[0].size');
		expect(upload.body.failure()).toBe(error);
	});

	it('fails naming the file when its stream breaks midway, and suggests running the step again', async () => {
		let sent = false;
		const breaking = new Readable({
			read() {
				if (sent) return void this.destroy(new Error('disk unplugged'));
				sent = true;
				this.push(pdf());
			},
		});
		const upload = multipartUpload(await checkFiles([{ fileName: 'lease.pdf', data: breaking }]));

		const error = await rejection(readAll(upload.body.open()));

		expect(error).not.toBeInstanceOf(OncValidationError);
		expect(error.message).toBe(
			'files[0] (lease.pdf) could not be read while uploading: disk unplugged. Make sure the file is still available, then run the step again.',
		);
		expect(upload.body.failure()).toBe(error);
	});

	it('can be sent again from buffers, but not from a stream once read', async () => {
		const fromBuffers = multipartUpload(await checkFiles([{ fileName: 'a.pdf', data: pdf() }]));
		const fromStream = multipartUpload(
			await checkFiles([{ fileName: 'a.pdf', data: Readable.from([pdf()]) }]),
		);
		const first = await readAll(fromBuffers.body.open());

		expect(fromStream.body.replayable()).toBe(true);
		await readAll(fromStream.body.open());

		expect(await readAll(fromBuffers.body.open())).toEqual(first);
		expect(fromBuffers.body.replayable()).toBe(true);
		expect(fromStream.body.replayable()).toBe(false);
	});
});

describe('createSession with a transport that reads the body', () => {
	it('passes on a size mismatch found while streaming as the validation error it is', async () => {
		const draining: Transport = {
			request: async (req) => {
				await readAll(req.body as Readable);
				return { status: 200, headers: {}, body: Buffer.from('{"notary_id":"n-1"}') };
			},
		};
		const client = new OncClient(
			{ baseUrl: BASE, accessToken: 'token-123456' },
			{ transport: draining },
		);

		const error = await rejection(
			client.createSession('notary', [
				{ fileName: 'a.pdf', data: Readable.from([pdf()]), size: 3 },
			]),
		);

		expect(error).toBeInstanceOf(OncValidationError);
		expect(error.field).toBe('files[0].size');
	});
});
