// Samples this process's memory every few milliseconds and keeps the highest
// values seen, measured against a baseline taken right before the work starts.
'use strict';

const { setInterval, clearInterval } = require('node:timers');

const MB = 1024 * 1024;

function snapshot() {
	const m = process.memoryUsage();
	return { rss: m.rss, heapUsed: m.heapUsed, external: m.external };
}

function startProbe(intervalMs) {
	// A collection first, so garbage left by start-up is not mistaken for growth.
	if (globalThis.gc) globalThis.gc();
	const base = snapshot();
	const peak = { ...base };
	let samples = 0;
	const take = () => {
		const now = snapshot();
		samples += 1;
		for (const key of Object.keys(peak)) peak[key] = Math.max(peak[key], now[key]);
	};
	const timer = setInterval(take, intervalMs);
	return {
		stop() {
			clearInterval(timer);
			take();
			// maxRSS (KiB) is the kernel's own high-water mark, which also catches a
			// peak that fell between two samples; it can only over-state growth.
			const maxRss = process.resourceUsage().maxRSS * 1024;
			return {
				samples,
				rssMB: (peak.rss - base.rss) / MB,
				heapMB: (peak.heapUsed - base.heapUsed) / MB,
				externalMB: (peak.external - base.external) / MB,
				maxRssMB: (maxRss - base.rss) / MB,
			};
		},
	};
}

module.exports = { startProbe };
