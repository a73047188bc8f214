// Signers use the session link in Chromium: a wrong passcode is refused, the right one lets them sign.
import type { Page } from 'playwright-core';
import { bearer, preparedSession, useSandbox } from '../helpers';
import { useChromium } from './browser';

// Starting Chromium on a cold machine can take longer than jest's default 5 seconds.
jest.setTimeout(30_000);

async function enterPasscode(page: Page, passcode: string): Promise<void> {
	await page.getByLabel('Passcode from your email').fill(passcode);
	await page.getByRole('button', { name: 'Continue' }).click();
}

describe('joinPage and joinPost in Chromium', () => {
	const sandbox = useSandbox();
	const chromium = useChromium();

	it('shows an error for a wrong passcode and keeps asking', async () => {
		const { sessionLink } = await preparedSession(sandbox(), 'esign', chromium.landing.url);
		const page = await chromium.browser.newPage();
		await page.goto(sessionLink);

		await enterPasscode(page, 'nope12');

		await expect(page.getByRole('alert').textContent()).resolves.toContain('passcode is not right');
		expect(await page.getByLabel('Passcode from your email').count()).toBe(1);
		await page.close();
	});

	it('lets both signers sign with the right passcode and lands on redirect_uri', async () => {
		const redirect = `${chromium.landing.url}?onc_session_id=demo&next=%2Fhome`;
		const { id, sessionLink, passcode } = await preparedSession(sandbox(), 'notary', redirect);
		const page = await chromium.browser.newPage();
		await page.goto(sessionLink);

		await enterPasscode(page, passcode);
		await page.getByRole('button', { name: 'Sign as Ada Lovelace' }).click();
		await expect(page.getByRole('status').textContent()).resolves.toContain(
			'Ada Lovelace has signed',
		);
		await Promise.all([
			page.waitForURL(redirect),
			page.getByRole('button', { name: 'Sign as Alan Turing' }).click(),
		]);

		expect(page.url()).toBe(redirect);
		expect(await page.textContent('h1')).toBe('Back in the integration');
		const download = await fetch(`${sandbox().baseUrl}/api/download-notarized-files/${id}`, {
			headers: bearer(sandbox()),
		});
		expect(download.status).toBe(200);
		await page.close();
	});
});
