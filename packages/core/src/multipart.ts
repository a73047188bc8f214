import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import type { BodySource } from './body';
import { OncError, OncValidationError } from './errors';
import { CheckedFile, toBuffer } from './pdfFiles';

const WRITE_SIZE = 1024 * 1024;

export interface MultipartUpload {
	contentType: string;
	/** Set only when every file's size is known; otherwise the body goes chunked. */
	contentLength?: number;
	body: BodySource;
}

// Browsers percent-encode these in a multipart filename (RFC 7578, 4.2);
// doing the same keeps a strange name from breaking the part header.
function quotedName(name: string): string {
	return name.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function partHead(boundary: string, index: number, file: CheckedFile): Buffer {
	return Buffer.from(
		`--${boundary}\r\n` +
			`Content-Disposition: form-data; name="files[${index}]"; filename="${quotedName(file.fileName)}"\r\n` +
			'Content-Type: application/pdf\r\n\r\n',
	);
}

/** The `files[0]`, `files[1]`, ... upload as one stream that reads each file only as it is sent. */
export function multipartUpload(files: CheckedFile[]): MultipartUpload {
	const boundary = `----OncFormBoundary${randomBytes(12).toString('hex')}`;
	const heads = files.map((file, index) => partHead(boundary, index, file));
	const tail = Buffer.from(`--${boundary}--\r\n`);
	const crlf = Buffer.from('\r\n');
	const sizes = files.map((file) => file.buffer?.length ?? file.size);
	const contentLength = sizes.every((size) => size !== undefined)
		? heads.reduce((sum, head, i) => sum + head.length + (sizes[i] as number) + 2, tail.length)
		: undefined;
	const replayable = files.every((file) => file.buffer !== undefined);
	let pulled = false;
	let failure: Error | undefined;
	let done = false;
	// Only problems with the caller's files count as failures; an abort thrown
	// in by the transport (reset, timeout) is the transport's to report.
	const fail = (error: Error): Error => (failure = error);

	async function* fileBytes(file: CheckedFile): AsyncGenerator<Buffer> {
		if (file.buffer) {
			yield file.buffer;
			return;
		}
		let sent = 0;
		const count = (chunk: Buffer): Buffer => {
			sent += chunk.length;
			if (file.size !== undefined && sent > file.size) throw fail(sizeMismatch(file, sent));
			return chunk;
		};
		// Small chunks are gathered into larger writes: each write to the
		// socket costs a system call, and many streams hand over 64 KB or less.
		let batch: Buffer[] = [...(file.head ?? [])];
		const early = readInBigSteps(file.stream);
		if (early) batch.push(early);
		let batched = batch.reduce((sum, chunk) => sum + chunk.length, 0);
		for (;;) {
			let next: IteratorResult<unknown>;
			try {
				next = await (file.rest as AsyncIterator<unknown>).next();
			} catch (error) {
				throw fail(unreadable(file, error));
			}
			if (next.done) break;
			const chunk = toBuffer(next.value);
			batch.push(chunk);
			batched += chunk.length;
			if (batched >= WRITE_SIZE) {
				yield count(batch.length === 1 ? batch[0] : Buffer.concat(batch, batched));
				batch = [];
				batched = 0;
			}
		}
		if (batched > 0) yield count(Buffer.concat(batch, batched));
		if (file.size !== undefined && sent !== file.size) throw fail(sizeMismatch(file, sent));
	}

	async function* parts(): AsyncGenerator<Buffer> {
		pulled = true;
		try {
			for (let i = 0; i < files.length; i += 1) {
				yield heads[i];
				yield* fileBytes(files[i]);
				yield crlf;
			}
			yield tail;
			done = true;
		} finally {
			// An upload cut short (error, abort, timeout) releases the caller's files.
			if (!done) for (const file of files) await file.rest?.return?.();
		}
	}

	return {
		contentType: `multipart/form-data; boundary=${boundary}`,
		contentLength,
		body: {
			open: () => Readable.from(parts(), { objectMode: false }),
			replayable: () => replayable || !pulled,
			failure: () => failure,
			singleUse: !replayable,
		},
	};
}

/**
 * Asking a stream for more than its high-water mark raises the mark (Node's
 * `readable.read(size)`), so a file stream opened with the default 64 KB
 * goes on reading WRITE_SIZE at a time: each read is a round trip through
 * libuv's thread pool, and at 64 KB those round trips, not the socket, set
 * the pace. Any bytes it hands back at once are the next in the file.
 *
 * Each of those reads still goes into a buffer the stream allocates afresh,
 * which on loopback holds the upload to about 60 % of curl's speed (see the
 * README's known limit); reusing buffers would need the caller's file path,
 * not its stream.
 */
function readInBigSteps(stream: Readable | undefined): Buffer | undefined {
	if (!stream || stream.readableObjectMode || stream.destroyed) return undefined;
	const early: unknown = stream.read(WRITE_SIZE);
	return early === null ? undefined : toBuffer(early);
}

function sizeMismatch(file: CheckedFile, sent: number): OncValidationError {
	const field = `${file.field}.size`;
	return new OncValidationError(
		`${file.field} (${file.fileName}) has ${sent > (file.size as number) ? 'more' : 'fewer'} bytes than the size given (${file.size}). Give the right size or leave it out.`,
		{ field },
	);
}

function unreadable(file: CheckedFile, error: unknown): OncError {
	const reason = error instanceof Error ? error.message : String(error);
	return new OncError(
		`${file.field} (${file.fileName}) could not be read while uploading: ${reason}. Make sure the file is still available, then run the step again.`,
	);
}
