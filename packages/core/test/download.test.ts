// Downloading the finished files: name and type from the answer, streamed unread, and waiting until the session is finished.
import nock from 'nock';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import {
	OncClient,
	OncNetworkError,
	OncNotFoundError,
	OncNotReadyError,
	OncTimeoutError,
} from '../src';
import { fileNameFrom } from '../src/download';
import { BASE, makeClient, rejection, TOKEN, useNock } from './helpers';

useNock();

const DOWNLOAD = '/api/download-notarized-files/s-1';
const ZIP = Buffer.from('PK\u0003\u0004 the zip');
const NOT_FINISHED = { error: 'not_finished', error_description: 'The session is not finished' };

describe('downloadFiles', () => {
	it('sends a plain GET with the token and returns the zip with its name and type', async () => {
		const { client } = makeClient();
		const scope = nock(BASE, {
			reqheaders: { authorization: `Bearer ${TOKEN}` },
			badheaders: ['content-type'],
		})
			.get(DOWNLOAD)
			.reply(200, ZIP, {
				'Content-Type': 'application/zip',
				'Content-Disposition': 'attachment; filename="s-1.zip"',
			});

		const result = await client.downloadFiles('s-1');

		scope.done();
		expect(result).toEqual({ fileName: 's-1.zip', contentType: 'application/zip', data: ZIP });
	});

	it('escapes the session id in the path', async () => {
		const { client } = makeClient();
		const scope = nock(BASE).get('/api/download-notarized-files/a%2Fb%3Fc').reply(200, ZIP);

		const result = await client.downloadFiles('a/b?c');

		scope.done();
		expect(result.fileName).toBe('a_b?c.zip');
	});

	it('keeps asking with growing pauses until the session is finished', async () => {
		const { client, clock } = makeClient();
		const scope = nock(BASE)
			.get(DOWNLOAD)
			.times(4)
			.reply(409, NOT_FINISHED)
			.get(DOWNLOAD)
			.reply(200, ZIP);

		const result = await client.downloadFiles('s-1', {
			wait: { maxWaitMs: 60_000, firstIntervalMs: 1000, maxIntervalMs: 5000 },
		});

		scope.done();
		expect(result.data).toEqual(ZIP);
		expect(clock.sleeps).toEqual([1000, 2000, 4000, 5000]);
	});

	it('stops waiting after maxWaitMs and says how long it waited', async () => {
		const { client, clock } = makeClient();
		const scope = nock(BASE).get(DOWNLOAD).times(4).reply(409, NOT_FINISHED);

		const error = await rejection(
			client.downloadFiles('s-1', { wait: { maxWaitMs: 10_000, firstIntervalMs: 2000 } }),
		);

		scope.done();
		expect(error).toBeInstanceOf(OncNotReadyError);
		expect(error.message).toMatch(/not finished after 10 seconds/);
		expect(error).toMatchObject({
			status: 409,
			code: 'not_finished',
			sessionId: 's-1',
			waitedMs: 10_000,
		});
		expect(clock.sleeps).toEqual([2000, 4000, 4000]);
	});

	it('does not wait on other errors', async () => {
		const { client, clock } = makeClient();
		const scope = nock(BASE).get(DOWNLOAD).reply(404, { error: 'not_found' });

		await expect(
			client.downloadFiles('s-1', { wait: { maxWaitMs: 60_000 } }),
		).rejects.toBeInstanceOf(OncNotFoundError);

		scope.done();
		expect(clock.sleeps).toEqual([]);
	});

	it('fails at once as not ready without wait', async () => {
		const { client } = makeClient();
		const scope = nock(BASE).get(DOWNLOAD).reply(409, NOT_FINISHED);

		const error = await rejection(client.downloadFiles('s-1'));

		expect(error).toBeInstanceOf(OncNotReadyError);
		expect((error as OncNotReadyError).waitedMs).toBeUndefined();
		scope.done();
	});
});

describe('downloadFilesStream', () => {
	it('hands on the body as a stream and reads a JSON error out of a streamed answer', async () => {
		const { client } = makeClient();
		const scope = nock(BASE)
			.get(DOWNLOAD)
			.reply(409, NOT_FINISHED)
			.get(DOWNLOAD)
			.reply(200, ZIP, { 'Content-Type': 'application/zip' });

		const error = await rejection(client.downloadFilesStream('s-1'));
		const result = await client.downloadFilesStream('s-1');
		const chunks: Buffer[] = [];
		for await (const chunk of result.stream) chunks.push(chunk);

		scope.done();
		expect(error).toMatchObject({
			code: 'not_finished',
			vendorMessage: 'The session is not finished',
		});
		expect(result.fileName).toBe('s-1.zip');
		expect(Buffer.concat(chunks)).toEqual(ZIP);
	});
});

describe('downloadFilesStream breaks', () => {
	function brokenAfterOneChunk(error: Error): OncClient {
		const body = new Readable({ read() {} });
		body.push('PK');
		setTimeout(() => body.destroy(error), 5);
		return new OncClient(
			{ baseUrl: BASE, accessToken: TOKEN },
			{ transport: { request: async () => ({ status: 200, headers: {}, body }) } },
		);
	}

	it.each([
		['ECONNRESET', OncNetworkError],
		['ETIMEDOUT', OncTimeoutError],
	])('reports a %s midway as an error naming the session', async (code, ErrorClass) => {
		const client = brokenAfterOneChunk(Object.assign(new Error('socket went away'), { code }));

		const { stream } = await client.downloadFilesStream('s-1');
		const error = await rejection(buffer(stream));

		expect(error).toBeInstanceOf(ErrorClass);
		expect(error).toMatchObject({ code, sessionId: 's-1' });
		expect(error.message).toMatch(/broke off before the end/);
	});

	it('closes the answer when the reader gives up early', async () => {
		const body = new Readable({ read() {} });
		body.push('PK');
		const client = new OncClient(
			{ baseUrl: BASE, accessToken: TOKEN },
			{ transport: { request: async () => ({ status: 200, headers: {}, body }) } },
		);

		const { stream } = await client.downloadFilesStream('s-1');
		stream.destroy();
		await new Promise((resolve) => setTimeout(resolve, 10));

		expect(body.destroyed).toBe(true);
	});
});

describe('fileNameFrom', () => {
	it.each([
		['attachment; filename="signed.zip"', 'signed.zip'],
		['attachment; filename=signed.zip', 'signed.zip'],
		['attachment; filename="x.zip"; filename*=UTF-8\'\'sign%C3%A9.zip', 'signé.zip'],
		['attachment; filename="say \\"hi\\".zip"', 'say "hi".zip'],
		['attachment', 'fallback.zip'],
		['attachment; filename="../../etc/passwd"', '.._.._etc_passwd'],
		['attachment; filename=".."', '_'],
		[undefined, 'fallback.zip'],
	])('reads %s as %s', (header, name) => {
		expect(fileNameFrom(header, 'fallback.zip')).toBe(name);
	});
});
