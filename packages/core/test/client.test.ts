// The client as a whole: credential test, base URL, and what inspecting or serialising it shows.
import nock from 'nock';
import { inspect } from 'node:util';
import { OncAuthenticationError, OncClient, OncServerError, PRODUCTION_BASE_URL } from '../src';
import { BASE, makeClient, rejection, TOKEN, useNock } from './helpers';

useNock();

const PROBE = /^\/api\/download-notarized-files\/onc-credential-check-/;

describe('testCredentials', () => {
	it('passes when ONC answers the probe download with not found', async () => {
		const { client } = makeClient();
		const scope = nock(BASE).get(PROBE).reply(404, { error: 'not_found' });

		await expect(client.testCredentials()).resolves.toBeUndefined();
		scope.done();
	});

	it.each([
		[401, { error: 'invalid_token', error_description: 'The access token provided is invalid' }],
		[400, { code: 'X001', message: 'Unknown secret key' }],
		[400, { code: 'X003', message: 'Unknown user token' }],
	])('fails with an authentication error on %i %j', async (status, body) => {
		const { client } = makeClient();
		const scope = nock(BASE).get(PROBE).reply(status, body);

		await expect(client.testCredentials()).rejects.toBeInstanceOf(OncAuthenticationError);
		scope.done();
	});

	it('fails when ONC cannot say, rather than calling the credentials good', async () => {
		const { client } = makeClient({ retry: { maxAttempts: 1 } });
		const scope = nock(BASE).get(PROBE).reply(503, '');

		await expect(client.testCredentials()).rejects.toBeInstanceOf(OncServerError);
		scope.done();
	});
});

describe('OncClient', () => {
	it('talks to production unless told otherwise', () => {
		expect(new OncClient({ accessToken: TOKEN }).baseUrl).toBe(PRODUCTION_BASE_URL);
		expect(new OncClient({ baseUrl: `${BASE}//`, accessToken: TOKEN }).baseUrl).toBe(BASE);
	});

	it('shows neither tokens nor secrets when inspected or serialised', () => {
		const oauth = new OncClient({
			baseUrl: BASE,
			oauth: {
				clientId: 'id',
				clientSecret: 'client-secret-123',
				accessToken: 'access-456',
				refreshToken: 'refresh-789',
			},
		});
		const bearer = makeClient().client;

		const shown = [
			inspect(oauth, { depth: 10, showHidden: true }),
			JSON.stringify(oauth),
			String(oauth),
			inspect(bearer),
			JSON.stringify(bearer),
		].join('\n');

		for (const secret of ['client-secret-123', 'access-456', 'refresh-789', TOKEN])
			expect(shown).not.toContain(secret);
		expect(shown).toContain(BASE);
	});

	it('refuses a timeout that is not a positive number', () => {
		expect(() => new OncClient({ accessToken: TOKEN }, { timeoutMs: 0 })).toThrow(
			expect.objectContaining({ field: 'timeoutMs' }),
		);
		expect(() => new OncClient({ accessToken: TOKEN }, { retry: { maxAttempts: -1 } })).toThrow(
			expect.objectContaining({ field: 'retry.maxAttempts' }),
		);
	});

	it('passes the per-call timeout to the transport', async () => {
		const seen: number[] = [];
		const client = new OncClient(
			{ baseUrl: BASE, accessToken: TOKEN },
			{
				timeoutMs: 1234,
				transport: {
					request: async (req) => (
						seen.push(req.timeoutMs),
						{ status: 200, headers: {}, body: Buffer.from('zip') }
					),
				},
			},
		);

		await client.downloadFiles('s-1');

		expect(seen).toEqual([1234]);
	});

	it('reports a failing transport that is not a TransportError as a network error', async () => {
		const client = new OncClient(
			{ baseUrl: BASE, accessToken: TOKEN },
			{
				retry: { maxAttempts: 1 },
				transport: { request: () => Promise.reject(new Error('boom')) },
			},
		);

		const error = await rejection(client.downloadFiles('s-1'));

		expect(error.name).toBe('OncNetworkError');
		expect(error.code).toBe('ERR_UNKNOWN');
	});
});
