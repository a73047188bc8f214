import type { SessionKind } from '@onc/core';
import { NodeOperationError, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';

import { toNodeError } from '../helpers/errors';
import { createClient, credentialTypeOf } from '../transport';
import { operations } from './session';

const kinds: Record<string, SessionKind> = { notarySession: 'notary', esignSession: 'esign' };

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const resource = this.getNodeParameter('resource', 0) as string;
	const operation = this.getNodeParameter('operation', 0) as string;
	const kind = kinds[resource];
	const execute = operations[operation];
	if (!kind || !execute) {
		throw new NodeOperationError(
			this.getNode(),
			`The operation "${operation}" of "${resource}" is not supported`,
		);
	}

	const credentialType = credentialTypeOf(this.getNodeParameter('authentication', 0));
	const client = await createClient(this, credentialType);
	const output: INodeExecutionData[] = [];

	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const results = await execute.call(this, { itemIndex, kind, client, credentialType });
			output.push(...results.map((result) => ({ ...result, pairedItem: { item: itemIndex } })));
		} catch (error) {
			const nodeError = toNodeError(this.getNode(), error, itemIndex);
			if (!this.continueOnFail()) throw nodeError;
			output.push({
				json: { error: nodeError.message, description: nodeError.description ?? null },
				pairedItem: { item: itemIndex },
			});
		}
	}

	return [output];
}
