import { updateDisplayOptions, type INodeProperties } from 'n8n-workflow';

import { signersInput } from '../../helpers/signers';
import { sessionIdField, signerFields } from './fields';
import { sessionJson, type OperationExecute } from './operationContext';

const properties: INodeProperties[] = [sessionIdField, ...signerFields];

const displayOptions = { show: { operation: ['addSigners'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export const execute: OperationExecute = async function (op) {
	const sessionId = (this.getNodeParameter('sessionId', op.itemIndex) as string).trim();
	const signers = signersInput(this, op.itemIndex);

	const result = await op.client.addSigners(op.kind, sessionId, signers);

	return [{ json: sessionJson(result.sessionId || sessionId, result.raw) }];
};
