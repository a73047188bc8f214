import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { Blobs, DiskBlobs, MemoryBlobs } from './blobs';
import { emptyState, State } from './model';

/**
 * The sandbox's memory. With a data directory, the state is written as one
 * JSON file after every change (small, and simple to read when debugging)
 * and file bytes go to `files/`; without one, everything lives in memory.
 */
export class Store {
	readonly state: State;
	readonly blobs: Blobs;
	private readonly stateFile?: string;

	constructor(dataDir?: string) {
		if (!dataDir) {
			this.state = emptyState();
			this.blobs = new MemoryBlobs();
			return;
		}
		const filesDir = path.join(dataDir, 'files');
		mkdirSync(filesDir, { recursive: true });
		this.stateFile = path.join(dataDir, 'sandbox.json');
		this.state = { ...emptyState(), ...readState(this.stateFile) };
		this.blobs = new DiskBlobs(filesDir);
	}

	save(): void {
		if (!this.stateFile) return;
		// Write then rename, so a crash mid-write never leaves half a file.
		const temporary = `${this.stateFile}.tmp`;
		writeFileSync(temporary, JSON.stringify(this.state, null, '\t'));
		renameSync(temporary, this.stateFile);
	}
}

/**
 * The value kept under `key`, never one every object inherits: a lookup by
 * client text such as `constructor` or `__proto__` must find nothing.
 */
export function ownEntry<T>(record: Record<string, T>, key: string): T | undefined {
	return Object.hasOwn(record, key) ? record[key] : undefined;
}

function readState(file: string): Partial<State> {
	try {
		return JSON.parse(readFileSync(file, 'utf8')) as Partial<State>;
	} catch (err) {
		if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
		throw new Error(`The sandbox data file ${file} cannot be read: ${(err as Error).message}`);
	}
}
