// An OncClient pointed at a test sandbox, with fast retries, and the sandbox's control calls.
import { OncClient, OncClientOptions } from '@onc/core';
import type { Sandbox } from '../../src';

export function clientFor(sb: Sandbox, options: OncClientOptions = {}): OncClient {
	return new OncClient(
		{ baseUrl: sb.baseUrl, accessToken: sb.token },
		{ retry: { baseDelayMs: 5, maxDelayMs: 20 }, timeoutMs: 5000, ...options },
	);
}

export async function control(
	sb: Sandbox,
	method: string,
	path: string,
	body?: unknown,
): Promise<unknown> {
	const res = await fetch(`${sb.baseUrl}${path}`, {
		method,
		headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	return res.status === 204 ? undefined : res.json();
}

export function addFault(sb: Sandbox, fault: Record<string, unknown>): Promise<unknown> {
	return control(sb, 'POST', '/sandbox/faults', fault);
}

export async function sessionCount(sb: Sandbox): Promise<number> {
	return ((await control(sb, 'GET', '/sandbox/sessions')) as unknown[]).length;
}

export const PEOPLE = {
	contactType: 'other' as const,
	shareRoom: true,
	signer: {
		firstName: 'Grace',
		lastName: 'Hopper',
		email: 'grace@example.test',
		phone: '555 000 1111',
	},
	otherSigners: [{ firstName: 'Edsger', lastName: 'Dijkstra', email: 'edsger@example.test' }],
};
