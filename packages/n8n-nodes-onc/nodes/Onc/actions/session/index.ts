import type { INodeProperties } from 'n8n-workflow';

import * as addSigners from './addSigners.operation';
import * as create from './create.operation';
import * as download from './download.operation';
import type { OperationExecute } from './operationContext';
import * as prepare from './prepare.operation';
import * as send from './send.operation';

// Notary and e-sign sessions live the same life, so both resources share
// these operations; only Business Pays is notary-only.
export const operations: Record<string, OperationExecute> = {
	create: create.execute,
	addSigners: addSigners.execute,
	prepare: prepare.execute,
	download: download.execute,
	send: send.execute,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Add Signers',
				value: 'addSigners',
				description: 'Set who signs the session',
				action: 'Add signers to a session',
			},
			{
				name: 'Create',
				value: 'create',
				description: 'Start a session with PDFs to sign',
				action: 'Create a session',
			},
			{
				name: 'Download',
				value: 'download',
				description: 'Get the signed files of a finished session as a zip',
				action: 'Download signed files',
			},
			{
				name: 'Prepare',
				value: 'prepare',
				description: 'Email the signers their link and passcode',
				action: 'Prepare a session and notify signers',
			},
			{
				name: 'Send',
				value: 'send',
				description: 'Create, add signers and prepare in one step',
				action: 'Send documents for signing',
			},
		],
		default: 'send',
	},
	...create.description,
	...addSigners.description,
	...prepare.description,
	...download.description,
	...send.description,
];
