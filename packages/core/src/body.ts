import type { Readable } from 'node:stream';

/**
 * A request body that knows whether it can be sent again: text and buffers
 * always can; a body streamed from the caller's Readables only until its
 * first byte was read.
 */
export interface BodySource {
	open(): string | Buffer | Readable;
	replayable(): boolean;
	/** A local problem found while streaming (e.g. a file shorter than its size), if any. */
	failure(): Error | undefined;
	/** True when sending it reads the caller's streams, so it can go out once only. */
	singleUse: boolean;
}

export function fixedBody(content: string | Buffer): BodySource {
	return {
		open: () => content,
		replayable: () => true,
		failure: () => undefined,
		singleUse: false,
	};
}

/** Reads a stream into memory, keeping at most `limit` bytes; for short error answers only. */
export async function readLimited(stream: Readable, limit: number): Promise<Buffer> {
	const chunks: Buffer[] = [];
	let size = 0;
	try {
		for await (const chunk of stream) {
			const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
			if (size < limit) chunks.push(buf.subarray(0, limit - size));
			size += buf.length;
			if (size >= limit) break;
		}
	} catch {
		// A broken error body still leaves the status to report.
	} finally {
		stream.destroy();
	}
	return Buffer.concat(chunks);
}
