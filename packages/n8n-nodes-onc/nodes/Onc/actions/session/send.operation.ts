import { checkSendInput } from '@onc/core';
import { updateDisplayOptions, type INodeProperties } from 'n8n-workflow';

import { markCreatedSession } from '../../helpers/errors';
import { inputFiles } from '../../helpers/inputFiles';
import { signersInput } from '../../helpers/signers';
import { withUploadRetry } from '../../helpers/uploadRetry';
import { binaryPropertyNamesField, prepareFields, signerFields } from './fields';
import { sessionJson, type OperationExecute } from './operationContext';
import { redirectFor } from './prepare.operation';

const properties: INodeProperties[] = [binaryPropertyNamesField, ...signerFields, ...prepareFields];

const displayOptions = { show: { operation: ['send'] } };

export const description = updateDisplayOptions(displayOptions, properties);

// Create, add signers and prepare in a row. The redirect needs the new
// session's id, which is why the steps run here one by one; everything the
// later steps would refuse is checked before create, as core's
// sendForSigning does. Once the session exists, any failure names it, so the
// user continues it instead of creating a second one.
export const execute: OperationExecute = async function (op) {
	const files = inputFiles(this, op.itemIndex);
	const signers = signersInput(this, op.itemIndex);
	const redirectUri = (this.getNodeParameter('redirectUri', op.itemIndex, '') as string).trim();
	const businessPay = this.getNodeParameter('businessPay', op.itemIndex, false) as boolean;
	checkSendInput(op.kind, signers, { redirectUri: redirectUri || undefined, businessPay });

	const created = await withUploadRetry(
		op.credentialType,
		files,
		async (upload) => await op.client.createSession(op.kind, upload),
	);
	const { sessionId } = created;

	try {
		const added = await op.client.addSigners(op.kind, sessionId, signers);
		const prepared = await op.client.prepareSession(op.kind, sessionId, {
			redirectUri: redirectFor(redirectUri, sessionId),
			businessPay,
		});
		return [{ json: sessionJson(sessionId, created.raw, added.raw, prepared.raw) }];
	} catch (error) {
		throw markCreatedSession(error, sessionId);
	}
};
