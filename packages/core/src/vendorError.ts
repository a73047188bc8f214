/** What an error answer says, whatever shape ONC (or a proxy in front of it) gave it. */
export interface VendorError {
	code?: string;
	message?: string;
	/** The body as parsed: JSON when it was JSON, else the text. */
	body?: unknown;
}

const CODE_IN_TEXT = /\b(X\d{3}|invalid_token|invalid_grant|invalid_client)\b/;
const MAX_TEXT = 300;

function text(value: unknown): string | undefined {
	if (typeof value === 'string' && value.trim() !== '') return value.trim();
	if (typeof value === 'number') return String(value);
	return undefined;
}

function fromObject(obj: Record<string, unknown>): Omit<VendorError, 'body'> {
	const nested = obj.error;
	if (nested && typeof nested === 'object' && !Array.isArray(nested)) {
		return fromObject(nested as Record<string, unknown>);
	}
	const named = text(obj.error) ?? text(obj.code) ?? text(obj.error_code);
	// Some services put a sentence in `error`; only a single word is a code.
	const code = named !== undefined && /^\S{1,40}$/.test(named) ? named : undefined;
	const message =
		text(obj.error_description) ??
		text(obj.message) ??
		text(obj.error_message) ??
		text(obj.detail) ??
		(code === undefined ? named : undefined);
	return { code: code ?? (message ? CODE_IN_TEXT.exec(message)?.[1] : undefined), message };
}

// HTML error pages come from proxies and load balancers; their visible text is
// what a person would read, so keep that and drop the markup.
function plainText(raw: string): string {
	const stripped = raw
		.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	return stripped.length > MAX_TEXT ? `${stripped.slice(0, MAX_TEXT)}…` : stripped;
}

function fromText(message: string): Omit<VendorError, 'body'> {
	return { code: CODE_IN_TEXT.exec(message)?.[1], message };
}

/** Reads an error answer: `{error, error_description}`, `{code, message}`, `{error: {code, message}}`, a JSON string, text, HTML or nothing. */
export function readVendorError(raw: Buffer | string | undefined): VendorError {
	const source = (Buffer.isBuffer(raw) ? raw.toString('utf8') : (raw ?? '')).trim();
	if (source === '') return {};

	let parsed: unknown;
	try {
		parsed = JSON.parse(source);
	} catch {
		return { ...fromText(plainText(source)), body: plainText(source) };
	}

	if (typeof parsed === 'string') return { ...fromText(parsed.trim()), body: parsed };
	if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
		return { ...fromObject(parsed as Record<string, unknown>), body: parsed };
	}
	return { message: plainText(source), body: parsed };
}
