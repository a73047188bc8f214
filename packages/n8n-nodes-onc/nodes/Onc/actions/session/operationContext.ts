import type { OncClient, SessionKind } from '@onc/core';
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { OncCredentialType } from '../../transport';

/** What the router hands every operation besides `this`. */
export interface OperationContext {
	itemIndex: number;
	kind: SessionKind;
	client: OncClient;
	credentialType: OncCredentialType;
}

export type OperationExecute = (
	this: IExecuteFunctions,
	op: OperationContext,
) => Promise<INodeExecutionData[]>;

/** `sessionId` first, then the service's own answer fields, later answers over earlier ones. */
export function sessionJson(sessionId: string, ...raws: unknown[]): IDataObject {
	const json: IDataObject = { sessionId };
	for (const raw of raws) {
		if (raw && typeof raw === 'object' && !Array.isArray(raw)) Object.assign(json, raw);
	}
	return json;
}
