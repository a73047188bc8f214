// Token calls are sent again after passing failures, but never after a timeout that may have spent the token.
import nock from 'nock';
import { OncTimeoutError, refreshTokens } from '../src';
import { BASE, failingTransport, fakeClock, rejection, useNock } from './helpers';

useNock();

const TOKENS = { access_token: 'new-access', refresh_token: 'new-refresh' };

function refresh(options: Parameters<typeof refreshTokens>[1] = {}) {
	return refreshTokens(
		{ baseUrl: BASE, clientId: 'id', clientSecret: 'secret-xyz', refreshToken: 'old-refresh' },
		{ random: () => 0, ...options },
	);
}

describe('token calls', () => {
	it.each([429, 502, 503, 504])('are tried again after HTTP %i', async (status) => {
		const clock = fakeClock();
		const scope = nock(BASE)
			.post('/oauth/token')
			.reply(status, '')
			.post('/oauth/token')
			.reply(200, TOKENS);

		const tokens = await refresh({ clock });

		scope.done();
		expect(tokens.accessToken).toBe('new-access');
		expect(clock.sleeps).toEqual([0]);
	});

	it.each(['ECONNRESET', 'ECONNREFUSED'])('are tried again after %s', async (code) => {
		const transport = failingTransport([code]);
		const scope = nock(BASE).post('/oauth/token').reply(200, TOKENS);

		const tokens = await refresh({ transport, clock: fakeClock() });

		scope.done();
		expect(transport.calls).toBe(2);
		expect(tokens.refreshToken).toBe('new-refresh');
	});

	it('are not tried again after a timeout, which may have rotated the refresh token', async () => {
		const transport = failingTransport(['ETIMEDOUT']);

		const error = await rejection(refresh({ transport, clock: fakeClock() }));

		expect(transport.calls).toBe(1);
		expect(error).toBeInstanceOf(OncTimeoutError);
	});
});
