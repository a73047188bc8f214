import busboy from 'busboy';
import type { IncomingMessage } from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { Blobs } from './blobs';
import { ApiError, missing, tooLarge } from './errors';
import { mediaType } from './http';
import type { StoredFile } from './model';
import { PdfCheck, SizeExceeded } from './pdfCheck';

const PART_NAME = /^files\[(\d+)\]$/;

function partError(description: string): ApiError {
	return new ApiError(400, 'X000', description);
}

/**
 * Streams the PDFs of a create call into the blob store, checking what the
 * real service would: multipart only, parts named `files[N]`, each a PDF.
 * Bytes are never held whole here, so uploads near the size cap stay cheap.
 * On any failure the blobs already written are removed.
 */
export async function receivePdfs(
	req: IncomingMessage,
	blobs: Blobs,
	keyPrefix: string,
	maxBytes: number,
): Promise<StoredFile[]> {
	if (mediaType(req) !== 'multipart/form-data') {
		throw missing(
			'files[0]',
			'send the PDFs as multipart/form-data parts named files[0], files[1] and so on',
		);
	}
	if (Number(req.headers['content-length']) > maxBytes + 64 * 1024) {
		req.resume();
		throw tooLarge(maxBytes);
	}
	let parser: busboy.Busboy;
	try {
		parser = busboy({ headers: req.headers, limits: { fieldSize: 1024 } });
	} catch (err) {
		req.resume();
		throw partError(`The multipart body cannot be read: ${(err as Error).message}.`);
	}

	const files = new Map<number, StoredFile>();
	const writes: Promise<void>[] = [];
	let total = 0;
	const open = new Set<NodeJS.ReadableStream & { destroy(): void }>();
	let failure: ApiError | undefined;
	let finish: () => void = () => undefined;

	const fail = (err: ApiError) => {
		if (failure) return;
		failure = err;
		req.unpipe(parser);
		// Drain the rest so the client reads our answer instead of a broken pipe.
		req.resume();
		for (const stream of open) stream.destroy();
		finish();
	};

	const done = new Promise<void>((resolve) => {
		finish = resolve;
		parser.on('file', (name, stream, info) => {
			const match = PART_NAME.exec(name);
			const index = match ? Number(match[1]) : -1;
			if (index < 0) {
				fail(
					partError(
						`Unexpected part "${name}": send each PDF as a part named files[0], files[1] and so on`,
					),
				);
			} else if (files.has(index)) {
				fail(partError(`The part "${name}" appears twice; give each PDF its own index.`));
			}
			if (failure) {
				stream.resume();
				return;
			}
			const file: StoredFile = {
				fileName: cleanFileName(info.filename, index),
				size: 0,
				blob: `${keyPrefix}-${index}.pdf`,
			};
			files.set(index, file);
			open.add(stream);
			const check = new PdfCheck(name, (n) => {
				total += n;
				file.size += n;
				return total <= maxBytes;
			});
			writes.push(
				pipeline(stream, check, blobs.writer(file.blob))
					.catch((err: unknown) => {
						if (err instanceof SizeExceeded) fail(tooLarge(maxBytes));
						else if (err instanceof ApiError) fail(err);
						else fail(partError(`The part "${name}" could not be read; send the upload again.`));
					})
					.finally(() => open.delete(stream)),
			);
		});
		parser.on('field', (name) => {
			if (PART_NAME.test(name))
				fail(missing(name, 'send it as a file part with a file name and the PDF bytes'));
			else
				fail(
					partError(
						`Unexpected field "${name}": only PDF parts named files[0], files[1] and so on are accepted.`,
					),
				);
		});
		parser.on('partsLimit', () => fail(partError('Too many parts in the upload.')));
		parser.on('error', (err: Error) => {
			fail(partError(`The upload is incomplete or malformed (${err.message}); send it again.`));
			resolve();
		});
		parser.on('close', () => resolve());
		req.on('error', () =>
			fail(partError('The upload ended before it was complete; send it again.')),
		);
		req.on('aborted', () => {
			fail(partError('The upload ended before it was complete; send it again.'));
			resolve();
		});
	});

	req.pipe(parser);
	await done;
	await Promise.all(writes);

	const ordered = [...files.entries()].sort((a, b) => a[0] - b[0]).map(([, file]) => file);
	if (!failure && ordered.length === 0)
		failure = missing('files[0]', 'attach at least one PDF file');
	if (failure) {
		await Promise.all(ordered.map((file) => blobs.remove(file.blob).catch(() => undefined)));
		throw failure;
	}
	return ordered;
}

function cleanFileName(name: string | undefined, index: number): string {
	// Keep only the last path segment and printable characters: the name ends up in a zip.
	const base = (name ?? '').split(/[\\/]/).pop() ?? '';
	const clean = [...base]
		.filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f)
		.join('')
		.trim()
		.slice(0, 200);
	return clean || `document-${index + 1}.pdf`;
}
