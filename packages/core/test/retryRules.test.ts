// The retry rules as plain functions: which failures pass, how long to wait, and what options are accepted.
import { OncNetworkError, OncServerError, OncValidationError } from '../src';
import { mayRepeat, resolveRetry, retryDelay } from '../src/retry';

const refused = new OncNetworkError('refused', { code: 'ECONNREFUSED' });
const reset = new OncNetworkError('reset', { code: 'ECONNRESET' });
const busy = new OncServerError('busy', { status: 503 });
const timedOut = new OncNetworkError('timed out', { code: 'ETIMEDOUT' });

describe('mayRepeat', () => {
	it('repeats an idempotent call after passing failures only', () => {
		expect(mayRepeat('idempotent', busy, true)).toBe(true);
		expect(mayRepeat('idempotent', reset, true)).toBe(true);
		expect(mayRepeat('idempotent', timedOut, true)).toBe(true);
		expect(mayRepeat('idempotent', new OncServerError('x', { status: 500 }), true)).toBe(false);
		expect(mayRepeat('idempotent', new OncValidationError('x', { status: 400 }), true)).toBe(false);
	});

	it('repeats a token call after passing failures, but not after a timeout', () => {
		expect(mayRepeat('token', busy, true)).toBe(true);
		expect(mayRepeat('token', reset, true)).toBe(true);
		expect(mayRepeat('token', refused, true)).toBe(true);
		expect(mayRepeat('token', timedOut, true)).toBe(false);
		expect(mayRepeat('token', new OncValidationError('x', { status: 400 }), true)).toBe(false);
	});

	it('repeats an unsafe call only when the connection was refused and the body can go again', () => {
		expect(mayRepeat('unsafe', refused, true)).toBe(true);
		expect(mayRepeat('unsafe', refused, false)).toBe(false);
		expect(mayRepeat('unsafe', reset, true)).toBe(false);
		expect(mayRepeat('unsafe', busy, true)).toBe(false);
	});
});

describe('retryDelay', () => {
	const policy = resolveRetry({ baseDelayMs: 100, maxDelayMs: 1000 });

	it('doubles the ceiling each time up to maxDelayMs, drawing below it', () => {
		const ceilings = [1, 2, 3, 4, 5, 6].map((n) => retryDelay(n, policy, () => 0.999999));

		expect(ceilings).toEqual([99, 199, 399, 799, 999, 999]);
		expect(retryDelay(3, policy, () => 0)).toBe(0);
	});

	it('takes the server’s delay when it gave one', () => {
		expect(retryDelay(1, policy, () => 0.5, 12_000)).toBe(12_000);
	});
});

describe('resolveRetry', () => {
	it('fills in defaults and keeps at least one attempt', () => {
		expect(resolveRetry({ maxAttempts: 0 })).toEqual({
			maxAttempts: 1,
			baseDelayMs: 500,
			maxDelayMs: 8000,
			maxTotalMs: 60_000,
		});
	});

	it('names an option that is not a number', () => {
		expect(() => resolveRetry({ maxTotalMs: 'long' as never })).toThrow(
			expect.objectContaining({ field: 'retry.maxTotalMs' }),
		);
	});
});
