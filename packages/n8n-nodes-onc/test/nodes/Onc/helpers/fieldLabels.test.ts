// fieldLabel: core's field paths as the node's own labels.
import { fieldLabel } from '../../../../nodes/Onc/helpers/fieldLabels';

describe('fieldLabel', () => {
	it.each([
		['signer.email', 'Email'],
		['signer.firstName', 'First Name'],
		['otherSigners[1].lastName', 'Other Signers › signer 2 › Last Name'],
		['files[0]', 'Binary Property Names (file 1)'],
		['redirectUri', 'Redirect URI'],
		['sessionId', 'Session ID'],
		['businessPay', 'Business Pays'],
		['shareRoom', 'Share Room'],
		['somethingNew', 'somethingNew'],
	])('labels %s as %s', (field, label) => {
		expect(fieldLabel(field)).toBe(label);
	});
});
