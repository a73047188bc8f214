import type { INodeProperties } from 'n8n-workflow';

/** Both credential kinds point at one service address, so a test server needs no other change. */
export const baseUrlProperty: INodeProperties = {
	displayName: 'Base URL',
	name: 'baseUrl',
	type: 'string',
	default: 'https://app.onlinenotarycenter.com',
	placeholder: 'e.g. https://app.onlinenotarycenter.com',
	description: 'Address of the Online Notary Center service. Change it only for a test server.',
	required: true,
};
