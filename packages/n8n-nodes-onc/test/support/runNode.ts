// Runs the Online Notary Center node's execute() on a fake n8n context.
import type { INodeExecutionData } from 'n8n-workflow';

import { Onc } from '../../nodes/Onc/Onc.node';
import { fakeContext, type FakeContext, type FakeOptions } from './fakeContext';

export async function runNode(
	options: FakeOptions,
): Promise<{ output: INodeExecutionData[]; fake: FakeContext }> {
	const fake = fakeContext(options);
	const [output] = await new Onc().execute.call(fake.ctx);
	return { output, fake };
}

/** Parameters every test shares: the access-token credential and a resource. */
export function params(
	operation: string,
	extra: Record<string, unknown> = {},
	resource = 'notarySession',
): Record<string, unknown> {
	return { authentication: 'accessToken', resource, operation, ...extra };
}

export const signer = {
	firstName: 'Ada',
	lastName: 'Lovelace',
	email: 'ada@example.test',
	phone: '+15555550100',
};
