import { ZipFile } from 'yazl';
import type { Exchange } from './app';
import { requireBearer } from './auth';
import { ApiError } from './errors';
import { findSession } from './sessions';

function uniqueName(name: string, used: Set<string>): string {
	let candidate = name;
	for (let n = 2; used.has(candidate.toLowerCase()); n += 1) {
		candidate = name.replace(/(\.pdf)?$/i, (ext) => ` (${n})${ext}`);
	}
	used.add(candidate.toLowerCase());
	return candidate;
}

/** Streams the signed PDFs of a finished session as one zip. */
export async function downloadFiles({ app, req, res, params }: Exchange): Promise<void> {
	requireBearer(app, req);
	const session = findSession(app, params[0]);
	if (session.status !== 'finished') {
		throw new ApiError(
			409,
			'not_finished',
			'The session is not finished yet: its signers have not all signed, so there is nothing to download.',
		);
	}

	const zip = new ZipFile();
	const used = new Set<string>();
	for (const file of session.files) {
		const blob = file.signedBlob ?? file.blob;
		zip.addReadStreamLazy(uniqueName(file.fileName, used), (done) => {
			try {
				done(null, app.store.blobs.reader(blob));
			} catch (err) {
				done(err, undefined as never);
			}
		});
	}
	zip.end();

	res.writeHead(200, {
		'Content-Type': 'application/zip',
		'Content-Disposition': `attachment; filename="${session.id}.zip"`,
	});
	zip.outputStream.on('error', () => res.destroy());
	zip.on('error', () => res.destroy());
	zip.outputStream.pipe(res);
}
