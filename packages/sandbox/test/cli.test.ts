// The onc-sandbox command: flags become options, and it prints where it runs and its three values.
import { runCli } from '../src/cli';
import { bearer } from './helpers';

describe('runCli', () => {
	it('starts with the given flags and prints the base URL and credentials', async () => {
		const lines: string[] = [];

		const sandbox = await runCli(
			[
				'--port',
				'0',
				'--client-id',
				'cid',
				'--client-secret',
				'csec',
				'--token',
				'tok',
				'--token-ttl',
				'5',
			],
			(l) => lines.push(l),
		);

		try {
			const output = lines.join('\n');
			expect(output).toContain(`ONC sandbox running at ${sandbox?.baseUrl}`);
			expect(output).toMatch(/client id:\s+cid/);
			expect(output).toMatch(/client secret:\s+csec/);
			expect(output).toMatch(/token:\s+tok/);
			const res = await fetch(`${sandbox?.baseUrl}/api/download-notarized-files/x`, {
				headers: bearer(sandbox!, 'tok'),
			});
			expect(res.status).toBe(404);
		} finally {
			await sandbox?.close();
		}
	});

	it('prints help and starts nothing for --help', async () => {
		const lines: string[] = [];

		const sandbox = await runCli(['--help'], (l) => lines.push(l));

		expect(sandbox).toBeUndefined();
		expect(lines.join('\n')).toContain('--data-dir');
	});

	it('refuses a token lifetime that is not a whole number of seconds', async () => {
		await expect(runCli(['--port', '0', '--token-ttl', '0'], () => undefined)).rejects.toThrow(
			'--token-ttl',
		);
		await expect(runCli(['--port', 'abc'], () => undefined)).rejects.toThrow('--port');
	});

	it('refuses an unknown flag', async () => {
		await expect(runCli(['--colour'], () => undefined)).rejects.toThrow(/colour/);
	});
});
