// The logger: silent unless given, and what it is given carries no secret.
import { safeLogger } from '../src/logger';

describe('safeLogger', () => {
	it('is silent when no logger is given', () => {
		const spies = (['log', 'info', 'debug', 'warn', 'error'] as const).map((name) =>
			jest.spyOn(console, name).mockImplementation(() => undefined),
		);

		const logger = safeLogger(undefined, () => []);
		logger.debug('ONC GET /x');
		logger.warn('ONC call failed');

		for (const spy of spies) expect(spy).not.toHaveBeenCalled();
	});

	it('blanks authorization and token fields and cuts known secrets out of messages', () => {
		const lines: unknown[] = [];
		const logger = safeLogger(
			{ debug: (...args) => lines.push(args), warn: (...args) => lines.push(args) },
			() => ['secret-value-1'],
		);

		logger.warn('failed with secret-value-1', {
			headers: { Authorization: 'Bearer secret-value-1', accept: 'application/json' },
			refresh_token: 'r',
			note: 'has secret-value-1 inside',
		});

		expect(lines).toEqual([
			[
				'failed with [redacted]',
				{
					headers: { Authorization: '[redacted]', accept: 'application/json' },
					refresh_token: '[redacted]',
					note: 'has [redacted] inside',
				},
			],
		]);
	});
});
