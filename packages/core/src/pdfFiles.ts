import { Readable } from 'node:stream';
import { OncError, OncValidationError } from './errors';
import type { OncFile } from './types';

const PDF_MAGIC = Buffer.from('%PDF-');

/**
 * A file checked and ready to send. For a stream, the first chunks read to
 * check the PDF signature are kept in `head`, and `rest` continues the same
 * stream, so no byte is lost and nothing more is read until the upload.
 */
export interface CheckedFile {
	field: string;
	fileName: string;
	size?: number;
	buffer?: Buffer;
	head?: Buffer[];
	rest?: AsyncIterator<unknown>;
	/** The stream `rest` reads, for the upload to tune how much it reads at a time. */
	stream?: Readable;
}

function invalid(field: string, message: string): OncValidationError {
	return new OncValidationError(message, { field });
}

export function toBuffer(chunk: unknown): Buffer {
	if (Buffer.isBuffer(chunk)) return chunk;
	if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
	return Buffer.from(String(chunk));
}

function isStream(value: unknown): value is NodeJS.ReadableStream {
	const candidate = value as { pipe?: unknown; on?: unknown } | null;
	return typeof candidate?.pipe === 'function' && typeof candidate?.on === 'function';
}

// Streams from another copy of the stream library (or old-style ones) lack
// what this file relies on; wrapping gives them the current Readable's.
function asReadable(stream: NodeJS.ReadableStream): Readable {
	return stream instanceof Readable ? stream : new Readable().wrap(stream);
}

async function peek(stream: Readable, field: string, name: string): Promise<CheckedFile> {
	const rest = stream[Symbol.asyncIterator]();
	const head: Buffer[] = [];
	let got = 0;
	try {
		while (got < PDF_MAGIC.length) {
			const next = await rest.next();
			if (next.done) break;
			const chunk = toBuffer(next.value);
			head.push(chunk);
			got += chunk.length;
		}
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		throw new OncError(
			`${field} (${name}) could not be read: ${reason}. Make sure the file is still available, then run the step again.`,
		);
	}
	return { field, fileName: name, head, rest, stream };
}

function checkStart(file: CheckedFile): void {
	const start = file.buffer ?? Buffer.concat(file.head ?? []);
	if (start.length === 0) {
		throw invalid(
			file.field,
			`${file.field} (${file.fileName}) is empty: choose a PDF file with content.`,
		);
	}
	if (!start.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC)) {
		throw invalid(
			file.field,
			`${file.field} (${file.fileName}) is not a PDF: a PDF file starts with "%PDF-". Choose a PDF file.`,
		);
	}
}

async function checkOne(file: OncFile, index: number): Promise<CheckedFile> {
	const field = `files[${index}]`;
	if (!file || typeof file !== 'object') throw invalid(field, `${field} must be a file.`);
	if (typeof file.fileName !== 'string' || file.fileName.trim() === '') {
		throw invalid(`${field}.fileName`, `${field}.fileName is missing: give the file a name.`);
	}
	const { fileName, data, size } = file;
	if (size !== undefined && !(Number.isInteger(size) && size >= 0)) {
		throw invalid(`${field}.size`, `${field}.size must be the file's length in bytes.`);
	}

	let checked: CheckedFile;
	if (data instanceof Uint8Array) {
		checked = { field, fileName, buffer: toBuffer(data), size: data.length };
	} else if (isStream(data)) {
		checked = { ...(await peek(asReadable(data), field, fileName)), size };
	} else {
		throw invalid(
			`${field}.data`,
			`${field}.data must be the file's content (a Buffer or a stream).`,
		);
	}
	checkStart(checked);
	return checked;
}

/** Checks every file before anything is sent; on failure closes the streams it had opened. */
export async function checkFiles(files: OncFile[]): Promise<CheckedFile[]> {
	if (!Array.isArray(files) || files.length === 0) {
		throw invalid('files', 'files is empty: add at least one PDF file.');
	}
	const checked: CheckedFile[] = [];
	try {
		for (let i = 0; i < files.length; i += 1) checked.push(await checkOne(files[i], i));
	} catch (error) {
		for (const file of checked) await file.rest?.return?.();
		for (const file of files.slice(checked.length)) {
			if (isStream(file?.data)) (file.data as { destroy?: () => void }).destroy?.();
		}
		throw error;
	}
	return checked;
}
