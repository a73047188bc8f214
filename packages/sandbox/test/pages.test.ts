// The session link page over plain HTTP: passcode, signing each signer, the redirect at the end.
import { bearer, preparedSession, useSandbox } from './helpers';

function post(link: string, fields: Record<string, string>) {
	return fetch(link, { method: 'POST', redirect: 'manual', body: new URLSearchParams(fields) });
}

describe('joinPage and joinPost', () => {
	const sandbox = useSandbox();

	it('asks for the passcode', async () => {
		const { sessionLink } = await preparedSession(sandbox(), 'notary');

		const res = await fetch(sessionLink);

		expect(res.status).toBe(200);
		expect(await res.text()).toContain('name="passcode"');
	});

	it('shows an error for a wrong passcode and signs nobody', async () => {
		const { id, sessionLink } = await preparedSession(sandbox(), 'esign');

		const res = await post(sessionLink, { passcode: 'WRONG1', signer: '0' });

		expect(res.status).toBe(401);
		expect(await res.text()).toContain('passcode is not right');
		const stored = (await (await fetch(`${sandbox().baseUrl}/sandbox/sessions/${id}`)).json()) as {
			signers: { signedAt: unknown }[];
		};
		expect(stored.signers.map((s) => s.signedAt)).toEqual([null, null]);
	});

	it('lets each signer sign, then sends the browser to redirect_uri exactly as given', async () => {
		const redirect = 'https://app.example.test/done?onc_session_id=abc&x=%20y';
		const { id, sessionLink, passcode } = await preparedSession(sandbox(), 'notary', redirect);

		const choose = await post(sessionLink, { passcode });
		const first = await post(sessionLink, { passcode, signer: '0' });
		const last = await post(sessionLink, { passcode, signer: '1' });

		expect(await choose.text()).toContain('Sign as Ada Lovelace');
		expect(await first.text()).toContain('Ada Lovelace has signed');
		expect(last.status).toBe(303);
		expect(last.headers.get('location')).toBe(redirect);
		const download = await fetch(`${sandbox().baseUrl}/api/download-notarized-files/${id}`, {
			headers: bearer(sandbox()),
		});
		expect(download.status).toBe(200);
	});

	it('ends on a thank-you page when no redirect_uri was given', async () => {
		const { sessionLink, passcode } = await preparedSession(sandbox(), 'esign');
		await post(sessionLink, { passcode, signer: '0' });

		const last = await post(sessionLink, { passcode, signer: '1' });
		const done = await fetch(new URL(last.headers.get('location') ?? '', sessionLink));

		expect(last.status).toBe(303);
		expect(await done.text()).toContain('Thank you');
	});

	it('answers 404 for a link to an unknown session or the other kind', async () => {
		const { id } = await preparedSession(sandbox(), 'esign');

		expect((await fetch(`${sandbox().baseUrl}/esign/client-join/unknown`)).status).toBe(404);
		expect((await fetch(`${sandbox().baseUrl}/notary/client-join/${id}`)).status).toBe(404);
	});
});
