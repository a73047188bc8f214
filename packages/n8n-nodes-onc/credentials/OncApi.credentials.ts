import type {
	IAuthenticateGeneric,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

import { oncCredentialTest } from './testRequest';

export class OncApi implements ICredentialType {
	name = 'oncApi';

	displayName = 'Online Notary Center Access Token API';

	icon = { light: 'file:onc.svg', dark: 'file:onc.dark.svg' } as const;

	documentationUrl = 'https://www.npmjs.com/package/n8n-nodes-onc#credentials';

	properties: INodeProperties[] = [
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://app.onlinenotarycenter.com',
			placeholder: 'e.g. https://app.onlinenotarycenter.com',
			description: 'Address of the Online Notary Center service. Change it only for a test server.',
			required: true,
		},
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
