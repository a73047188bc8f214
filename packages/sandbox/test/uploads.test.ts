// The create call's upload checks: multipart only, files[N] parts, PDFs, size cap, broken bodies.
import * as http from 'node:http';
import { makePdf, useSandbox } from './helpers';
import { multipart, rawRequest } from './raw';

const LIMIT = 64 * 1024;

describe('receivePdfs through create', () => {
	const sandbox = useSandbox({ maxUploadBytes: LIMIT });

	function post(
		body: Buffer | string,
		contentType = 'multipart/form-data; boundary=sandbox-test-boundary',
	) {
		return rawRequest(sandbox().baseUrl, {
			method: 'POST',
			path: '/api/create-esign-session',
			headers: { Authorization: `Bearer ${sandbox().token}`, 'Content-Type': contentType },
			body,
		});
	}

	async function sessions(): Promise<unknown[]> {
		return (await (await fetch(`${sandbox().baseUrl}/sandbox/sessions`)).json()) as unknown[];
	}

	it('keeps each PDF with its file name and size, in index order', async () => {
		const one = await makePdf('one');
		const two = await makePdf('second file');

		const res = await post(
			multipart([
				{ name: 'files[1]', filename: 'two.pdf', data: two },
				{ name: 'files[0]', filename: 'dir/one.pdf', data: one },
			]),
		);

		const id = (JSON.parse(res.body) as { notary_id: string }).notary_id;
		const stored = (await (await fetch(`${sandbox().baseUrl}/sandbox/sessions/${id}`)).json()) as {
			files: unknown[];
		};
		expect(stored.files).toEqual([
			{ fileName: 'one.pdf', size: one.length, stamped: null },
			{ fileName: 'two.pdf', size: two.length, stamped: null },
		]);
	});

	it('answers X000 naming files[0] when no file is sent', async () => {
		const res = await post(multipart([]));

		expect(res.status).toBe(400);
		expect(JSON.parse(res.body)).toEqual({
			error: 'X000',
			error_description: expect.stringContaining('"files[0]"'),
		});
	});

	it('refuses a part not named files[N]', async () => {
		const res = await post(
			multipart([{ name: 'document', filename: 'a.pdf', data: await makePdf() }]),
		);

		expect(res.status).toBe(400);
		expect(JSON.parse(res.body).error_description).toContain('"document"');
		expect(await sessions()).toEqual([]);
	});

	it('refuses a text field, even named files[0]', async () => {
		const res = await post(multipart([{ name: 'files[0]', data: '%PDF-1.4 no file name' }]));

		expect(res.status).toBe(400);
		expect(JSON.parse(res.body).error_description).toContain('"files[0]"');
	});

	it('refuses a file that is not a PDF, naming its part', async () => {
		const res = await post(
			multipart([
				{ name: 'files[0]', filename: 'a.pdf', data: await makePdf() },
				{ name: 'files[1]', filename: 'b.pdf', data: 'hello, not a pdf' },
			]),
		);

		expect(res.status).toBe(400);
		expect(JSON.parse(res.body).error_description).toContain('"files[1]"');
		expect(await sessions()).toEqual([]);
	});

	it('answers 413 for an upload past the size cap', async () => {
		const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(LIMIT * 3)]);

		const res = await post(multipart([{ name: 'files[0]', filename: 'big.pdf', data: big }]));

		expect(res.status).toBe(413);
		expect(JSON.parse(res.body).error).toBe('too_large');
	});

	it('answers 413 for a chunked upload with no length that grows past the cap', async () => {
		const status = await new Promise<number>((resolve, reject) => {
			const req = http.request(
				`${sandbox().baseUrl}/api/create-esign-session`,
				{
					method: 'POST',
					headers: {
						Authorization: `Bearer ${sandbox().token}`,
						'Content-Type': 'multipart/form-data; boundary=sandbox-test-boundary',
						'Transfer-Encoding': 'chunked',
					},
				},
				(res) => {
					res.resume();
					resolve(res.statusCode ?? 0);
				},
			);
			req.on('error', reject);
			req.write(
				'--sandbox-test-boundary\r\nContent-Disposition: form-data; name="files[0]"; filename="a.pdf"\r\n\r\n%PDF-1.4\n',
			);
			for (let i = 0; i < 8; i += 1) req.write(Buffer.alloc(LIMIT / 4));
			req.end('\r\n--sandbox-test-boundary--\r\n');
		});

		expect(status).toBe(413);
	});

	it('answers 400 for a truncated multipart body', async () => {
		const whole = multipart([{ name: 'files[0]', filename: 'a.pdf', data: await makePdf() }]);

		const res = await post(whole.subarray(0, whole.length - 40));

		expect(res.status).toBe(400);
		expect(JSON.parse(res.body).error).toBe('X000');
	});

	it('answers 400 for multipart without a boundary', async () => {
		const res = await post('whatever', 'multipart/form-data');

		expect(res.status).toBe(400);
		expect(JSON.parse(res.body).error_description).toMatch(/multipart/i);
	});

	it('answers X000 for a body that is not multipart', async () => {
		const res = await post('{"files":[]}', 'application/json');

		expect(res.status).toBe(400);
		expect(JSON.parse(res.body).error_description).toContain('multipart/form-data');
	});

	it('keeps serving after a client drops an upload half way', async () => {
		await new Promise<void>((resolve) => {
			const req = http.request(`${sandbox().baseUrl}/api/create-esign-session`, {
				method: 'POST',
				headers: {
					Authorization: `Bearer ${sandbox().token}`,
					'Content-Type': 'multipart/form-data; boundary=sandbox-test-boundary',
					'Content-Length': 100000,
				},
			});
			req.on('error', () => resolve());
			req.write(
				'--sandbox-test-boundary\r\nContent-Disposition: form-data; name="files[0]"; filename="a.pdf"\r\n\r\n%PDF-1.4\n',
				() => {
					setTimeout(() => {
						req.destroy();
						resolve();
					}, 50);
				},
			);
		});

		const res = await post(
			multipart([{ name: 'files[0]', filename: 'a.pdf', data: await makePdf() }]),
		);
		expect(res.status).toBe(200);
		expect(await sessions()).toHaveLength(1);
	});
});
