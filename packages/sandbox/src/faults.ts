import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { ApiError } from './errors';
import { sendJson } from './http';

export interface Fault {
	id: string;
	/** Exact path, or a prefix ending in `*`. */
	path: string;
	method?: string;
	kind: 'latency' | 'status' | 'drop';
	delayMs?: number;
	status?: number;
	/** Seconds, sent as `Retry-After`. */
	retryAfter?: number;
	body?: unknown;
	/** For `drop`: `before` (default) the request is handled, or `after`, losing only the answer. */
	when?: 'before' | 'after';
	/** How many more requests this fault applies to. */
	times: number;
}

function bad(field: string, expected: string): ApiError {
	return new ApiError(400, 'X000', `Fault field "${field}" ${expected}.`);
}

function optionalNumber(input: Record<string, unknown>, field: string, min: number, max: number) {
	const value = input[field];
	if (value === undefined) return undefined;
	if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
		throw bad(field, `must be a number from ${min} to ${max}`);
	}
	return value;
}

/** Failures on demand, matched by path (and method), each for a number of requests. */
export class Faults {
	private faults: Fault[] = [];

	add(input: Record<string, unknown>): Fault {
		const { path, method, kind, body, when } = input;
		if (typeof path !== 'string' || !path.startsWith('/')) throw bad('path', 'must start with /');
		if (
			method !== undefined &&
			(typeof method !== 'string' || !/^(GET|POST|DELETE)$/.test(method))
		) {
			throw bad('method', 'must be GET, POST or DELETE');
		}
		if (kind !== 'latency' && kind !== 'status' && kind !== 'drop') {
			throw bad('kind', 'must be "latency", "status" or "drop"');
		}
		if (when !== undefined && when !== 'before' && when !== 'after') {
			throw bad('when', 'must be "before" or "after"');
		}
		const delayMs = optionalNumber(input, 'delayMs', 0, 600_000);
		const status = optionalNumber(input, 'status', 100, 599);
		const retryAfter = optionalNumber(input, 'retryAfter', 0, 86_400);
		const times = optionalNumber(input, 'times', 1, Number.MAX_SAFE_INTEGER) ?? 1;
		if (kind === 'latency' && delayMs === undefined) throw bad('delayMs', 'is needed for latency');
		if (kind === 'status' && status === undefined)
			throw bad('status', 'is needed for a status fault');

		const fault: Fault = {
			id: randomUUID(),
			path,
			method,
			kind,
			delayMs,
			status,
			retryAfter,
			body,
			when: kind === 'drop' ? (when ?? 'before') : undefined,
			times,
		};
		this.faults.push(fault);
		return fault;
	}

	clear(): void {
		this.faults = [];
	}

	list(): Fault[] {
		return [...this.faults];
	}

	/** The first fault for this request, counted as used. */
	take(method: string, path: string): Fault | undefined {
		const fault = this.faults.find(
			(f) =>
				(f.method === undefined || f.method === method) &&
				(f.path.endsWith('*') ? path.startsWith(f.path.slice(0, -1)) : f.path === path),
		);
		if (!fault) return undefined;
		fault.times -= 1;
		if (fault.times <= 0) this.faults = this.faults.filter((f) => f !== fault);
		return fault;
	}
}

/** Plays a fault. Returns true when the request is answered (or dropped) and must go no further. */
export async function playFault(fault: Fault, res: ServerResponse): Promise<boolean> {
	if (fault.kind === 'latency') {
		await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
		return false;
	}
	if (fault.kind === 'drop' && fault.when === 'after') {
		loseAnswer(res);
		return false;
	}
	if (fault.kind === 'drop') {
		res.req.socket.destroy();
		return true;
	}
	// Read and discard the request body, so a client still uploading gets this answer, not a reset.
	res.req.resume();
	const status = fault.status ?? 500;
	const headers: Record<string, string> = { Connection: 'close' };
	if (fault.retryAfter !== undefined) headers['Retry-After'] = String(fault.retryAfter);
	if (typeof fault.body === 'string') {
		res.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
		res.end(fault.body);
	} else {
		sendJson(res, status, fault.body ?? defaultBody(status), headers);
	}
	return true;
}

/** Lets the handler do its work, then cuts the connection where the answer would start. */
function loseAnswer(res: ServerResponse): void {
	const cut = () => {
		res.req.socket.destroy();
		return res;
	};
	res.writeHead = cut as never;
	res.write = (() => {
		cut();
		return false;
	}) as never;
	res.end = cut as never;
}

function defaultBody(status: number): unknown {
	if (status === 429) {
		return { error: 'rate_limited', error_description: 'Too many requests; try again later.' };
	}
	return {
		error: 'server_error',
		error_description: `The service answered ${status} (sandbox fault).`,
	};
}
