// A person approves the OAuth authorization page in Chromium and the code it returns buys tokens.
import { useSandbox } from '../helpers';
import { useChromium } from './browser';

// Starting Chromium on a cold machine can take longer than jest's default 5 seconds.
jest.setTimeout(30_000);

describe('authorizePage in Chromium', () => {
	const sandbox = useSandbox();
	const chromium = useChromium();

	it('sends the browser back with a code and state once Approve is clicked', async () => {
		const page = await chromium.browser.newPage();
		const query = new URLSearchParams({
			response_type: 'code',
			client_id: sandbox().clientId,
			redirect_uri: chromium.landing.url,
			state: 'st-9',
		});
		await page.goto(`${sandbox().baseUrl}/oauth/authorize?${query}`);

		await Promise.all([
			page.waitForURL(`${chromium.landing.url}?**`),
			page.getByRole('button', { name: 'Approve' }).click(),
		]);

		const back = new URL(page.url());
		expect(back.searchParams.get('state')).toBe('st-9');
		const res = await fetch(`${sandbox().baseUrl}/oauth/token`, {
			method: 'POST',
			headers: {
				Authorization: `Basic ${Buffer.from(`${sandbox().clientId}:${sandbox().clientSecret}`).toString('base64')}`,
			},
			body: new URLSearchParams({
				grant_type: 'authorization_code',
				code: back.searchParams.get('code') ?? '',
				redirect_uri: chromium.landing.url,
			}),
		});
		expect(res.status).toBe(200);
		expect(((await res.json()) as { access_token: string }).access_token).toBeTruthy();
		await page.close();
	});

	it('sends the browser back with access_denied when Deny is clicked', async () => {
		const page = await chromium.browser.newPage();
		const query = new URLSearchParams({
			response_type: 'code',
			client_id: sandbox().clientId,
			redirect_uri: chromium.landing.url,
			state: 'st-1',
		});
		await page.goto(`${sandbox().baseUrl}/oauth/authorize?${query}`);

		await Promise.all([
			page.waitForURL(`${chromium.landing.url}?**`),
			page.getByRole('button', { name: 'Deny' }).click(),
		]);

		expect(new URL(page.url()).searchParams.get('error')).toBe('access_denied');
		await page.close();
	});
});
