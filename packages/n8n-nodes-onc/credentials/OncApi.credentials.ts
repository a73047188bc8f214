import type {
	IAuthenticateGeneric,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

import { baseUrlProperty } from './baseUrl';
import { oncCredentialTest } from './testRequest';

export class OncApi implements ICredentialType {
	name = 'oncApi';

	displayName = 'Online Notary Center Access Token API';

	icon = { light: 'file:onc.svg', dark: 'file:onc.dark.svg' } as const;

	documentationUrl = 'https://www.npmjs.com/package/n8n-nodes-onc#credentials';

	properties: INodeProperties[] = [
		baseUrlProperty,
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'The long-lived token Online Notary Center gives on request',
			required: true,
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: { Authorization: '=Bearer {{$credentials.accessToken}}' },
		},
	};

	test: ICredentialTestRequest = oncCredentialTest;
}
