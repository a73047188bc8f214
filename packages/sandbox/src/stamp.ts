import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';

// The standard fonts only cover Latin-1; anything else would make pdf-lib throw.
function printable(line: string): string {
	return line.replace(/[^\x20-\x7e\xa0-\xff]/g, '?');
}

/**
 * Draws a visible signature block on the last page of a PDF and returns the
 * new document. Throws when pdf-lib cannot read the file.
 */
export async function stampPdf(bytes: Uint8Array, lines: string[]): Promise<Uint8Array> {
	const doc = await PDFDocument.load(bytes, { ignoreEncryption: true });
	const font = await doc.embedFont(StandardFonts.Helvetica);
	const bold = await doc.embedFont(StandardFonts.HelveticaBold);
	const page = doc.getPage(doc.getPageCount() - 1);
	const size = 9;
	const lineHeight = 12;
	const [title, ...rest] = lines.map(printable);
	const width = Math.min(page.getWidth() - 48, 420);
	const height = lineHeight * lines.length + 12;

	page.drawRectangle({
		x: 24,
		y: 24,
		width,
		height,
		borderColor: rgb(0.1, 0.3, 0.7),
		borderWidth: 1.5,
		color: rgb(0.93, 0.96, 1),
	});
	let y = 24 + height - lineHeight - 2;
	page.drawText(title, { x: 32, y, size, font: bold, color: rgb(0.1, 0.3, 0.7) });
	for (const line of rest) {
		y -= lineHeight;
		page.drawText(line, { x: 32, y, size, font, color: rgb(0.1, 0.1, 0.1) });
	}
	doc.setModificationDate(new Date());
	return doc.save();
}
