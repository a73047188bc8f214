import yauzl from 'yauzl';

export interface ZipPdf {
	fileName: string;
	data: Buffer;
}

function baseName(path: string): string {
	return path.slice(path.lastIndexOf('/') + 1);
}

/** The PDFs in a zip, in the zip's order, named by their base name. */
export async function pdfEntries(zip: Buffer): Promise<ZipPdf[]> {
	const archive = await new Promise<yauzl.ZipFile>((resolve, reject) =>
		yauzl.fromBuffer(zip, { lazyEntries: true }, (error, file) =>
			error ? reject(error) : resolve(file),
		),
	);

	const pdfs: ZipPdf[] = [];
	await new Promise<void>((resolve, reject) => {
		archive.on('error', reject);
		archive.on('end', () => resolve());
		archive.on('entry', (entry: yauzl.Entry) => {
			if (!/\.pdf$/i.test(entry.fileName) || entry.fileName.endsWith('/')) {
				archive.readEntry();
				return;
			}
			archive.openReadStream(entry, (error, stream) => {
				if (error) return reject(error);
				const chunks: Buffer[] = [];
				stream.on('data', (chunk: Buffer) => chunks.push(chunk));
				stream.on('error', reject);
				stream.on('end', () => {
					pdfs.push({ fileName: baseName(entry.fileName), data: Buffer.concat(chunks) });
					archive.readEntry();
				});
			});
		});
		archive.readEntry();
	});
	return pdfs;
}
