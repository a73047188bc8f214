import { mkdirSync, createWriteStream } from 'node:fs';
import * as path from 'node:path';
import { pipeline } from 'node:stream/promises';
import * as yauzl from 'yauzl';

function open(zip: Buffer): Promise<yauzl.ZipFile> {
	return new Promise((resolve, reject) => {
		yauzl.fromBuffer(zip, { lazyEntries: true }, (err, file) =>
			err ? reject(err) : resolve(file),
		);
	});
}

/**
 * Writes the files of a zip into `dir` and returns their paths. Entry names
 * are reduced to their last segment, so a zip cannot write outside `dir`.
 */
export async function extractZip(zip: Buffer, dir: string): Promise<string[]> {
	mkdirSync(dir, { recursive: true });
	const file = await open(zip);
	const written: string[] = [];
	await new Promise<void>((resolve, reject) => {
		file.on('error', reject);
		file.on('end', () => resolve());
		file.on('entry', (entry: yauzl.Entry) => {
			const name = path.basename(entry.fileName);
			if (entry.fileName.endsWith('/') || !name) return file.readEntry();
			file.openReadStream(entry, (err, stream) => {
				if (err) return reject(err);
				const target = path.join(dir, name);
				pipeline(stream, createWriteStream(target))
					.then(() => {
						written.push(target);
						file.readEntry();
					})
					.catch(reject);
			});
		});
		file.readEntry();
	});
	return written;
}
