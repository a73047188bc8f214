// Reading Retry-After in both of its forms.
import { parseRetryAfter } from '../src/retryAfter';

const NOW = Date.parse('2026-12-03T19:00:00Z');

describe('parseRetryAfter', () => {
	it.each([
		['7', 7000],
		[' 1.5 ', 1500],
		['0', 0],
		['Thu, 03 Dec 2026 19:00:30 GMT', 30_000],
		['Thu, 03 Dec 2026 18:59:00 GMT', 0],
	])('reads %j as %i ms', (value, ms) => {
		expect(parseRetryAfter(value, NOW)).toBe(ms);
	});

	it.each([undefined, '', 'soon', '-5'])('ignores %j', (value) => {
		expect(parseRetryAfter(value, NOW)).toBeUndefined();
	});
});
