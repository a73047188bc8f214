import { Transform, TransformCallback } from 'node:stream';
import { ApiError, missing } from './errors';

const PDF_MAGIC = Buffer.from('%PDF-');

/** The running total went past the upload cap. */
export class SizeExceeded extends Error {}

/** Passes bytes through, checking the PDF header and the running size. */
export class PdfCheck extends Transform {
	private head = Buffer.alloc(0);

	constructor(
		private readonly partName: string,
		private readonly count: (bytes: number) => boolean,
	) {
		super();
	}

	override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
		if (!this.count(chunk.length)) return done(new SizeExceeded());
		if (this.head.length < PDF_MAGIC.length) {
			this.head = Buffer.concat([this.head, chunk.subarray(0, PDF_MAGIC.length)]);
			if (this.head.length >= PDF_MAGIC.length && !this.isPdf()) return done(this.notPdf());
		}
		done(null, chunk);
	}

	override _flush(done: TransformCallback): void {
		done(this.isPdf() ? null : this.notPdf());
	}

	private isPdf(): boolean {
		return this.head.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC);
	}

	private notPdf(): ApiError {
		return missing(this.partName, 'each file must be a PDF document (it should start with %PDF-)');
	}
}
