// The download operation: the signed zip as binary, extraction, not-finished and waiting.
import { samplePdf } from '@onc/sandbox';
import nock from 'nock';
import { setTimeout as realDelay } from 'node:timers/promises';

import { pdfEntries } from '../../../../../nodes/Onc/helpers/zipEntries';
import { waitOptions } from '../../../../../nodes/Onc/actions/session/download.operation';
import { pdfItem } from '../../../../support/fakeContext';
import { HOST, useNock } from '../../../../support/nockSetup';
import { params, runNode, signer } from '../../../../support/runNode';
import { completeSession, useSandbox } from '../../../../support/sandbox';

const NOT_FINISHED = { error: 'not_finished', error_description: 'The session is not finished' };

describe('download.execute', () => {
	useNock();

	it('outputs the zip as binary with its file name and application/zip', async () => {
		const scope = nock(HOST)
			.get('/api/download-notarized-files/sess-1')
			.reply(200, Buffer.from('PK-zip-bytes'), {
				'Content-Type': 'application/zip',
				'Content-Disposition': 'attachment; filename="sess-1.zip"',
			});

		const { output } = await runNode({
			params: params('download', {
				sessionId: 'sess-1',
				binaryPropertyName: 'signed',
				options: {},
			}),
		});

		expect(output[0].json).toEqual({ sessionId: 'sess-1', fileName: 'sess-1.zip' });
		expect(output[0].binary!.signed).toMatchObject({
			fileName: 'sess-1.zip',
			mimeType: 'application/zip',
		});
		expect(Buffer.from(output[0].binary!.signed.data, 'base64').toString()).toBe('PK-zip-bytes');
		scope.done();
	});

	it('says the session is not finished and how to wait for it', async () => {
		const scope = nock(HOST).get('/api/download-notarized-files/sess-1').reply(409, NOT_FINISHED);

		const run = runNode({ params: params('download', { sessionId: 'sess-1', options: {} }) });

		await expect(run).rejects.toThrow('The session is not finished yet');
		await expect(run).rejects.toMatchObject({
			httpCode: '409',
			description: expect.stringContaining('Wait Until Finished'),
		});
		scope.done();
	});
});

describe('download.execute with Wait Until Finished', () => {
	useNock();

	it('keeps checking until the session is finished, then outputs the zip', async () => {
		const scope = nock(HOST)
			.get('/api/download-notarized-files/sess-1')
			.reply(409, NOT_FINISHED)
			.get('/api/download-notarized-files/sess-1')
			.reply(200, 'PK', { 'Content-Type': 'application/zip' });

		const { output } = await runNode({
			params: params('download', {
				sessionId: 'sess-1',
				options: { waitUntilFinished: true, maxWaitMinutes: 1 },
			}),
		});

		expect(output[0].binary!.data.mimeType).toBe('application/zip');
		scope.done();
	});
});

describe('download.execute with Wait Until Finished, on a fake clock', () => {
	useNock();

	beforeEach(() => {
		// nock answers on immediates and ticks; only the waiting is to be skipped.
		jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
	});
	afterEach(() => {
		jest.useRealTimers();
	});

	it('gives up after the Maximum Wait, with the not-finished error', async () => {
		let checks = 0;
		nock(HOST)
			.get('/api/download-notarized-files/sess-1')
			.times(100)
			.reply(() => {
				checks += 1;
				return [409, NOT_FINISHED];
			});

		let outcome: unknown;
		const run = runNode({
			params: params('download', {
				sessionId: 'sess-1',
				options: { waitUntilFinished: true, maxWaitMinutes: 1 },
			}),
		}).then(
			() => (outcome = 'resolved'),
			(error: unknown) => (outcome = error),
		);
		let waitedMs = 0;
		while (outcome === undefined && waitedMs < 5 * 60_000) {
			// Real time first, for a request in flight to be answered before the clock moves.
			await realDelay(10);
			await jest.advanceTimersByTimeAsync(1000);
			waitedMs += 1000;
		}
		await run;

		expect(outcome).toMatchObject({
			httpCode: '409',
			message: 'The session is still not finished after the Maximum Wait',
			description: expect.stringContaining('after 60 seconds of waiting. Raise Maximum Wait'),
		});
		expect(String((outcome as Error & { description: string }).description)).not.toContain(
			'turn on the Wait Until Finished option',
		);
		expect(waitedMs).toBeGreaterThanOrEqual(60_000);
		expect(waitedMs).toBeLessThan(65_000);
		// Checked at 0, 2, 6, 14, 30 and 60 s: the pause doubles up to 30 s.
		expect(checks).toBe(6);
	});
});

describe('download.execute against the sandbox', () => {
	const sandbox = useSandbox();

	it('puts each signed PDF in its own field when asked to extract', async () => {
		const sb = sandbox();
		const credentials = { oncApi: { baseUrl: sb.baseUrl, accessToken: sb.token } };
		const original = await samplePdf('Original contract');
		const sent = await runNode({
			params: params('send', { binaryPropertyNames: 'data', ...signer, redirectUri: '' }),
			items: [pdfItem(original, 'contract.pdf')],
			credentials,
		});
		const sessionId = sent.output[0].json.sessionId as string;
		await completeSession(sb, sessionId);

		const { output } = await runNode({
			params: params('download', {
				sessionId,
				binaryPropertyName: 'data',
				options: { extract: true },
			}),
			credentials,
		});

		const binary = output[0].binary!;
		expect(binary.data.mimeType).toBe('application/zip');
		expect(binary.data_0).toMatchObject({ fileName: 'contract.pdf', mimeType: 'application/pdf' });
		const signed = Buffer.from(binary.data_0.data, 'base64');
		expect(signed.subarray(0, 5).toString()).toBe('%PDF-');
		expect(signed.equals(original)).toBe(false);
		const inZip = await pdfEntries(Buffer.from(binary.data.data, 'base64'));
		expect(inZip.map((pdf) => pdf.fileName)).toEqual(['contract.pdf']);
		expect(output[0].json.files).toEqual(['contract.pdf']);
	});
});

describe('waitOptions', () => {
	it('waits only when asked, bounded by the minutes given', () => {
		expect(waitOptions({})).toBeUndefined();
		expect(waitOptions({ waitUntilFinished: true, maxWaitMinutes: 2 })).toEqual({
			maxWaitMs: 120_000,
		});
	});
});
