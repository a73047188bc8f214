// Download: 404 and 409 before the end, then a zip of stamped PDFs named after the session.
import { PDFDocument } from 'pdf-lib';
import {
	bearer,
	createSession,
	makePdf,
	postJson,
	preparedSession,
	SIGNERS,
	useSandbox,
} from './helpers';
import { unzip } from './zip';

describe('downloadFiles', () => {
	const sandbox = useSandbox();

	function download(id: string, token?: string) {
		return fetch(`${sandbox().baseUrl}/api/download-notarized-files/${id}`, {
			headers: bearer(sandbox(), token),
		});
	}

	it('answers 404 for an unknown session', async () => {
		const res = await download('00000000-0000-0000-0000-000000000000');

		expect(res.status).toBe(404);
		expect(((await res.json()) as { error: string }).error).toBe('not_found');
	});

	it('answers invalid_token before saying whether a session exists', async () => {
		const res = await download('00000000-0000-0000-0000-000000000000', 'bad');

		expect(res.status).toBe(401);
		expect(((await res.json()) as { error: string }).error).toBe('invalid_token');
	});

	it('answers 409 not_finished while the signers have not signed', async () => {
		const { id } = await preparedSession(sandbox(), 'notary');

		const res = await download(id);

		expect(res.status).toBe(409);
		expect(await res.json()).toEqual({
			error: 'not_finished',
			error_description: expect.stringContaining('not finished'),
		});
	});

	it('answers a zip of stamped PDFs that differ from the uploads and still parse', async () => {
		const originals = [await makePdf('first'), await makePdf('second')];
		const created = await createSession(sandbox(), 'esign', [
			{ name: 'same.pdf', data: originals[0] },
			{ name: 'same.pdf', data: originals[1] },
		]);
		const id = ((await created.json()) as { notary_id: string }).notary_id;
		await postJson(sandbox(), '/api/update-esign-signers', { notary_id: id, ...SIGNERS });
		await postJson(sandbox(), '/api/prepare-esign-session', { notary_id: id });
		await fetch(`${sandbox().baseUrl}/sandbox/sessions/${id}/complete`, { method: 'POST' });

		const res = await download(id);

		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('application/zip');
		expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${id}.zip"`);
		const files = await unzip(Buffer.from(await res.arrayBuffer()));
		expect([...files.keys()]).toEqual(['same.pdf', 'same (2).pdf']);
		const signed = [...files.values()];
		for (const [i, pdf] of signed.entries()) {
			expect(pdf.equals(originals[i])).toBe(false);
			expect((await PDFDocument.load(pdf)).getPageCount()).toBe(1);
			expect(pdf.length).toBeGreaterThan(originals[i].length);
		}
	});

	it('puts a file pdf-lib cannot read into the zip unchanged and says so in the control view', async () => {
		const broken = Buffer.from('%PDF-1.4\nthis is not really a PDF\n');
		const created = await createSession(sandbox(), 'notary', [
			{ name: 'broken.pdf', data: broken },
		]);
		const id = ((await created.json()) as { notary_id: string }).notary_id;
		await postJson(sandbox(), '/api/update-notary-signers', { notary_id: id, ...SIGNERS });
		await postJson(sandbox(), '/api/prepare-notary-session', { notary_id: id });

		const completed = await fetch(`${sandbox().baseUrl}/sandbox/sessions/${id}/complete`, {
			method: 'POST',
		});
		const res = await download(id);

		expect(((await completed.json()) as { files: unknown[] }).files).toEqual([
			expect.objectContaining({ stamped: false }),
		]);
		const files = await unzip(Buffer.from(await res.arrayBuffer()));
		expect(files.get('broken.pdf')?.equals(broken)).toBe(true);
	});
});
