// fileNameFor: the server's name first, then the link's, then a numbered default.
import { fileNameFor } from '../src/file-name';

describe('fileNameFor', () => {
	it("prefers the server's encoded name over its plain one", () => {
		const header = `attachment; filename="Vertrag.pdf"; filename*=UTF-8''Vertr%C3%A4g%20Nr%201.pdf`;

		expect(fileNameFor('https://f.example.test/x', header, 0)).toBe('Verträg Nr 1.pdf');
	});

	it('takes the last part of the link when the server names nothing', () => {
		expect(fileNameFor('https://f.example.test/docs/Lease%202026.pdf?sig=abc', null, 0)).toBe(
			'Lease 2026.pdf',
		);
	});

	it('adds .pdf to a name without an extension', () => {
		expect(fileNameFor('https://f.example.test/files/contract', undefined, 0)).toBe('contract.pdf');
	});

	it('never keeps a path from the server', () => {
		expect(
			fileNameFor('https://f.example.test/a', 'attachment; filename="../../etc/deed.pdf"', 0),
		).toBe('deed.pdf');
	});

	it('numbers files it cannot name', () => {
		expect(fileNameFor('https://f.example.test/', null, 2)).toBe('document-3.pdf');
	});
});
