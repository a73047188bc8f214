import { PassThrough, pipeline, Readable } from 'node:stream';
import { TransportError } from './transport';

/**
 * Fires when an exchange stops making progress for `timeoutMs`: nothing
 * sent and nothing received. A large upload over a slow link keeps it quiet
 * for as long as bytes move, unlike a deadline on the whole exchange.
 */
export class Watchdog {
	readonly controller = new AbortController();
	fired = false;
	#timer?: NodeJS.Timeout;
	#onFire: (() => void)[] = [];
	/** True while a stall is the reader's doing, not the network's. */
	#readerIsBehind = () => false;

	constructor(private readonly timeoutMs: number) {
		this.touch();
	}

	touch(): void {
		if (this.fired) return;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => this.#fire(), this.timeoutMs);
		// The socket keeps the process alive while it matters; the timer need not.
		this.#timer.unref();
	}

	onFire(callback: () => void): void {
		this.#onFire.push(callback);
	}

	stop(): void {
		clearTimeout(this.#timer);
		this.#onFire = [];
	}

	#fire(): void {
		if (this.#readerIsBehind()) return this.touch();
		this.fired = true;
		// Callbacks first, so a watched stream fails with ETIMEDOUT, not as aborted.
		for (const callback of this.#onFire) callback();
		this.controller.abort();
	}

	/**
	 * Touches the watchdog as the transport takes the body's chunks. A 'data'
	 * listener added once the transport's pipe set the stream flowing sees
	 * every chunk without a copy or a change to backpressure.
	 */
	watchUpload(body: Readable): void {
		const touch = () => this.touch();
		if (body.readableFlowing) body.on('data', touch);
		else body.once('resume', () => body.on('data', touch));
	}

	/**
	 * Hands a streamed answer on, still watched: if the server stops sending
	 * midway, the stream fails with ETIMEDOUT instead of hanging. Data waiting
	 * unread means the reader sets the pace, which is never a timeout.
	 */
	handOn(stream: Readable): Readable {
		const out = new PassThrough();
		this.#readerIsBehind = () => out.readableLength > 0 || out.writableNeedDrain;
		this.onFire(() =>
			stream.destroy(
				new TransportError(`The answer stopped for ${this.timeoutMs} ms`, 'ETIMEDOUT'),
			),
		);
		stream.on('data', () => this.touch());
		pipeline(stream, out, () => this.stop());
		return out;
	}

	/** Collects an answer body, touching the watchdog on every chunk. */
	async collect(stream: Readable): Promise<Buffer> {
		this.onFire(() => stream.destroy(new Error('stalled')));
		const chunks: Buffer[] = [];
		for await (const chunk of stream) {
			this.touch();
			chunks.push(chunk);
		}
		return Buffer.concat(chunks);
	}
}
