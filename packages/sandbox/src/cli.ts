import { parseArgs } from 'node:util';
import { startSandbox } from './server';

const HELP = `Usage: onc-sandbox [options]

Runs a local stand-in for the Online Notary Center API.

  --port N            port to listen on (default 4010; 0 picks a free one)
  --host HOST         address to listen on (default 127.0.0.1)
  --client-id ID      OAuth client id (default onc-sandbox-client)
  --client-secret S   OAuth client secret (default onc-sandbox-secret)
  --token T           long-lived bearer token (default onc-sandbox-token)
  --data-dir DIR      keep data in DIR across restarts (default: in memory)
  --token-ttl SECONDS lifetime of OAuth access tokens (default 3600)
  --help              show this text`;

function whole(value: string | undefined, flag: string, fallback: number): number {
	if (value === undefined) return fallback;
	const n = Number(value);
	if (!Number.isInteger(n) || n < 0)
		throw new Error(`${flag} must be a whole number, got "${value}"`);
	return n;
}

async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			port: { type: 'string' },
			host: { type: 'string' },
			'client-id': { type: 'string' },
			'client-secret': { type: 'string' },
			token: { type: 'string' },
			'data-dir': { type: 'string' },
			'token-ttl': { type: 'string' },
			help: { type: 'boolean' },
		},
	});
	if (values.help) {
		console.log(HELP);
		return;
	}
	const sandbox = await startSandbox({
		port: whole(values.port, '--port', 4010),
		host: values.host,
		clientId: values['client-id'],
		clientSecret: values['client-secret'],
		token: values.token,
		dataDir: values['data-dir'],
		accessTokenTtlSeconds: whole(values['token-ttl'], '--token-ttl', 3600) || undefined,
	});
	// Printing the secrets is the point here: they are the sandbox's own test values.
	console.log(`ONC sandbox running at ${sandbox.baseUrl}`);
	console.log(`  client id:     ${sandbox.clientId}`);
	console.log(`  client secret: ${sandbox.clientSecret}`);
	console.log(`  token:         ${sandbox.token}`);
	console.log(`  outbox:        ${sandbox.baseUrl}/sandbox/outbox.html`);
	console.log(
		values['data-dir']
			? `  data dir:      ${values['data-dir']}`
			: '  data: in memory (use --data-dir to keep it)',
	);

	const stop = () => {
		sandbox.close().then(() => process.exit(0));
	};
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
}

main().catch((err: Error) => {
	console.error(`onc-sandbox: ${err.message}`);
	process.exit(1);
});
