import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';

/** A small one-page PDF with a title and a few lines, for demos and tests. */
export async function samplePdf(title: string, lines: string[] = []): Promise<Buffer> {
	const doc = await PDFDocument.create();
	doc.setTitle(title);
	const font = await doc.embedFont(StandardFonts.Helvetica);
	const page = doc.addPage([595, 842]);
	page.drawText(title, { x: 56, y: 770, size: 20, font, color: rgb(0, 0, 0) });
	lines.forEach((line, i) => {
		page.drawText(line, { x: 56, y: 730 - i * 18, size: 12, font, color: rgb(0.2, 0.2, 0.2) });
	});
	return Buffer.from(await doc.save());
}
