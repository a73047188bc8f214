// Create Notary/E-Sign Session: files fetched from links and streamed as files[N] parts, errors mapped.
import nock from 'nock';
import { authed, loadApp, ONC } from '../helpers/app';
import { useNock } from '../helpers/use-nock';

const { run, zapier } = loadApp({ ONC_BASE_URL: ONC });
const FILES = 'https://files.example.test';
const perform = (kind: string) => `creates.create_${kind}_session.operation.perform`;
const created = {
	title: 'Customer Notary',
	created_by: '9999999999',
	notary_id: 'sess-1',
	status: 'active',
};

useNock();

describe('create_notary_session', () => {
	it('streams each linked PDF as a files[N] part and returns the session', async () => {
		const files = nock(FILES)
			.get('/docs/contract.pdf')
			.reply(200, '%PDF-1.4 one', { 'Content-Type': 'application/pdf' })
			.get('/download?id=7')
			.reply(200, '%PDF-1.4 two', {
				'Content-Disposition': 'attachment; filename="Deed of Sale.pdf"',
			});
		let body = '';
		const onc = nock(ONC)
			.post('/api/create-notary-session', (b) => ((body = String(b)), true))
			.matchHeader('authorization', 'Bearer access-1')
			.matchHeader('content-type', /^multipart\/form-data; boundary=/)
			.reply(200, created);

		const result = await run(
			perform('notary'),
			authed({ files: [`${FILES}/docs/contract.pdf`, `${FILES}/download?id=7`] }),
		);

		expect(result).toEqual({
			session_id: 'sess-1',
			title: 'Customer Notary',
			status: 'active',
			created_by: '9999999999',
		});
		expect(body).toMatch(
			/name="files\[0\]"; filename="contract\.pdf"\r\nContent-Type: application\/pdf\r\n\r\n%PDF-1\.4 one\r\n/,
		);
		expect(body).toMatch(/name="files\[1\]"; filename="Deed of Sale\.pdf"[^]*%PDF-1\.4 two\r\n/);
		files.done();
		onc.done();
	});

	it('halts before calling ONC when a file link is broken', async () => {
		const files = nock(FILES).get('/gone.pdf').reply(404, 'Not Found');

		const failure = run(perform('notary'), authed({ files: [`${FILES}/gone.pdf`] }));

		await expect(failure).rejects.toBeInstanceOf(zapier.errors.HaltedError);
		await expect(failure).rejects.toThrow(
			/Files \(file 1\) could not be downloaded: its server answered HTTP 404/,
		);
		files.done();
	});

	it('names the file whose server could not be reached', async () => {
		const files = nock(FILES)
			.get('/a.pdf')
			.replyWithError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));

		const err = await run(perform('notary'), authed({ files: [`${FILES}/a.pdf`] })).catch(
			(e: Error) => e,
		);

		expect(JSON.parse(err.message)).toMatchObject({ code: 'file_download_failed' });
		expect(JSON.parse(err.message).message).toMatch(
			/^Files \(file 1\) could not be downloaded: .*ECONNREFUSED/,
		);
		files.done();
	});

	it('halts when a file field holds no link', async () => {
		const failure = run(perform('notary'), authed({ files: ['my contract'] }));

		await expect(failure).rejects.toThrow(/Files \(file 1\) is not a link to a file/);
	});

	it('halts when no file is given', async () => {
		const failure = run(perform('notary'), authed({ files: [] }));

		await expect(failure).rejects.toThrow(/Add at least one PDF/);
	});

	it('halts when a link gives something that is not a PDF', async () => {
		const files = nock(FILES)
			.get('/page')
			.reply(200, '<html>login</html>', { 'Content-Type': 'text/html' });

		const failure = run(perform('notary'), authed({ files: [`${FILES}/page`] }));

		await expect(failure).rejects.toBeInstanceOf(zapier.errors.HaltedError);
		await expect(failure).rejects.toThrow(/^"Files \(file 1\)" \(page\.pdf\) is not a PDF/);
		files.done();
	});
});

describe('create_esign_session', () => {
	it('posts to the e-sign path', async () => {
		const files = nock(FILES).get('/a.pdf').reply(200, '%PDF-1.7 a');
		const onc = nock(ONC)
			.post('/api/create-esign-session')
			.reply(200, { ...created, notary_id: 'es-1' });

		const result = await run(perform('esign'), authed({ files: `${FILES}/a.pdf` }));

		expect(result.session_id).toBe('es-1');
		files.done();
		onc.done();
	});

	it('raises ThrottledError with the delay ONC asks for', async () => {
		const files = nock(FILES).get('/a.pdf').reply(200, '%PDF-1.7 a');
		const onc = nock(ONC)
			.post('/api/create-esign-session')
			.reply(
				429,
				{ error: 'rate_limited', error_description: 'Hourly quota used' },
				{ 'Retry-After': '120' },
			);

		const failure = run(perform('esign'), authed({ files: [`${FILES}/a.pdf`] }));

		const err = await failure.catch((e: Error) => e);
		expect(err).toBeInstanceOf(zapier.errors.ThrottledError);
		expect(JSON.parse(err.message)).toMatchObject({ delay: 120 });
		files.done();
		onc.done();
	});

	it('halts on ONC refusing the input, naming its code and message', async () => {
		const files = nock(FILES).get('/a.pdf').reply(200, '%PDF-1.7 a');
		const onc = nock(ONC)
			.post('/api/create-esign-session')
			.reply(400, { error: 'X000', error_description: 'files[0] is missing' });

		const failure = run(perform('esign'), authed({ files: [`${FILES}/a.pdf`] }));

		await expect(failure).rejects.toBeInstanceOf(zapier.errors.HaltedError);
		await expect(failure).rejects.toThrow(/X000: files\[0\] is missing/);
		files.done();
		onc.done();
	});

	it('blames the server address, not a session id, when the create path is unknown', async () => {
		const files = nock(FILES).get('/a.pdf').reply(200, '%PDF-1.7 a');
		const onc = nock(ONC).post('/api/create-esign-session').reply(404, 'Not Found');

		const failure = run(perform('esign'), authed({ files: [`${FILES}/a.pdf`] }));

		await expect(failure).rejects.toBeInstanceOf(zapier.errors.HaltedError);
		await expect(failure).rejects.toThrow(/Check the base URL\.$/);
		files.done();
		onc.done();
	});

	it('reports a server failure as an error with the vendor code', async () => {
		const files = nock(FILES).get('/a.pdf').reply(200, '%PDF-1.7 a');
		const onc = nock(ONC)
			.post('/api/create-esign-session')
			.reply(503, { code: 'maintenance', message: 'Down for maintenance' });

		const err = await run(perform('esign'), authed({ files: [`${FILES}/a.pdf`] })).catch(
			(e: Error) => e,
		);

		expect(err.name).toBe('AppError');
		expect(JSON.parse(err.message)).toMatchObject({ code: 'maintenance', status: 503 });
		expect(JSON.parse(err.message).message).toMatch(/Down for maintenance/);
		files.done();
		onc.done();
	});
});
