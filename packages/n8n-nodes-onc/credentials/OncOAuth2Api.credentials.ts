import type { ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

import { baseUrlProperty } from './baseUrl';
import { oncCredentialTest } from './testRequest';

// The authorization and token URLs follow the Base URL, so one credential type
// serves production, a vendor test server and the local sandbox.
const base = '{{$self["baseUrl"].replace(/\\/+$/, "")}}';

export class OncOAuth2Api implements ICredentialType {
	name = 'oncOAuth2Api';

	extends = ['oAuth2Api'];

	displayName = 'Online Notary Center OAuth2 API';

	icon = { light: 'file:onc.svg', dark: 'file:onc.dark.svg' } as const;

	documentationUrl = 'https://www.npmjs.com/package/n8n-nodes-onc#credentials';

	properties: INodeProperties[] = [
		baseUrlProperty,
		{ displayName: 'Grant Type', name: 'grantType', type: 'hidden', default: 'authorizationCode' },
		{
			displayName: 'Authorization URL',
			name: 'authUrl',
			type: 'hidden',
			default: `=${base}/oauth/authorize`,
		},
		{
			displayName: 'Access Token URL',
			name: 'accessTokenUrl',
			type: 'hidden',
			default: `=${base}/oauth/token`,
		},
		{ displayName: 'Scope', name: 'scope', type: 'hidden', default: '' },
		{
			displayName: 'Auth URI Query Parameters',
			name: 'authQueryParameters',
			type: 'hidden',
			default: '',
		},
		// ONC takes the client id and secret as HTTP Basic on the token endpoint.
		{ displayName: 'Authentication', name: 'authentication', type: 'hidden', default: 'header' },
	];

	test: ICredentialTestRequest = oncCredentialTest;
}
