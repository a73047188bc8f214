// No secret (client secret, tokens, passcode, code) reaches an error, a log line, or a printed client.
import nock from 'nock';
import { inspect } from 'node:util';
import { OncClient, OncError } from '../src';
import { BASE, fakeClock, rejection, useNock } from './helpers';

useNock();

const SECRETS = [
	'client-secret-123',
	'old-access-token',
	'old-refresh-token',
	'new-access-token',
	'new-refresh-token',
	'HyufXF-passcode',
];

function everything(error: unknown): string {
	return [
		String(error),
		(error as Error).message,
		JSON.stringify(error),
		inspect(error, { depth: 10, showHidden: true }),
	].join('\n');
}

function capturingClient() {
	const lines: string[] = [];
	const logger = {
		debug: (msg: string, meta?: object) => lines.push(msg + JSON.stringify(meta ?? {})),
		warn: (msg: string, meta?: object) => lines.push(msg + JSON.stringify(meta ?? {})),
	};
	const client = new OncClient(
		{
			baseUrl: BASE,
			oauth: {
				clientId: 'client-id',
				clientSecret: 'client-secret-123',
				accessToken: 'old-access-token',
				refreshToken: 'old-refresh-token',
			},
		},
		{ logger, clock: fakeClock(), random: () => 0 },
	);
	return { client, lines };
}

describe('secrets', () => {
	it('stay out of errors even when ONC echoes them back', async () => {
		const { client } = capturingClient();
		const scope = nock(BASE)
			.get('/api/download-notarized-files/s-1')
			.reply(403, {
				error: 'forbidden',
				error_description: 'token old-access-token not allowed',
				access_token: 'old-access-token',
				echo: { authorization: 'Bearer old-access-token' },
			});

		const error = await rejection(client.downloadFiles('s-1'));

		scope.done();
		expect(error.vendorMessage).toBe('token [redacted] not allowed');
		expect(JSON.parse(JSON.stringify(error))).toMatchObject({
			name: 'OncAuthenticationError',
			message: expect.stringContaining('did not accept the credentials'),
			status: 403,
		});
		expect(error.body).toEqual({
			error: 'forbidden',
			error_description: 'token [redacted] not allowed',
			access_token: '[redacted]',
			echo: { authorization: '[redacted]' },
		});
		for (const secret of SECRETS) expect(everything(error)).not.toContain(secret);
	});

	it('stay out of the log through a renewal, a retry and a failure', async () => {
		const { client, lines } = capturingClient();
		const scope = nock(BASE)
			.get('/api/download-notarized-files/s-1')
			.reply(401, { error: 'invalid_token' })
			.post('/oauth/token')
			.reply(200, {
				access_token: 'new-access-token',
				refresh_token: 'new-refresh-token',
				expires_in: 3600,
			})
			.get('/api/download-notarized-files/s-1')
			.reply(503, 'busy with new-access-token')
			.get('/api/download-notarized-files/s-1')
			.reply(200, 'zip')
			.post('/api/prepare-esign-session')
			.reply(200, { success: 'false', message: 'no signers', passcode: 'HyufXF-passcode' });

		await client.downloadFiles('s-1');
		const error = await rejection(client.prepareSession('esign', 's-1'));

		scope.done();
		expect(lines.length).toBeGreaterThan(4);
		const log = lines.join('\n');
		for (const secret of SECRETS) {
			expect(log).not.toContain(secret);
			expect(everything(error)).not.toContain(secret);
		}
		expect(error).toBeInstanceOf(OncError);
	});

	it('stay out of a network error raised by the axios transport', async () => {
		const client = new OncClient(
			{ baseUrl: 'http://127.0.0.1:9', accessToken: 'old-access-token' },
			{ retry: { maxAttempts: 1 } },
		);
		nock.enableNetConnect('127.0.0.1');

		const error = await rejection(client.downloadFiles('s-1'));

		expect(error.code).toBe('ECONNREFUSED');
		expect(everything(error)).not.toContain('old-access-token');
	});
});
