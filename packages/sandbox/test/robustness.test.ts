// Bad input of every kind on every endpoint: each answers a contract error and the sandbox keeps serving.
import * as net from 'node:net';
import { routes } from '../src/routes';
import { useSandbox } from './helpers';
import { rawRequest } from './raw';

const SAMPLE_PATHS: Record<string, string> = { '([^/]+)': 'not-a-session' };

function concrete(pattern: RegExp): string {
	let path = pattern.source.replace(/^\^/, '').replace(/\$$/, '');
	for (const [group, value] of Object.entries(SAMPLE_PATHS)) path = path.split(group).join(value);
	return path.replace(/\\/g, '');
}

const BODIES: { type?: string; body: string | Buffer }[] = [
	{ body: '' },
	{ type: 'application/json', body: '{"notary_id": ' },
	{ type: 'application/json', body: 'null' },
	{ type: 'application/json', body: '{"notary_id": {"$gt": ""}, "other_signers": [null, 1]}' },
	{
		type: 'multipart/form-data; boundary=x',
		body: '--x\r\nContent-Disposition: form-data; name="files[0]"; filename="a.pdf"\r\n\r\n%PDF',
	},
	{ type: 'application/x-www-form-urlencoded', body: 'passcode=%ZZ&decision=approve&client_id=' },
	{ type: 'text/plain', body: Buffer.from([0, 255, 254, 10, 13]) },
];

describe('route under bad input', () => {
	const sandbox = useSandbox();

	it('answers every endpoint and body with a status below 500 and stays up', async () => {
		const statuses: number[] = [];
		for (const route of routes) {
			for (const { type, body } of BODIES) {
				const headers: Record<string, string> = { Authorization: `Bearer ${sandbox().token}` };
				if (type) headers['Content-Type'] = type;
				const answer = await rawRequest(sandbox().baseUrl, {
					method: route.method,
					path: concrete(route.pattern),
					headers,
					body: route.method === 'GET' ? undefined : body,
				});
				statuses.push(answer.status);
			}
		}

		expect(statuses.filter((s) => s >= 500)).toEqual([]);
		const alive = await fetch(`${sandbox().baseUrl}/sandbox/sessions`);
		expect(alive.status).toBe(200);
	});

	it('answers 400 to bytes that are not HTTP at all', async () => {
		const { hostname, port } = new URL(sandbox().baseUrl);

		const answer = await new Promise<string>((resolve, reject) => {
			const socket = net.connect(Number(port), hostname, () =>
				socket.write('\x00\x01 nonsense\r\n\r\n'),
			);
			let text = '';
			socket.on('data', (chunk) => (text += chunk.toString('latin1')));
			socket.on('end', () => resolve(text));
			socket.on('error', reject);
		});

		expect(answer.startsWith('HTTP/1.1 400')).toBe(true);
		expect((await fetch(`${sandbox().baseUrl}/sandbox/outbox`)).status).toBe(200);
	});
});
