// mayHaveNotifiedSigners: which failed calls may already have emailed the signers.
import {
	mayHaveNotifiedSigners,
	OncError,
	OncNetworkError,
	OncServerError,
	OncTimeoutError,
	OncValidationError,
} from '../src';

const prepare = { method: 'POST', path: '/api/prepare-notary-session' };
const addSigners = { method: 'POST', path: '/api/update-notary-signers' };

describe('mayHaveNotifiedSigners', () => {
	it('is true for a prepare call whose outcome is unknown', () => {
		expect(
			mayHaveNotifiedSigners(new OncTimeoutError('t', { request: prepare, code: 'ETIMEDOUT' })),
		).toBe(true);
		expect(
			mayHaveNotifiedSigners(new OncNetworkError('r', { request: prepare, code: 'ECONNRESET' })),
		).toBe(true);
		expect(mayHaveNotifiedSigners(new OncServerError('s', { request: prepare, status: 502 }))).toBe(
			true,
		);
		expect(mayHaveNotifiedSigners(new OncError('not JSON', { request: prepare }))).toBe(true);
	});

	it('is false when ONC refused the prepare call or never saw it', () => {
		expect(
			mayHaveNotifiedSigners(new OncValidationError('v', { request: prepare, status: 400 })),
		).toBe(false);
		expect(
			mayHaveNotifiedSigners(new OncNetworkError('n', { request: prepare, code: 'ECONNREFUSED' })),
		).toBe(false);
		expect(mayHaveNotifiedSigners(new OncValidationError('local', { field: 'redirectUri' }))).toBe(
			false,
		);
	});

	it('is false for any other call, and for what is not an ONC error', () => {
		expect(
			mayHaveNotifiedSigners(new OncServerError('s', { request: addSigners, status: 503 })),
		).toBe(false);
		expect(mayHaveNotifiedSigners(new Error('boom'))).toBe(false);
	});
});
