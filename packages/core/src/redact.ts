const SECRET_KEY = /token|secret|passcode|password|authorization|^code$/i;
const REDACTED = '[redacted]';

/** Replaces every known secret value inside a text. */
export function scrub(text: string, secrets: readonly string[]): string {
	let out = text;
	for (const secret of secrets) {
		// Short values would blank out ordinary words; real secrets are longer.
		if (secret.length >= 6) out = out.split(secret).join(REDACTED);
	}
	return out;
}

/** A copy of a parsed body with secret-looking fields and known secret values removed. */
export function redactValue(value: unknown, secrets: readonly string[]): unknown {
	if (typeof value === 'string') return scrub(value, secrets);
	if (Array.isArray(value)) return value.map((item) => redactValue(item, secrets));
	if (value && typeof value === 'object') {
		const out: Record<string, unknown> = {};
		for (const [key, item] of Object.entries(value)) {
			out[key] = SECRET_KEY.test(key) ? REDACTED : redactValue(item, secrets);
		}
		return out;
	}
	return value;
}
