// The helpers the demo uses: sample PDFs and unpacking a downloaded zip into a folder.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { ZipFile } from 'yazl';
import { extractZip, samplePdf } from '../src';

function zipOf(entries: Record<string, string>): Promise<Buffer> {
	const zip = new ZipFile();
	for (const [name, text] of Object.entries(entries)) zip.addBuffer(Buffer.from(text), name);
	zip.end();
	const chunks: Buffer[] = [];
	return new Promise((resolve) => {
		zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
		zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
	});
}

describe('samplePdf', () => {
	it('makes a one-page PDF with the given title', async () => {
		const pdf = await samplePdf('Lease', ['line one']);

		const doc = await PDFDocument.load(pdf);
		expect(doc.getPageCount()).toBe(1);
		expect(doc.getTitle()).toBe('Lease');
	});
});

describe('extractZip', () => {
	let dir: string;
	beforeEach(() => {
		dir = mkdtempSync(path.join(tmpdir(), 'onc-unzip-'));
	});
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	it('writes each entry into the folder and returns the paths', async () => {
		const paths = await extractZip(await zipOf({ 'a.pdf': 'A', 'b.pdf': 'B' }), dir);

		expect(paths).toEqual([path.join(dir, 'a.pdf'), path.join(dir, 'b.pdf')]);
		expect(readFileSync(paths[1], 'utf8')).toBe('B');
	});

	it('keeps entries with folder parts inside the target folder', async () => {
		await extractZip(await zipOf({ 'deep/inside/c.pdf': 'C' }), dir);

		expect(readdirSync(dir)).toEqual(['c.pdf']);
	});
});
