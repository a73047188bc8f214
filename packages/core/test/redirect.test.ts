// Adding the session id to the redirect address, so whatever receives the signer knows which session finished.
import { redirectUriWithSessionId } from '../src';

describe('redirectUriWithSessionId', () => {
	it('adds onc_session_id and keeps the existing query', () => {
		expect(redirectUriWithSessionId('https://hooks.example.test/catch/1?a=1&b=two', 'n-1')).toBe(
			'https://hooks.example.test/catch/1?a=1&b=two&onc_session_id=n-1',
		);
	});

	it('replaces an onc_session_id already present and escapes the id', () => {
		expect(redirectUriWithSessionId('https://a.example.test/?onc_session_id=old', 'a b&c')).toBe(
			'https://a.example.test/?onc_session_id=a+b%26c',
		);
	});

	it('refuses an address that is not absolute http(s)', () => {
		expect(() => redirectUriWithSessionId('/relative', 'n-1')).toThrow(
			expect.objectContaining({ field: 'redirectUri' }),
		);
	});
});
