// A small real PDF, as a user's document would be.
import { PDFDocument } from 'pdf-lib';

export async function makePdf(text: string): Promise<Buffer> {
	const doc = await PDFDocument.create();
	doc.addPage([300, 200]).drawText(text, { x: 20, y: 150, size: 12 });
	return Buffer.from(await doc.save());
}
