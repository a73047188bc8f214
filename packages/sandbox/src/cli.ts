import { parseArgs } from 'node:util';
import { Sandbox, startSandbox } from './server';

const HELP = `Usage: onc-sandbox [options]

Runs a local stand-in for the Online Notary Center API.

  --port N            port to listen on (default 4010; 0 picks a free one)
  --host HOST         address to listen on (default 127.0.0.1)
  --client-id ID      OAuth client id (default onc-sandbox-client)
  --client-secret S   OAuth client secret (default onc-sandbox-secret)
  --token T           long-lived bearer token (default onc-sandbox-token)
  --data-dir DIR      keep data in DIR across restarts (default: in memory)
  --token-ttl SECONDS lifetime of OAuth access tokens (default 3600)
  --max-upload-mib N  largest create upload, all files together (default 100)
  --help              show this text`;

function whole(value: string | undefined, flag: string, fallback: number, min: number): number {
	if (value === undefined) return fallback;
	const n = Number(value);
	if (!Number.isInteger(n) || n < min) {
		throw new Error(`${flag} must be a whole number of at least ${min}, got "${value}"`);
	}
	return n;
}

/** Starts the sandbox from command-line flags and prints how to reach it; resolves undefined for --help. */
export async function runCli(
	args: string[],
	print: (line: string) => void = console.log,
): Promise<Sandbox | undefined> {
	const { values } = parseArgs({
		args,
		options: {
			port: { type: 'string' },
			host: { type: 'string' },
			'client-id': { type: 'string' },
			'client-secret': { type: 'string' },
			token: { type: 'string' },
			'data-dir': { type: 'string' },
			'token-ttl': { type: 'string' },
			'max-upload-mib': { type: 'string' },
			help: { type: 'boolean' },
		},
	});
	if (values.help) {
		print(HELP);
		return undefined;
	}
	const sandbox = await startSandbox({
		port: whole(values.port, '--port', 4010, 0),
		host: values.host,
		clientId: values['client-id'],
		clientSecret: values['client-secret'],
		token: values.token,
		dataDir: values['data-dir'],
		accessTokenTtlSeconds: whole(values['token-ttl'], '--token-ttl', 3600, 1),
		maxUploadBytes: whole(values['max-upload-mib'], '--max-upload-mib', 100, 1) * 1024 * 1024,
	});
	// Printing the secrets is the point here: they are the sandbox's own test values.
	print(`ONC sandbox running at ${sandbox.baseUrl}`);
	print(`  client id:     ${sandbox.clientId}`);
	print(`  client secret: ${sandbox.clientSecret}`);
	print(`  token:         ${sandbox.token}`);
	print(`  outbox:        ${sandbox.baseUrl}/sandbox/outbox.html`);
	print(
		values['data-dir']
			? `  data dir:      ${values['data-dir']}`
			: '  data: in memory (use --data-dir to keep it)',
	);
	return sandbox;
}

async function serve(): Promise<void> {
	const sandbox = await runCli(process.argv.slice(2));
	if (!sandbox) return;
	const stop = () => {
		sandbox.close().then(() => process.exit(0));
	};
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
}

/** The `onc-sandbox` command. */
export function main(): void {
	serve().catch((err: Error) => {
		console.error(`onc-sandbox: ${err.message}`);
		process.exit(1);
	});
}

if (require.main === module) main();
