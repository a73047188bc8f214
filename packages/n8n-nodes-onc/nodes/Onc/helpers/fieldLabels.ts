const labels: Record<string, string> = {
	firstName: 'First Name',
	lastName: 'Last Name',
	email: 'Email',
	phone: 'Phone',
	redirectUri: 'Redirect URI',
	sessionId: 'Session ID',
	contactType: 'Contact Type',
	shareRoom: 'Share Room',
	businessPay: 'Business Pays',
	files: 'Binary Property Names',
};

/**
 * The node's label for a field core names, e.g. 'otherSigners[1].email' ->
 * 'Other Signers › signer 2 › Email', 'files[0]' -> 'Binary Property Names (file 1)'.
 */
export function fieldLabel(field: string): string {
	const file = /^files\[(\d+)\]/.exec(field);
	if (file) return `Binary Property Names (file ${Number(file[1]) + 1})`;

	const other = /^otherSigners\[(\d+)\]\.(\w+)$/.exec(field);
	if (other)
		return `Other Signers › signer ${Number(other[1]) + 1} › ${labels[other[2]] ?? other[2]}`;

	const last = field.replace(/^signer\./, '');
	return labels[last] ?? field;
}
