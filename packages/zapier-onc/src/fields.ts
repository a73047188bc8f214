// Input fields shared by several actions, written for people who have never
// seen the ONC API.

export const filesField = {
	key: 'files',
	label: 'Files',
	type: 'file' as const,
	list: true,
	required: true,
	helpText:
		'The PDF documents to sign. Map files from an earlier step (for example Google Drive or Gmail attachments) or enter links to PDFs.',
};

export const sessionTypeField = {
	key: 'session_type',
	label: 'Session Type',
	required: true,
	choices: {
		notary: 'Notarization (signed live with a notary)',
		esign: 'E-signature only',
	},
	helpText: 'Pick the same type the session was created with.',
};

export const sessionIdField = {
	key: 'session_id',
	label: 'Session ID',
	required: true,
	helpText:
		'The ID of the ONC session. Map the **Session ID** from the step that created the session.',
};

const personFields = [
	{ key: 'first_name', label: 'First Name', required: true },
	{ key: 'last_name', label: 'Last Name', required: true },
	{ key: 'email', label: 'Email', required: true, helpText: 'ONC sends the invitation here.' },
	{ key: 'phone', label: 'Phone', required: false, helpText: 'Optional, e.g. +1 555 123 4567.' },
];

export const signerFields = [
	{
		key: 'contact_type',
		label: 'Who Is the Main Signer',
		required: true,
		choices: {
			self: 'Me (the holder of this ONC account)',
			other: 'Someone else',
		},
		default: 'other',
		helpText:
			'Choose **Me** when you, the holder of the connected ONC account, sign first; the name and email below are then yours. Choose **Someone else** to invite another person as the main signer.',
	},
	{
		key: 'share_room',
		label: 'Signers Share One Device',
		type: 'boolean' as const,
		required: false,
		default: 'no',
		helpText: 'Choose **Yes** when all signers sign together on one computer or phone.',
	},
	...personFields.map((f) => ({
		...f,
		helpText: f.helpText ?? 'Of the main signer.',
	})),
	{
		key: 'other_signers',
		label: 'Other Signers',
		required: false,
		// Zapier wants every key of an action unique, line-item children included;
		// its schema refuses help text on a field with children, so the rows carry it.
		children: personFields.map((f) => ({
			...f,
			key: `other_${f.key}`,
			helpText: `${f.helpText ?? ''} Of another signer: one row per person.`.trim(),
		})),
	},
];

export const redirectUriField = {
	key: 'redirect_uri',
	label: 'Redirect URL',
	required: false,
	helpText:
		'Where signers land when the session is over. To continue a Zap when signing is done, paste the URL of a **Webhooks by Zapier → Catch Hook** trigger here: the session ID is added to it as `onc_session_id`.',
};

export const businessPayField = {
	key: 'business_pay',
	label: 'Your Account Pays',
	type: 'boolean' as const,
	required: false,
	default: 'no',
	helpText: 'Notarization only: choose **Yes** if your ONC account pays instead of the signer.',
};
