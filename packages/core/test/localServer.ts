// A throw-away HTTP server on 127.0.0.1 for the transport tests, closed after each test.
import { once } from 'node:events';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AxiosTransport } from '../src';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

let server: Server | undefined;

export async function serve(handler: Handler): Promise<string> {
	server = createServer(handler);
	server.listen(0, '127.0.0.1');
	await once(server, 'listening');
	return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Closes the server now, so that its port refuses connections. */
export async function closeServer(): Promise<void> {
	server?.closeAllConnections();
	await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
	server = undefined;
}

export function useLocalServer(): void {
	afterEach(closeServer);
}

export const transport = new AxiosTransport();

export const get = (url: string, extra: object = {}) =>
	transport.request({
		method: 'GET',
		url,
		headers: {},
		timeoutMs: 5000,
		responseType: 'buffer',
		...extra,
	});
