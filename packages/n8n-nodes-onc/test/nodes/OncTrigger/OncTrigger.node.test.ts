// OncTrigger.webhook: fires once per finished session with the zip; tells a forged caller nothing.
import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';

import { OncTrigger } from '../../../nodes/OncTrigger/OncTrigger.node';
import { fakeWebhook } from '../../support/fakeWebhook';
import { HOST, useNock } from '../../support/nockSetup';

const params = { authentication: 'accessToken', downloadZip: true, binaryPropertyName: 'data' };
const zipHeaders = {
	'Content-Type': 'application/zip',
	'Content-Disposition': 'attachment; filename="sess-1.zip"',
};

async function arrive(query: Record<string, unknown>, staticData: IDataObject, extra = {}) {
	const { ctx, answer, warnings } = fakeWebhook(query, { ...params, ...extra }, staticData);
	const result = await new OncTrigger().webhook.call(ctx);
	return { result, answer, warnings };
}

describe('OncTrigger.webhook', () => {
	useNock();

	it('fires with the signed zip once the service serves the session files', async () => {
		const scope = nock(HOST)
			.get('/api/download-notarized-files/sess-1')
			.reply(200, 'PK-zip', zipHeaders);

		const { result, answer } = await arrive({ onc_session_id: 'sess-1' }, {});

		const item = result.workflowData![0][0];
		expect(item.json).toEqual({
			sessionId: 'sess-1',
			event: 'sessionFinished',
			fileName: 'sess-1.zip',
		});
		expect(item.binary!.data).toMatchObject({
			fileName: 'sess-1.zip',
			mimeType: 'application/zip',
		});
		expect(result.noWebhookResponse).toBe(true);
		expect(answer).toMatchObject({ status: 200, body: expect.stringContaining('Thank you') });
		scope.done();
	});

	it('fires only once for a session, also when the signer comes back', async () => {
		const scope = nock(HOST)
			.get('/api/download-notarized-files/sess-1')
			.reply(200, 'PK-zip', zipHeaders);
		const staticData: IDataObject = {};

		const first = await arrive({ onc_session_id: 'sess-1' }, staticData);
		const second = await arrive({ onc_session_id: 'sess-1' }, staticData);

		expect(first.result.workflowData).toHaveLength(1);
		expect(second.result.workflowData).toBeUndefined();
		expect(second.answer).toEqual(first.answer);
		scope.done();
	});

	it('fires nothing for an unfinished session and answers as for any other', async () => {
		const scope = nock(HOST)
			.get('/api/download-notarized-files/sess-2')
			.reply(409, { error: 'not_finished' })
			.get('/api/download-notarized-files/sess-2')
			.reply(200, 'PK-zip', zipHeaders);
		const staticData: IDataObject = {};

		const early = await arrive({ onc_session_id: 'sess-2' }, staticData);
		const later = await arrive({ onc_session_id: 'sess-2' }, staticData);

		expect(early.result).toEqual({ noWebhookResponse: true });
		expect(later.result.workflowData).toHaveLength(1);
		expect(early.answer).toEqual(later.answer);
		scope.done();
	});

	it('fires nothing for an unknown id and asks nothing for one that is malformed', async () => {
		const scope = nock(HOST)
			.get('/api/download-notarized-files/forged')
			.reply(404, { error: 'not_found' });

		const unknown = await arrive({ onc_session_id: 'forged' }, {});
		const malformed = await arrive({ onc_session_id: '../../etc/passwd' }, {});
		const missing = await arrive({}, {});

		for (const { result } of [unknown, malformed, missing])
			expect(result).toEqual({ noWebhookResponse: true });
		scope.done();
	});

	it('sends the signer to the final page whatever the request carries', async () => {
		const scope = nock(HOST)
			.get('/api/download-notarized-files/forged')
			.reply(404, { error: 'not_found' });

		const { answer } = await arrive(
			{ onc_session_id: 'forged' },
			{},
			{ finalPageUrl: 'https://example.test/done' },
		);

		expect(answer).toEqual({ status: 302, redirect: 'https://example.test/done' });
		scope.done();
	});

	it('outputs no binary when the zip is not wanted', async () => {
		const scope = nock(HOST)
			.get('/api/download-notarized-files/sess-3')
			.reply(200, 'PK-zip', zipHeaders);

		const { result } = await arrive({ onc_session_id: 'sess-3' }, {}, { downloadZip: false });

		expect(result.workflowData![0][0].binary).toBeUndefined();
		scope.done();
	});

	it('logs, without the token, when its credential is refused, and fires nothing', async () => {
		const scope = nock(HOST).get('/api/download-notarized-files/sess-4').reply(401, {
			error: 'invalid_token',
			error_description: 'The access token provided is invalid',
		});

		const { result, warnings } = await arrive({ onc_session_id: 'sess-4' }, {});

		expect(result).toEqual({ noWebhookResponse: true });
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toContain('could not check a finished session');
		expect(warnings[0]).not.toContain('long-lived-token');
		scope.done();
	});

	it('stays silent about unknown and unfinished sessions', async () => {
		const scope = nock(HOST)
			.get('/api/download-notarized-files/forged')
			.reply(404, { error: 'not_found' });

		const { warnings } = await arrive({ onc_session_id: 'forged' }, {});

		expect(warnings).toEqual([]);
		scope.done();
	});
});
