// Bearer checks: only the sandbox token or an issued OAuth access token opens the API.
import { bearer, useSandbox } from './helpers';

describe('requireBearer', () => {
	const sandbox = useSandbox();

	function download(token: string) {
		return fetch(`${sandbox().baseUrl}/api/download-notarized-files/unknown`, {
			headers: bearer(sandbox(), token),
		});
	}

	it('lets the sandbox token through to the endpoint', async () => {
		const res = await download(sandbox().token);

		expect(res.status).toBe(404);
	});

	it.each(['constructor', '__proto__', 'toString'])(
		'refuses %s, a name every object has, as an unknown access token',
		async (token) => {
			const res = await download(token);

			expect(res.status).toBe(401);
			expect(((await res.json()) as { error: string }).error).toBe('invalid_token');
		},
	);
});
