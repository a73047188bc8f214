// Download Signed Files: the zip streamed into z.stashFile; an unfinished session is a clear error.
import nock from 'nock';
import { authed, loadApp, ONC } from '../helpers/app';
import { useNock } from '../helpers/use-nock';
import { nockStash, ZAPIER } from '../helpers/stash-nock';

const { run, zapier } = loadApp({ ONC_BASE_URL: ONC, ZAPIER_BASE_ENDPOINT: ZAPIER });
const perform = 'creates.download_files.operation.perform';
const ZIP = {
	'Content-Type': 'application/zip',
	'Content-Disposition': 'attachment; filename="sess-1.zip"',
};
const notFinished = { error: 'not_finished', error_description: 'Session sess-1 is not finished' };

useNock();

describe('download_files', () => {
	it('stashes the zip under its own name and returns the file link', async () => {
		const onc = nock(ONC)
			.get('/api/download-notarized-files/sess-1')
			.matchHeader('authorization', 'Bearer access-1')
			.reply(200, 'PK zip bytes', ZIP);
		const stash = nockStash('stash/sess-1.zip');

		const result = await run(perform, authed({ session_id: 'sess-1' }));

		expect(result).toEqual({
			session_id: 'sess-1',
			file: stash.url,
			file_name: 'sess-1.zip',
			content_type: 'application/zip',
		});
		expect(stash.uploaded()).toMatch(
			/filename="sess-1\.zip"\r\nContent-Type: application\/zip\r\n\r\nPK zip bytes/,
		);
		onc.done();
		stash.done();
	});

	it('answers an unfinished session with a not_finished error, not a retry', async () => {
		const onc = nock(ONC).get('/api/download-notarized-files/sess-1').reply(409, notFinished);

		const err = await run(perform, authed({ session_id: 'sess-1' })).catch((e: Error) => e);

		expect(err.name).toBe('AppError');
		const { message, code, status } = JSON.parse(err.message);
		expect({ code, status }).toEqual({ code: 'not_finished', status: 409 });
		expect(message).toMatch(/^The session sess-1 is not finished yet/);
		expect(message).toMatch(/Catch Hook/);
		onc.done();
	});

	it('waits for the session to finish when asked to', async () => {
		const onc = nock(ONC)
			.get('/api/download-notarized-files/sess-1')
			.reply(409, notFinished)
			.get('/api/download-notarized-files/sess-1')
			.reply(200, 'PK zip bytes', ZIP);
		const stash = nockStash('stash/sess-1.zip');

		const result = await run(perform, authed({ session_id: 'sess-1', wait_seconds: 5 }));

		expect(result.file).toBe(stash.url);
		onc.done();
		stash.done();
	});

	it('gives up waiting after the seconds set, with the same clear error', async () => {
		const onc = nock(ONC)
			.get('/api/download-notarized-files/sess-1')
			.times(2)
			.reply(409, notFinished);

		const err = await run(perform, authed({ session_id: 'sess-1', wait_seconds: 1 })).catch(
			(e: Error) => e,
		);

		expect(JSON.parse(err.message)).toMatchObject({ code: 'not_finished' });
		onc.done();
	});

	it('halts on a wait longer than a Zapier step can last', async () => {
		const failure = run(perform, authed({ session_id: 'sess-1', wait_seconds: 300 }));

		await expect(failure).rejects.toBeInstanceOf(zapier.errors.HaltedError);
		await expect(failure).rejects.toThrow(/from 0 to 20/);
	});

	it('halts on an empty session id without calling ONC', async () => {
		const failure = run(perform, authed({ session_id: ' ' }));

		await expect(failure).rejects.toThrow(/"Session ID" is empty/);
	});
});
