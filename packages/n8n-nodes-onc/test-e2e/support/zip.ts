// Reads the PDFs out of a zip file written by n8n.
import { readFile } from 'node:fs/promises';

import { pdfEntries, type ZipPdf } from '../../nodes/Onc/helpers/zipEntries';

export async function pdfsInZip(path: string): Promise<ZipPdf[]> {
	return await pdfEntries(await readFile(path));
}
