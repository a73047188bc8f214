// n8n's own REST API as its editor uses it: the owner account, then calls with its cookie.
export interface N8nRest {
	post(path: string, body: unknown): Promise<{ status: number; body: Record<string, unknown> }>;
}

const browserId = 'onc-e2e-browser';

export async function ownerSession(baseUrl: string): Promise<N8nRest> {
	const setup = await fetch(`${baseUrl}/rest/owner/setup`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', 'browser-id': browserId },
		body: JSON.stringify({
			email: 'owner@example.test',
			firstName: 'Owner',
			lastName: 'Example',
			password: 'Onc-e2e-Passw0rd',
		}),
	});
	if (!setup.ok) throw new Error(`owner setup answered ${setup.status}: ${await setup.text()}`);
	const cookie = (setup.headers.get('set-cookie') ?? '').split(';')[0];

	return {
		async post(path, body) {
			const res = await fetch(`${baseUrl}/rest${path}`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json', 'browser-id': browserId, cookie },
				body: JSON.stringify(body),
			});
			return { status: res.status, body: (await res.json()) as Record<string, unknown> };
		},
	};
}
