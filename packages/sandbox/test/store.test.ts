// With a data directory, sessions, files, messages and tokens survive a restart of the sandbox.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { startSandbox } from '../src';
import { bearer, createSession, makePdf, preparedSession } from './helpers';
import { unzip } from './zip';

describe('Store with a data directory', () => {
	let dataDir: string;

	beforeEach(() => {
		dataDir = mkdtempSync(path.join(tmpdir(), 'onc-sandbox-'));
	});
	afterEach(() => {
		rmSync(dataDir, { recursive: true, force: true });
	});

	it('keeps a prepared session, its outbox and its files across a restart', async () => {
		const first = await startSandbox({ dataDir });
		const { id, passcode } = await preparedSession(first, 'notary', 'https://example.test/back');
		await first.close();

		const second = await startSandbox({ dataDir });
		try {
			const stored = (await (
				await fetch(`${second.baseUrl}/sandbox/sessions/${id}`)
			).json()) as Record<string, unknown>;
			const outbox = (await (await fetch(`${second.baseUrl}/sandbox/outbox`)).json()) as unknown[];
			await fetch(`${second.baseUrl}/sandbox/sessions/${id}/complete`, { method: 'POST' });
			const download = await fetch(`${second.baseUrl}/api/download-notarized-files/${id}`, {
				headers: bearer(second),
			});

			expect(stored).toMatchObject({
				status: 'prepared',
				passcode,
				prepare: { redirect_uri: 'https://example.test/back' },
			});
			expect(outbox).toHaveLength(2);
			const files = await unzip(Buffer.from(await download.arrayBuffer()));
			expect((await PDFDocument.load(files.get('contract.pdf') as Buffer)).getPageCount()).toBe(1);
		} finally {
			await second.close();
		}
	});

	it('links a session from the home page on the port it restarted on', async () => {
		const first = await startSandbox({ dataDir });
		const { id } = await preparedSession(first, 'notary');
		await first.close();

		const second = await startSandbox({ dataDir });
		try {
			const home = await (await fetch(`${second.baseUrl}/`)).text();
			const href = /href="([^"]*client-join[^"]*)"/.exec(home)?.[1] ?? '';
			const page = await fetch(new URL(href, `${second.baseUrl}/`));

			expect(second.baseUrl).not.toBe(first.baseUrl);
			expect(href).toBe(`/notary/client-join/${id}`);
			expect(page.status).toBe(200);
			expect(await page.text()).toContain('passcode');
		} finally {
			await second.close();
		}
	});

	it('keeps a finished session downloadable and OAuth grants valid across a restart', async () => {
		const first = await startSandbox({ dataDir });
		const { id } = await preparedSession(first, 'esign');
		await fetch(`${first.baseUrl}/sandbox/sessions/${id}/complete`, { method: 'POST' });
		const approve = await fetch(`${first.baseUrl}/oauth/authorize`, {
			method: 'POST',
			redirect: 'manual',
			body: new URLSearchParams({
				response_type: 'code',
				client_id: first.clientId,
				redirect_uri: 'https://example.test/cb',
				decision: 'approve',
			}),
		});
		const code = new URL(approve.headers.get('location') ?? '').searchParams.get('code') ?? '';
		await first.close();

		const second = await startSandbox({ dataDir });
		try {
			const tokenRes = await fetch(`${second.baseUrl}/oauth/token`, {
				method: 'POST',
				headers: {
					Authorization: `Basic ${Buffer.from(`${second.clientId}:${second.clientSecret}`).toString('base64')}`,
				},
				body: new URLSearchParams({ grant_type: 'authorization_code', code }),
			});
			const { access_token } = (await tokenRes.json()) as { access_token: string };
			const download = await fetch(`${second.baseUrl}/api/download-notarized-files/${id}`, {
				headers: bearer(second, access_token),
			});

			expect(tokenRes.status).toBe(200);
			expect(download.status).toBe(200);
			expect((await unzip(Buffer.from(await download.arrayBuffer()))).size).toBe(1);
		} finally {
			await second.close();
		}
	});

	it('leaves no file behind from a refused upload', async () => {
		const sandbox = await startSandbox({ dataDir });
		try {
			const res = await createSession(sandbox, 'esign', [
				{ name: 'good.pdf', data: await makePdf() },
				{ name: 'bad.pdf', data: Buffer.from('not a pdf at all') },
			]);

			expect(res.status).toBe(400);
			expect(readdirSync(path.join(dataDir, 'files'))).toEqual([]);
		} finally {
			await sandbox.close();
		}
	});

	it('refuses to start on a data file it cannot read, naming the file', async () => {
		writeFileSync(path.join(dataDir, 'sandbox.json'), '{ not json');

		await expect(startSandbox({ dataDir })).rejects.toThrow(path.join(dataDir, 'sandbox.json'));
	});
});
