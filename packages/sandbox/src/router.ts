import type { IncomingMessage, ServerResponse } from 'node:http';
import type { App } from './app';
import { ApiError } from './errors';
import { playFault } from './faults';
import { sendError, sendJson } from './http';
import { routes } from './routes';

function decode(values: string[]): string[] | undefined {
	try {
		return values.map((v) => decodeURIComponent(v));
	} catch {
		return undefined;
	}
}

/** Finds the handler, plays any fault set for the path, and turns every failure into a contract answer. */
export async function route(app: App, req: IncomingMessage, res: ServerResponse): Promise<void> {
	const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
	const method = req.method ?? 'GET';
	try {
		const onPath = routes.filter((r) => r.pattern.test(url.pathname));
		const found = onPath.find((r) => r.method === method);
		if (!found && onPath.length > 0) throw methodNotAllowed(onPath.map((r) => r.method));
		const params = found && decode(found.pattern.exec(url.pathname)?.slice(1) ?? []);
		if (!found || !params) {
			throw new ApiError(
				404,
				'not_found',
				`There is no endpoint ${method} ${url.pathname} in this sandbox.`,
			);
		}

		// Control endpoints stay reliable so a test can always clear its faults.
		if (!url.pathname.startsWith('/sandbox/')) {
			const fault = app.faults.take(method, url.pathname);
			if (fault && (await playFault(fault, res))) return;
		}
		await found.handler({ app, req, res, url, params });
	} catch (err) {
		answerFailure(req, res, err);
	}
}

function methodNotAllowed(allowed: string[]): ApiError {
	return new ApiError(405, 'method_not_allowed', `Use ${allowed.join(' or ')} for this endpoint.`, {
		Allow: allowed.join(', '),
	});
}

function answerFailure(req: IncomingMessage, res: ServerResponse, err: unknown): void {
	if (res.headersSent || res.destroyed) {
		res.destroy();
		return;
	}
	if (!req.complete) req.resume();
	if (err instanceof ApiError) {
		sendError(res, err);
		return;
	}
	sendJson(res, 500, {
		error: 'server_error',
		error_description: `The sandbox failed on this request: ${(err as Error)?.message ?? String(err)}`,
	});
}
