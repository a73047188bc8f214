import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { authenticationProperty, oncCredentials } from './descriptions/authentication';
import { router } from './actions/router';
import * as session from './actions/session';

export class Onc implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Online Notary Center',
		name: 'onc',
		icon: { light: 'file:onc.svg', dark: 'file:onc.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Get documents notarized or e-signed with Online Notary Center',
		defaults: { name: 'Online Notary Center' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: oncCredentials,
		properties: [
			authenticationProperty,
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Notary Session', value: 'notarySession' },
					{ name: 'E-Sign Session', value: 'esignSession' },
				],
				default: 'notarySession',
			},
			...session.description,
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
