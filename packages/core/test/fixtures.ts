// Test values and small helpers that need no network interception: importing
// them leaves Node's http module untouched (helpers.ts loads nock).
import type { OncError, OncValidationError } from '../src';

export const BASE = 'https://onc.example.test';
export const TOKEN = 'access-token-abc123';

export function pdf(text = 'hello'): Buffer {
	return Buffer.from(`%PDF-1.7\n${text}\n%%EOF\n`);
}

/** Resolves with the rejection, failing the test if the promise resolved. */
export async function rejection(
	promise: Promise<unknown>,
): Promise<OncError & Partial<OncValidationError>> {
	try {
		await promise;
	} catch (error) {
		return error as OncError;
	}
	throw new Error('expected the call to fail, but it succeeded');
}
