import { createReadStream, createWriteStream, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { Readable, Writable } from 'node:stream';

/** Where file bytes live: memory by default, a folder when the sandbox has a data directory. */
export interface Blobs {
	/** A stream to write a new blob; the blob exists once the stream finishes. */
	writer(key: string): Writable;
	put(key: string, data: Uint8Array): Promise<void>;
	read(key: string): Promise<Buffer>;
	reader(key: string): Readable;
	remove(key: string): Promise<void>;
}

export class MemoryBlobs implements Blobs {
	// Kept as the chunks that arrived: joining them would briefly hold every upload twice.
	private readonly data = new Map<string, Buffer[]>();

	writer(key: string): Writable {
		const chunks: Buffer[] = [];
		return new Writable({
			write: (chunk: Buffer, _enc, done) => {
				chunks.push(chunk);
				done();
			},
			final: (done) => {
				this.data.set(key, chunks);
				done();
			},
		});
	}

	async put(key: string, data: Uint8Array): Promise<void> {
		this.data.set(key, [Buffer.from(data)]);
	}

	async read(key: string): Promise<Buffer> {
		return Buffer.concat(this.chunks(key));
	}

	reader(key: string): Readable {
		return Readable.from(this.chunks(key));
	}

	async remove(key: string): Promise<void> {
		this.data.delete(key);
	}

	private chunks(key: string): Buffer[] {
		const found = this.data.get(key);
		if (!found) throw new Error(`blob ${key} is missing`);
		return found;
	}
}

export class DiskBlobs implements Blobs {
	constructor(private readonly dir: string) {}

	private file(key: string): string {
		// Keys are built by the sandbox from uuids and indexes, never from client text.
		return path.join(this.dir, key);
	}

	writer(key: string): Writable {
		return createWriteStream(this.file(key));
	}

	async put(key: string, data: Uint8Array): Promise<void> {
		await fs.writeFile(this.file(key), data);
	}

	read(key: string): Promise<Buffer> {
		return fs.readFile(this.file(key));
	}

	reader(key: string): Readable {
		return createReadStream(this.file(key));
	}

	async remove(key: string): Promise<void> {
		await fs.rm(this.file(key), { force: true });
	}
}
