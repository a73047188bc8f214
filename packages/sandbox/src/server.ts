import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App, SandboxConfig } from './app';
import { Faults } from './faults';
import { route } from './router';
import { Store } from './store';

export interface SandboxOptions {
	/** Default 0: any free port. */
	port?: number;
	/** Default 127.0.0.1. */
	host?: string;
	clientId?: string;
	clientSecret?: string;
	/** The long-lived bearer token. */
	token?: string;
	/** Lifetime of OAuth access tokens; default 3600. */
	accessTokenTtlSeconds?: number;
	/** Keep sessions, messages, tokens and files here across restarts; default in memory. */
	dataDir?: string;
	/** Largest create upload, all files together; default 100 MiB. */
	maxUploadBytes?: number;
}

export interface Sandbox {
	baseUrl: string;
	clientId: string;
	clientSecret: string;
	token: string;
	close(): Promise<void>;
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			server.off('error', reject);
			resolve(server.address() as AddressInfo);
		});
	});
}

function urlHost(host: string): string {
	if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
	return host.includes(':') ? `[${host}]` : host;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
	const host = options.host ?? '127.0.0.1';
	const config: SandboxConfig = {
		baseUrl: '',
		clientId: options.clientId ?? 'onc-sandbox-client',
		clientSecret: options.clientSecret ?? 'onc-sandbox-secret',
		token: options.token ?? 'onc-sandbox-token',
		accessTokenTtlSeconds: options.accessTokenTtlSeconds ?? 3600,
		maxUploadBytes: options.maxUploadBytes ?? 100 * 1024 * 1024,
	};
	const app: App = {
		config,
		store: new Store(options.dataDir),
		faults: new Faults(),
		finishing: new Map(),
	};

	const server = createServer((req, res) => {
		route(app, req, res).catch(() => res.destroy());
	});
	// A malformed request line or headers must not take the sandbox down.
	server.on('clientError', (_err, socket) => {
		if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
		else socket.destroy();
	});
	const address = await listen(server, options.port ?? 0, host);
	config.baseUrl = `http://${urlHost(host)}:${address.port}`;

	return {
		baseUrl: config.baseUrl,
		clientId: config.clientId,
		clientSecret: config.clientSecret,
		token: config.token,
		async close() {
			await Promise.allSettled([...app.finishing.values()]);
			await new Promise<void>((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			});
		},
	};
}
