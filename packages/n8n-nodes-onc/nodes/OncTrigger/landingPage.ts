import type { IWebhookFunctions } from 'n8n-workflow';

const thankYou = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Thank you</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;color:#1b2430}</style>
</head><body><h1>Thank you</h1><p>You can close this page now.</p></body></html>`;

/**
 * Answers the signer's browser: to the final page when one is set, else a
 * short thank-you page. The answer is the same whatever the request carries,
 * so it tells nothing about whether a session exists or is finished.
 */
export function answerSigner(ctx: IWebhookFunctions, finalPageUrl: string): void {
	const res = ctx.getResponseObject();
	if (finalPageUrl) {
		res.redirect(302, finalPageUrl);
		return;
	}
	res.status(200).type('html').send(thankYou);
}
