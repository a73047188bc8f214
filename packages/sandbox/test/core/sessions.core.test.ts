// @onc/core against the sandbox: the whole life of both kinds, and each contract error as its typed error.
import {
	OncAuthenticationError,
	OncNotFoundError,
	OncNotReadyError,
	OncValidationError,
	redirectUriWithSessionId,
} from '@onc/core';
import { PDFDocument } from 'pdf-lib';
import { makePdf, useSandbox } from '../helpers';
import { unzip } from '../zip';
import { clientFor, control, PEOPLE, sessionCount } from './client';

describe.each(['notary', 'esign'] as const)('OncClient on a %s session', (kind) => {
	const sandbox = useSandbox();

	it('creates, adds signers, prepares, and downloads the signed files once complete', async () => {
		const client = clientFor(sandbox());
		const original = await makePdf('to sign');

		const created = await client.createSession(kind, [{ fileName: 'deal.pdf', data: original }]);
		const signers = await client.addSigners(kind, created.sessionId, PEOPLE);
		const redirectUri = redirectUriWithSessionId(
			'https://hooks.example.test/onc',
			created.sessionId,
		);
		const prepared = await client.prepareSession(kind, created.sessionId, {
			redirectUri,
			businessPay: kind === 'notary' ? false : undefined,
		});
		await control(sandbox(), 'POST', `/sandbox/sessions/${created.sessionId}/complete`);
		const download = await client.downloadFiles(created.sessionId);

		expect(created.status).toBe('active');
		expect(signers.status).toBe('pending');
		expect(prepared.sessionLink).toBe(
			`${sandbox().baseUrl}/${kind}/client-join/${created.sessionId}`,
		);
		const stored = (await control(
			sandbox(),
			'GET',
			`/sandbox/sessions/${created.sessionId}`,
		)) as Record<string, unknown>;
		expect(stored).toMatchObject({
			contact_type: 'other',
			share_room: '1',
			prepare: { redirect_uri: redirectUri, business_pay: kind === 'notary' ? 'false' : null },
		});
		expect(download.contentType).toBe('application/zip');
		const files = await unzip(download.data);
		const signed = files.get('deal.pdf') as Buffer;
		expect(signed.equals(original)).toBe(false);
		expect((await PDFDocument.load(signed)).getPageCount()).toBe(1);
	});

	it('sends for signing in one call and waits for the download until the signers finish', async () => {
		const client = clientFor(sandbox());
		const sent = await client.sendForSigning(
			kind,
			[{ fileName: 'a.pdf', data: await makePdf() }],
			PEOPLE,
			{},
		);

		setTimeout(
			() => void control(sandbox(), 'POST', `/sandbox/sessions/${sent.sessionId}/complete`),
			150,
		);
		const download = await client.downloadFiles(sent.sessionId, {
			wait: { maxWaitMs: 5000, firstIntervalMs: 50, maxIntervalMs: 100 },
		});

		expect(sent.passcode).toMatch(/^\w{6}$/);
		expect((await unzip(download.data)).size).toBe(1);
	});
});

describe('OncClient errors from the sandbox', () => {
	const sandbox = useSandbox();

	it('raises OncAuthenticationError for a bad token', async () => {
		const client = clientFor({ ...sandbox(), token: 'not-the-token' });

		await expect(
			client.createSession('esign', [{ fileName: 'a.pdf', data: await makePdf() }]),
		).rejects.toMatchObject({
			constructor: OncAuthenticationError,
			status: 401,
			code: 'invalid_token',
		});
	});

	it('passes testCredentials for the right token and fails it for a wrong one', async () => {
		await expect(clientFor(sandbox()).testCredentials()).resolves.toBeUndefined();
		await expect(
			clientFor({ ...sandbox(), token: 'wrong' }).testCredentials(),
		).rejects.toBeInstanceOf(OncAuthenticationError);
	});

	it('raises OncNotFoundError for an unknown session', async () => {
		await expect(
			clientFor(sandbox()).addSigners('notary', 'no-such-session', PEOPLE),
		).rejects.toMatchObject({
			constructor: OncNotFoundError,
			status: 404,
		});
	});

	it('raises OncNotReadyError for a download before the session is finished', async () => {
		const client = clientFor(sandbox());
		const sent = await client.sendForSigning(
			'notary',
			[{ fileName: 'a.pdf', data: await makePdf() }],
			PEOPLE,
		);

		await expect(client.downloadFiles(sent.sessionId)).rejects.toMatchObject({
			constructor: OncNotReadyError,
			status: 409,
			code: 'not_finished',
		});
	});

	it('gives up waiting with OncNotReadyError when the signers never finish', async () => {
		const client = clientFor(sandbox());
		const sent = await client.sendForSigning(
			'esign',
			[{ fileName: 'a.pdf', data: await makePdf() }],
			PEOPLE,
		);

		await expect(
			client.downloadFiles(sent.sessionId, { wait: { maxWaitMs: 200, firstIntervalMs: 50 } }),
		).rejects.toBeInstanceOf(OncNotReadyError);
	});

	it('raises OncValidationError with the vendor code for a second prepare', async () => {
		const client = clientFor(sandbox());
		const sent = await client.sendForSigning(
			'notary',
			[{ fileName: 'a.pdf', data: await makePdf() }],
			PEOPLE,
		);

		await expect(client.prepareSession('notary', sent.sessionId, {})).rejects.toMatchObject({
			constructor: OncValidationError,
			status: 400,
			code: 'X000',
			vendorMessage: expect.stringContaining('already prepared'),
		});
	});
});

describe('OncClient on a sandbox with a small upload cap', () => {
	const sandbox = useSandbox({ maxUploadBytes: 64 * 1024 });

	it('reads the 413 answer to an upload past the cap as an error with that status, and creates nothing', async () => {
		const big = Buffer.concat([await makePdf(), Buffer.alloc(1024 * 1024)]);

		const attempt = clientFor(sandbox()).createSession('esign', [
			{ fileName: 'big.pdf', data: big },
		]);

		await expect(attempt).rejects.toMatchObject({ status: 413, code: 'too_large' });
		expect(await sessionCount(sandbox())).toBe(0);
	});
});
