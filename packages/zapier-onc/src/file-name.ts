// Names a downloaded input file the way a person would: the server's own name
// first, then the last part of the link, then a numbered default.

const fromContentDisposition = (header: string | null | undefined): string | undefined => {
	if (!header) return undefined;
	const extended = /filename\*\s*=\s*[^']*'[^']*'([^;]+)/i.exec(header);
	if (extended) {
		try {
			return decodeURIComponent(extended[1].trim());
		} catch {
			// A malformed encoded name: fall back to the plain one.
		}
	}
	const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(header);
	return plain ? (plain[2] ?? plain[1]).trim() : undefined;
};

const fromUrl = (url: string): string | undefined => {
	try {
		const last = new URL(url).pathname.split('/').pop();
		return last ? decodeURIComponent(last) : undefined;
	} catch {
		return undefined;
	}
};

// Only the base name travels: a name must never carry a path.
const baseName = (name: string): string => name.split(/[\\/]/).pop() ?? '';

export const fileNameFor = (
	url: string,
	contentDisposition: string | null | undefined,
	index: number,
): string => {
	const name = baseName(fromContentDisposition(contentDisposition) ?? fromUrl(url) ?? '').trim();
	if (!name) return `document-${index + 1}.pdf`;
	return /\.[a-z0-9]{1,5}$/i.test(name) ? name : `${name}.pdf`;
};
