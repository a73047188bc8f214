// Headless Debian Chromium driven by playwright-core, and a local page to be redirected to.
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Browser, chromium } from 'playwright-core';

const ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
}

interface Landing {
	url: string;
	close(): Promise<void>;
}

/** A page on 127.0.0.1 standing in for the integration's redirect target. */
async function startLanding(): Promise<Landing> {
	const server: Server = createServer((_req, res) => {
		res.writeHead(200, { 'Content-Type': 'text/html' });
		res.end('<!doctype html><title>Landed</title><h1>Back in the integration</h1>');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}/landing`,
		close: () =>
			new Promise<void>((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}

/** Chromium and a landing page, started once for the tests of a file and closed after them. */
export function useChromium(): { browser: Browser; landing: Landing } {
	const started = {} as { browser: Browser; landing: Landing };
	beforeAll(async () => {
		started.browser = await launchChromium();
		started.landing = await startLanding();
	});
	afterAll(async () => {
		await started.browser?.close();
		await started.landing?.close();
	});
	return started;
}
