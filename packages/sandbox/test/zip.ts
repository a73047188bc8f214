// Reads a zip answer back into named buffers, for assertions.
import * as yauzl from 'yauzl';

export function unzip(data: Buffer): Promise<Map<string, Buffer>> {
	return new Promise((resolve, reject) => {
		yauzl.fromBuffer(data, { lazyEntries: true }, (err, zip) => {
			if (err || !zip) return reject(err);
			const files = new Map<string, Buffer>();
			zip.on('entry', (entry: yauzl.Entry) => {
				zip.openReadStream(entry, (openErr, stream) => {
					if (openErr || !stream) return reject(openErr);
					const chunks: Buffer[] = [];
					stream.on('data', (c: Buffer) => chunks.push(c));
					stream.on('end', () => {
						files.set(entry.fileName, Buffer.concat(chunks));
						zip.readEntry();
					});
				});
			});
			zip.on('end', () => resolve(files));
			zip.on('error', reject);
			zip.readEntry();
		});
	});
}
