// Core names inputs as its API does ('signer.email', 'otherSigners[1].firstName');
// a Zapier user knows them by the labels of this app's fields.

const LABELS: Record<string, string> = {
	files: 'Files',
	sessionId: 'Session ID',
	contactType: 'Who Is the Main Signer',
	shareRoom: 'Signers Share One Device',
	redirectUri: 'Redirect URL',
	businessPay: 'Your Account Pays',
	firstName: 'First Name',
	lastName: 'Last Name',
	email: 'Email',
	phone: 'Phone',
};

export const fieldLabel = (field: string): string => {
	const file = /^files\[(\d+)\]$/.exec(field);
	if (file) return `Files (file ${Number(file[1]) + 1})`;

	const other = /^otherSigners\[(\d+)\]\.(\w+)$/.exec(field);
	if (other) return `Other Signers (row ${Number(other[1]) + 1}): ${LABELS[other[2]] ?? other[2]}`;

	const signer = /^signer\.(\w+)$/.exec(field);
	if (signer) return LABELS[signer[1]] ?? signer[1];

	return LABELS[field] ?? field;
};
