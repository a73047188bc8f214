import type { Readable } from 'node:stream';

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

	constructor(private readonly timeoutMs: number) {
		this.touch();
	}

	touch(): void {
		if (this.fired) return;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => this.#fire(), this.timeoutMs);
	}

	onFire(callback: () => void): void {
		this.#onFire.push(callback);
	}

	stop(): void {
		clearTimeout(this.#timer);
		this.#onFire = [];
	}

	#fire(): void {
		this.fired = true;
		this.controller.abort();
		for (const callback of this.#onFire) callback();
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
