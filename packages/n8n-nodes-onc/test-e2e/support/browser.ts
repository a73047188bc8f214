// Signs a session on the sandbox's session page in Debian's headless Chromium, as a signer would.
import { chromium, type Browser } from 'playwright-core';

const args = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

export async function launchBrowser(): Promise<Browser> {
	return await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args,
	});
}

/** Opens the link, enters the passcode, signs as every signer; returns where the browser ends up. */
export async function signInBrowser(
	browser: Browser,
	sessionLink: string,
	passcode: string,
): Promise<{ url: string; text: string }> {
	const page = await browser.newPage();
	try {
		await page.goto(sessionLink);
		await page.fill('input[name="passcode"]', passcode);
		await page.click('button[type="submit"]');
		const host = new URL(sessionLink).host;
		// Each "Sign as …" button signs one signer; the last one leaves the sandbox.
		for (let i = 0; i < 10 && new URL(page.url()).host === host; i++) {
			const button = page.locator('button', { hasText: 'Sign as' }).first();
			if ((await button.count()) === 0) break;
			await Promise.all([page.waitForLoadState('load'), button.click()]);
		}
		await page.waitForLoadState('load');
		return { url: page.url(), text: await page.innerText('body') };
	} finally {
		await page.close();
	}
}
