import type { INodeCredentialDescription, INodeProperties } from 'n8n-workflow';

// The action node and the trigger offer the same two credentials, picked by
// the same `authentication` parameter that the transport reads.

export const oncCredentials: INodeCredentialDescription[] = [
	{
		name: 'oncOAuth2Api',
		required: true,
		displayOptions: { show: { authentication: ['oAuth2'] } },
	},
	{
		name: 'oncApi',
		required: true,
		displayOptions: { show: { authentication: ['accessToken'] } },
	},
];

export const authenticationProperty: INodeProperties = {
	displayName: 'Authentication',
	name: 'authentication',
	type: 'options',
	options: [
		{ name: 'OAuth2', value: 'oAuth2' },
		{ name: 'Access Token', value: 'accessToken' },
	],
	default: 'oAuth2',
};
