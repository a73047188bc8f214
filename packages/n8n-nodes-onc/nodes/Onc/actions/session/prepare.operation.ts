import { redirectUriWithSessionId } from '@onc/core';
import { updateDisplayOptions, type INodeProperties } from 'n8n-workflow';

import { prepareFields, sessionIdField } from './fields';
import { sessionJson, type OperationExecute } from './operationContext';

const properties: INodeProperties[] = [sessionIdField, ...prepareFields];

const displayOptions = { show: { operation: ['prepare'] } };

export const description = updateDisplayOptions(displayOptions, properties);

/** The redirect with the session id in its query, so whatever receives it knows the session. */
export function redirectFor(redirectUri: string, sessionId: string): string | undefined {
	const trimmed = redirectUri.trim();
	return trimmed ? redirectUriWithSessionId(trimmed, sessionId) : undefined;
}

// Preparing emails every signer, so it is never repeated here: a failure is
// reported and the user decides.
export const execute: OperationExecute = async function (op) {
	const sessionId = (this.getNodeParameter('sessionId', op.itemIndex) as string).trim();
	const redirectUri = redirectFor(
		this.getNodeParameter('redirectUri', op.itemIndex, '') as string,
		sessionId,
	);
	const businessPay = this.getNodeParameter('businessPay', op.itemIndex, false) as boolean;

	const prepared = await op.client.prepareSession(op.kind, sessionId, { redirectUri, businessPay });

	return [{ json: sessionJson(sessionId, prepared.raw) }];
};
