// The create operation: multipart upload of input PDFs, from memory or streamed from n8n's disk store.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import nock from 'nock';

import { pdfItem, samplePdf, storedPdfItem } from '../../../../support/fakeContext';
import { HOST, useNock } from '../../../../support/nockSetup';
import { params, runNode } from '../../../../support/runNode';

const created = {
	title: 'Customer Notary',
	created_by: '9999999999',
	notary_id: 'sess-1',
	status: 'active',
};

describe('create.execute', () => {
	useNock();

	it('uploads each named binary as files[i] and outputs sessionId beside the answer', async () => {
		let body = '';
		const scope = nock(HOST)
			.post('/api/create-notary-session', (b: string) => ((body = b), true))
			.matchHeader('content-type', /^multipart\/form-data; boundary=/)
			.reply(200, created);

		const { output } = await runNode({
			params: params('create', { binaryPropertyNames: 'data, extra' }),
			items: [
				{
					json: {},
					binary: {
						...pdfItem(samplePdf, 'a.pdf').binary,
						extra: pdfItem(samplePdf, 'b.pdf').binary!.data,
					},
				},
			],
		});

		expect(output).toEqual([
			{ json: { sessionId: 'sess-1', ...created }, pairedItem: { item: 0 } },
		]);
		expect(body).toMatch(/name="files\[0\]"; filename="a.pdf"/);
		expect(body).toMatch(/name="files\[1\]"; filename="b.pdf"/);
		expect(body).toContain('%PDF-1.4');
		scope.done();
	});

	it('streams a PDF that n8n keeps on disk instead of loading it from the item', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'onc-node-'));
		await writeFile(join(dir, 'stored.pdf'), samplePdf);
		let body = '';
		const scope = nock(HOST)
			.post('/api/create-esign-session', (b: string) => ((body = b), true))
			.reply(200, created);

		const { output } = await runNode({
			params: params('create', { binaryPropertyNames: 'data' }, 'esignSession'),
			items: [storedPdfItem('fs-id-1', 'stored.pdf')],
			files: { 'fs-id-1': join(dir, 'stored.pdf') },
		});

		expect(output[0].json.sessionId).toBe('sess-1');
		expect(body).toContain('filename="stored.pdf"');
		expect(body).toContain(samplePdf.toString('latin1'));
		scope.done();
	});

	it('sends the upload again with fresh streams after n8n refreshed an expired OAuth token', async () => {
		const scope = nock(HOST)
			.post('/api/create-notary-session')
			.matchHeader('authorization', 'Bearer old')
			.reply(401, {
				error: 'invalid_token',
				error_description: 'The access token provided is invalid',
			})
			.post('/api/create-notary-session', (b: string) => b.includes('%PDF-1.4'))
			.matchHeader('authorization', 'Bearer new')
			.reply(200, created);

		const { output, fake } = await runNode({
			params: { ...params('create'), authentication: 'oAuth2', binaryPropertyNames: 'data' },
			items: [pdfItem(samplePdf)],
			credentials: { oncOAuth2Api: { baseUrl: HOST, oauthTokenData: { access_token: 'old' } } },
			refresh: async () => 'new',
		});

		expect(output[0].json.sessionId).toBe('sess-1');
		expect(fake.refreshes).toBe(1);
		scope.done();
	});

	it('names the missing binary property and lists the ones the item has, sending nothing', async () => {
		const run = runNode({
			params: params('create', { binaryPropertyNames: 'contract' }),
			items: [pdfItem(samplePdf)],
		});

		await expect(run).rejects.toThrow('No binary property "contract" on the input item');
		await expect(run).rejects.toMatchObject({
			description: expect.stringContaining('This item has: data'),
		});
		expect(nock.pendingMocks()).toEqual([]);
	});

	it('refuses a binary that is not a PDF before any request', async () => {
		const item = {
			json: {},
			binary: { data: { data: 'aGVsbG8=', mimeType: 'image/png', fileName: 'photo.png' } },
		};

		const run = runNode({
			params: params('create', { binaryPropertyNames: 'data' }),
			items: [item],
		});

		await expect(run).rejects.toThrow('Binary property "data" is not a PDF');
	});

	it('refuses an empty Binary Property Names field', async () => {
		const run = runNode({
			params: params('create', { binaryPropertyNames: ' , ' }),
			items: [pdfItem(samplePdf)],
		});

		await expect(run).rejects.toThrow('Binary Property Names is empty');
	});
});
