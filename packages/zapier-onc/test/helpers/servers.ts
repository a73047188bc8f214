// Servers the sandbox tests start on 127.0.0.1: a host for input files, a
// stand-in for Zapier's file stash, and a stand-in for a Catch Hook.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import busboy from 'busboy';

type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => void | Promise<void>;

export interface Local {
	url: string;
	close(): Promise<void>;
}

const listen = async (handler: Handler): Promise<Local & { server: Server }> => {
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		Promise.resolve(handler(req, res, url)).catch((err: Error) => {
			res.writeHead(500).end(err.message);
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		server,
		url: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise<void>((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
};

/** Serves the given files by name; counts the requests each got. */
export const fileHost = async (files: Record<string, Buffer>) => {
	const hits: Record<string, number> = {};
	const local = await listen((_req, res, url) => {
		const name = decodeURIComponent(url.pathname.slice(1));
		hits[name] = (hits[name] ?? 0) + 1;
		const file = files[name];
		if (!file) return void res.writeHead(404).end('no such file');
		res.writeHead(200, { 'Content-Type': 'application/pdf', 'Content-Length': file.length });
		res.end(file);
	});
	return { ...local, hits, link: (name: string) => `${local.url}/${encodeURIComponent(name)}` };
};

/**
 * What z.stashFile talks to: the RPC answering a signed upload form, and the
 * storage taking the multipart upload (204) and serving the file back.
 */
export const stashService = async () => {
	const stored = new Map<string, { data: Buffer; fileName: string; contentType: string }>();
	const rpcCalls: string[] = [];

	const upload = (req: IncomingMessage, res: ServerResponse) => {
		const fields: Record<string, string> = {};
		const chunks: Buffer[] = [];
		let fileName = '';
		const form = busboy({ headers: req.headers });
		form.on('field', (name, value) => (fields[name] = value));
		form.on('file', (_name, stream, info) => {
			fileName = info.filename ?? '';
			stream.on('data', (chunk: Buffer) => chunks.push(chunk));
		});
		form.on('close', () => {
			stored.set(fields.key, {
				data: Buffer.concat(chunks),
				fileName,
				contentType: fields['Content-Type'],
			});
			res.writeHead(204).end();
		});
		req.pipe(form);
	};

	const local = await listen(async (req, res, url) => {
		if (req.method === 'POST' && url.pathname === '/platform/rpc/cli') {
			const body = JSON.parse(Buffer.concat(await req.toArray()).toString());
			rpcCalls.push(body.method);
			const result = { url: `${local.url}/storage/`, fields: { key: `stash/${randomUUID()}` } };
			res.writeHead(200, { 'Content-Type': 'application/json' });
			return void res.end(JSON.stringify({ id: body.id, result }));
		}
		if (req.method === 'POST' && url.pathname === '/storage/') return upload(req, res);
		const file = stored.get(url.pathname.replace('/storage/', ''));
		if (req.method === 'GET' && file) {
			return void res.writeHead(200, { 'Content-Type': file.contentType }).end(file.data);
		}
		res.writeHead(404).end();
	});
	return { ...local, stored, rpcCalls };
};

/** A Catch Hook: records the query of every request and answers as Zapier does. */
export const catchHook = async () => {
	const caught: Record<string, string>[] = [];
	const local = await listen((_req, res, url) => {
		caught.push(Object.fromEntries(url.searchParams));
		res.writeHead(200, { 'Content-Type': 'application/json' });
		res.end(JSON.stringify({ status: 'success', id: randomUUID() }));
	});
	return { ...local, caught, hookUrl: `${local.url}/hooks/catch/1/abc/` };
};
