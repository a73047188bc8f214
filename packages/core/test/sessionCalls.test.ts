// Wire format of create: one multipart part per PDF, as ONC's contract spells it.
import nock from 'nock';
import { Readable } from 'node:stream';
import { BASE, makeClient, pdf, TOKEN, useNock } from './helpers';

useNock();

function parts(body: string, boundary: string): string[] {
	return body.split(`--${boundary}`).slice(1);
}

describe('createSession', () => {
	it('posts every file as files[i] with its name and application/pdf, with a Bearer token', async () => {
		const { client } = makeClient();
		let headers: Record<string, string> = {};
		let body = '';
		const scope = nock(BASE)
			.post('/api/create-notary-session')
			.reply(function (_uri, received) {
				headers = this.req.headers as Record<string, string>;
				body = String(received);
				return [
					200,
					{
						title: 'Customer Notary',
						created_by: '9999999999',
						notary_id: 'n-1',
						status: 'active',
					},
				];
			});

		const created = await client.createSession('notary', [
			{ fileName: 'deed.pdf', data: pdf('one') },
			{ fileName: 'annex "b".pdf', data: new Uint8Array(pdf('two')) },
		]);

		scope.done();
		expect(created).toEqual({
			sessionId: 'n-1',
			title: 'Customer Notary',
			status: 'active',
			createdBy: '9999999999',
			raw: {
				title: 'Customer Notary',
				created_by: '9999999999',
				notary_id: 'n-1',
				status: 'active',
			},
		});
		expect(headers.authorization).toBe(`Bearer ${TOKEN}`);
		const boundary = /^multipart\/form-data; boundary=(.+)$/.exec(
			headers['content-type'],
		)?.[1] as string;
		expect(boundary).toBeTruthy();
		expect(Number(headers['content-length'])).toBe(Buffer.byteLength(body));
		expect(parts(body, boundary)).toEqual([
			`\r\nContent-Disposition: form-data; name="files[0]"; filename="deed.pdf"\r\nContent-Type: application/pdf\r\n\r\n${pdf('one')}\r\n`,
			`\r\nContent-Disposition: form-data; name="files[1]"; filename="annex %22b%22.pdf"\r\nContent-Type: application/pdf\r\n\r\n${pdf('two')}\r\n`,
			'--\r\n',
		]);
	});

	it('posts e-sign sessions to the e-sign path', async () => {
		const { client } = makeClient();
		const scope = nock(BASE)
			.post('/api/create-esign-session')
			.reply(200, { notary_id: 'e-1', status: 'active' });

		const created = await client.createSession('esign', [{ fileName: 'a.pdf', data: pdf() }]);

		scope.done();
		expect(created.sessionId).toBe('e-1');
	});

	it('sends stream files chunked when a size is unknown, and with Content-Length when all are given', async () => {
		const { client } = makeClient();
		const seen: Record<string, string | undefined>[] = [];
		const bodies: string[] = [];
		const scope = nock(BASE)
			.post('/api/create-notary-session')
			.times(2)
			.reply(function (_uri, received) {
				seen.push(this.req.headers as Record<string, string>);
				bodies.push(String(received));
				return [200, { notary_id: 'n-2' }];
			});
		const content = pdf('streamed');

		await client.createSession('notary', [{ fileName: 's.pdf', data: Readable.from([content]) }]);
		await client.createSession('notary', [
			{ fileName: 's.pdf', data: Readable.from([content]), size: content.length },
		]);

		scope.done();
		expect(seen[0]['content-length']).toBeUndefined();
		expect(seen[0]['transfer-encoding']).toBe('chunked');
		expect(Number(seen[1]['content-length'])).toBe(Buffer.byteLength(bodies[1]));
		expect(bodies[0]).toContain(`Content-Type: application/pdf\r\n\r\n${content}\r\n`);
	});

	it('fails with the answer when ONC gives no session id', async () => {
		const { client } = makeClient();
		const scope = nock(BASE).post('/api/create-notary-session').reply(200, { status: 'active' });

		await expect(
			client.createSession('notary', [{ fileName: 'a.pdf', data: pdf() }]),
		).rejects.toThrow(/without a session id/);
		scope.done();
	});
});
