import type { INodeProperties } from 'n8n-workflow';

// Field definitions several operations share; each operation shows them
// under its own displayOptions.

export const binaryPropertyNamesField: INodeProperties = {
	displayName: 'Binary Property Names',
	name: 'binaryPropertyNames',
	type: 'string',
	default: 'data',
	required: true,
	placeholder: 'e.g. data, contract',
	description:
		'Input binary properties holding the PDFs to sign, separated by commas. Each becomes one document of the session.',
};

export const sessionIdField: INodeProperties = {
	displayName: 'Session ID',
	name: 'sessionId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. 97f1cd16-5e43-11ee-913f-2cea7fe1bf2e',
	description: 'The sessionId output by the Create or Send operation',
};

export const signerFields: INodeProperties[] = [
	{
		displayName: 'Contact Type',
		name: 'contactType',
		type: 'options',
		options: [
			{ name: 'Someone Else Signs', value: 'other' },
			{ name: 'I Sign (Account Holder)', value: 'self' },
		],
		default: 'other',
		description: 'Whether the account holder of the credential is the main signer',
	},
	{
		displayName: 'Share Room',
		name: 'shareRoom',
		type: 'boolean',
		default: false,
		description: 'Whether all signers sign together on one device',
	},
	{
		displayName: 'First Name',
		name: 'firstName',
		type: 'string',
		default: '',
		required: true,
		description: "Main signer's first name",
	},
	{
		displayName: 'Last Name',
		name: 'lastName',
		type: 'string',
		default: '',
		required: true,
		description: "Main signer's last name",
	},
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		required: true,
		description: 'Where Online Notary Center sends the invitation to sign',
	},
	{
		displayName: 'Phone',
		name: 'phone',
		type: 'string',
		default: '',
		placeholder: 'e.g. +15555550123',
		description: "Main signer's phone number (optional)",
	},
	{
		displayName: 'Other Signers',
		name: 'otherSigners',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Signer',
		default: {},
		description: 'Further people who sign the same documents',
		options: [
			{
				displayName: 'Signers',
				name: 'signers',
				values: [
					{ displayName: 'First Name', name: 'firstName', type: 'string', default: '' },
					{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '' },
					{
						displayName: 'Email',
						name: 'email',
						type: 'string',
						placeholder: 'name@email.com',
						default: '',
					},
					{ displayName: 'Phone', name: 'phone', type: 'string', default: '' },
				],
			},
		],
	},
];

export const prepareFields: INodeProperties[] = [
	{
		displayName: 'Redirect URI',
		name: 'redirectUri',
		type: 'string',
		default: '',
		placeholder: 'e.g. https://n8n.example.com/webhook/onc-finished',
		description:
			'Where signers are sent when the session is over. Use the Production URL of an Online Notary Center Trigger to continue a workflow then; the session ID is added to it as onc_session_id.',
	},
	{
		displayName: 'Business Pays',
		name: 'businessPay',
		type: 'boolean',
		default: false,
		description: 'Whether the account of the credential pays for the notarization',
		displayOptions: { show: { resource: ['notarySession'] } },
	},
];
