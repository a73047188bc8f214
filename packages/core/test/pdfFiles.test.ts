// Checking files before upload: a stream that fails while its PDF signature is read is named plainly.
import { Readable } from 'node:stream';
import { OncError, OncValidationError } from '../src';
import { checkFiles } from '../src/pdfFiles';
import { rejection } from './fixtures';

describe('checkFiles', () => {
	it('names the file whose stream fails before its first bytes and suggests running the step again', async () => {
		const broken = new Readable({
			read() {
				this.destroy(new Error('disk unplugged'));
			},
		});

		const error = await rejection(checkFiles([{ fileName: 'lease.pdf', data: broken }]));

		expect(error).toBeInstanceOf(OncError);
		expect(error).not.toBeInstanceOf(OncValidationError);
		expect(error.message).toBe(
			'files[0] (lease.pdf) could not be read: disk unplugged. Make sure the file is still available, then run the step again.',
		);
	});
});
