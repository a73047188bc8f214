import { updateDisplayOptions, type INodeProperties } from 'n8n-workflow';

import { inputFiles } from '../../helpers/inputFiles';
import { withUploadRetry } from '../../helpers/uploadRetry';
import { binaryPropertyNamesField } from './fields';
import { sessionJson, type OperationExecute } from './operationContext';

const properties: INodeProperties[] = [binaryPropertyNamesField];

const displayOptions = { show: { operation: ['create'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export const execute: OperationExecute = async function (op) {
	const files = inputFiles(this, op.itemIndex);

	const created = await withUploadRetry(
		op.credentialType,
		files,
		async (upload) => await op.client.createSession(op.kind, upload),
	);

	return [{ json: sessionJson(created.sessionId, created.raw) }];
};
