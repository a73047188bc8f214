// How much the upload asks of a caller's stream at a time: large reads from a file, never the whole file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { multipartUpload } from '../src/multipart';
import { checkFiles } from '../src/pdfFiles';

const MB = 1024 * 1024;

let dir: string;

beforeAll(() => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onc-read-size-'));
});

afterAll(() => {
	fs.rmSync(dir, { recursive: true, force: true });
});

/** A file stream opened with Node's default 64 KB reads, recording the length of every read. */
function countedFileStream(bytes: number): { stream: fs.ReadStream; reads: number[] } {
	const file = path.join(dir, `file-${bytes}.pdf`);
	const content = Buffer.alloc(bytes, 0x20);
	content.write('%PDF-1.7\n');
	fs.writeFileSync(file, content);
	const reads: number[] = [];
	// The stream calls read(fd, buffer, offset, length, position, callback).
	const read = ((...args: unknown[]) => {
		reads.push(args[3] as number);
		return (fs.read as (...a: unknown[]) => void)(...args);
	}) as typeof fs.read;
	const stream = fs.createReadStream(file, { fs: { open: fs.open, read, close: fs.close } });
	return { stream, reads };
}

async function drain(body: string | Buffer | Readable): Promise<number> {
	let bytes = 0;
	for await (const chunk of body as Readable) bytes += chunk.length;
	return bytes;
}

describe('multipartUpload', () => {
	it('reads a file stream a megabyte at a time once the PDF check is done', async () => {
		const { stream, reads } = countedFileStream(6 * MB);
		const upload = multipartUpload(await checkFiles([{ fileName: 'a.pdf', data: stream }]));

		const sent = await drain(upload.body.open());

		expect(sent).toBeGreaterThan(6 * MB);
		// The check itself still reads 64 KB, and the stream reads one chunk ahead.
		expect(reads.slice(0, 2)).toEqual([64 * 1024, 64 * 1024]);
		expect(reads.slice(2).every((length) => length === MB)).toBe(true);
		expect(reads.length).toBeLessThanOrEqual(9);
	});

	it('still holds back from a stream that is not read on', async () => {
		const { stream, reads } = countedFileStream(12 * MB);
		const upload = multipartUpload(await checkFiles([{ fileName: 'b.pdf', data: stream }]));

		const body = upload.body.open() as Readable;
		for await (const chunk of body) if (chunk.length > 0) break;
		await new Promise((resolve) => setTimeout(resolve, 50));

		const asked = reads.reduce((sum, length) => sum + length, 0);
		expect(asked).toBeLessThanOrEqual(4 * MB);
		expect(stream.destroyed).toBe(true);
	});
});
