import type { Readable } from 'node:stream';
import type { OncFile } from '@onc/core';
import type { RawHttpResponse, ZObject } from 'zapier-platform-core';
import { fileNameFor } from './file-name';

// Zapier hands a file field over as a link (its own hydrated file or any
// URL the user mapped); some steps give an object that carries the link.
const linkOf = (value: unknown): string | undefined => {
	if (typeof value === 'string') return value.trim();
	if (value && typeof value === 'object') {
		const { url, href } = value as { url?: unknown; href?: unknown };
		if (typeof url === 'string') return url.trim();
		if (typeof href === 'string') return href.trim();
	}
	return undefined;
};

const toList = (value: unknown): unknown[] => {
	if (Array.isArray(value)) return value.filter((v) => v !== '' && v != null);
	return value === '' || value == null ? [] : [value];
};

/** Checks every file link, then opens each as a stream for core to upload. */
export const openFiles = async (z: ZObject, value: unknown): Promise<OncFile[]> => {
	const links = toList(value).map((item, index) => {
		const link = linkOf(item);
		if (!link || !/^https?:\/\//i.test(link)) {
			throw new z.errors.HaltedError(
				`Files (file ${index + 1}) is not a link to a file. Map a file from an earlier step, or enter a link that starts with https://.`,
			);
		}
		return link;
	});
	if (links.length === 0) {
		throw new z.errors.HaltedError('Add at least one PDF in the "Files" field.');
	}

	const opened: OncFile[] = [];
	try {
		for (const [index, link] of links.entries()) {
			opened.push(await openFile(z, link, index));
		}
	} catch (err) {
		// Let go of the connections already open before reporting the failure.
		for (const file of opened) (file.data as Readable).destroy();
		throw err;
	}
	return opened;
};

const openFile = async (z: ZObject, url: string, index: number): Promise<OncFile> => {
	const where = `Files (file ${index + 1})`;
	let res: RawHttpResponse;
	try {
		// Uncompressed, so Content-Length is the size of the bytes core will send.
		res = await z.request({
			url,
			method: 'GET',
			raw: true,
			skipThrowForStatus: true,
			compress: false,
		});
	} catch (err) {
		// Zapier reads any 401 as our own token going stale; here it is the file host's.
		if (err instanceof z.errors.RefreshAuthError) {
			throw new z.errors.HaltedError(
				`${where} could not be downloaded: the file's server asks for a login (HTTP 401). Use a link that anyone can open.`,
			);
		}
		if (err instanceof z.errors.ThrottledError) throw err;
		const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
		throw new z.errors.Error(
			`${where} could not be downloaded: ${reason}. Check the link, or try again later.`,
			'file_download_failed',
		);
	}

	if (res.status >= 400) {
		(res.body as Readable).resume();
		const message = `${where} could not be downloaded: its server answered HTTP ${res.status}.`;
		if (res.status < 500 && res.status !== 408) {
			throw new z.errors.HaltedError(`${message} Check that the link is right and still works.`);
		}
		throw new z.errors.Error(`${message} Try again later.`, 'file_download_failed', res.status);
	}
	// Core reads the first bytes and refuses anything that is not a PDF.
	const length = res.headers.get('content-encoding')
		? NaN
		: Number(res.headers.get('content-length'));
	return {
		fileName: fileNameFor(url, res.headers.get('content-disposition'), index),
		data: res.body as Readable,
		...(Number.isFinite(length) && length > 0 ? { size: length } : {}),
	};
};
