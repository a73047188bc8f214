import { checkSendInput } from '@onc/core';
import type { Bundle, ZObject } from 'zapier-platform-core';
import { clientFor } from '../client';
import { notifiedNote, toZapierErrorAfterCreate, zapierCall } from '../errors';
import {
	businessPayField,
	filesField,
	redirectUriField,
	sessionTypeField,
	signerFields,
} from '../fields';
import { openFiles } from '../files';
import { prepareInput, prepareOptions, sessionKind, signers } from '../inputs';
import { preparedOutputFields } from './prepare-session';

// Three calls rather than core's sendForSigning: the redirect URL must carry
// the id of the session, which exists only once the first call has answered.
// Like sendForSigning, everything a later call would refuse is checked before
// the files are fetched, so bad input never leaves a half-made session.
const perform = async (z: ZObject, bundle: Bundle) => {
	const kind = sessionKind(z, bundle.inputData);
	const people = signers(z, bundle.inputData);
	await zapierCall(z, async () => checkSendInput(kind, people, prepareOptions(bundle.inputData)));
	const files = await openFiles(z, bundle.inputData.files);
	const client = clientFor(z, bundle);

	const created = await zapierCall(z, () => client.createSession(kind, files));
	const id = created.sessionId;
	let step = 'adding the signers';
	try {
		await client.addSigners(kind, id, people);
		step = 'preparing the session';
		const prepared = await client.prepareSession(kind, id, prepareInput(z, bundle.inputData, id));
		return {
			session_id: id,
			title: created.title,
			status: created.status,
			session_link: prepared.sessionLink,
			passcode: prepared.passcode,
		};
	} catch (err) {
		throw toZapierErrorAfterCreate(z, err, id, `${step} failed`, notifiedNote(err));
	}
};

export default {
	key: 'send_for_signature',
	noun: 'Session',
	display: {
		label: 'Send Documents for Signature',
		description:
			'Creates an Online Notary Center session from PDFs, adds the signers and emails them their link, in one step.',
	},
	operation: {
		perform,
		inputFields: [
			sessionTypeField,
			filesField,
			...signerFields,
			redirectUriField,
			businessPayField,
		],
		sample: {
			session_id: '97f1cd16-5e43-11ee-913f-2cea7fe1bf2e',
			title: 'Customer Notary',
			status: 'active',
			session_link:
				'https://app.onlinenotarycenter.com/notary/client-join/97f1cd16-5e43-11ee-913f-2cea7fe1bf2e',
			passcode: 'HyufXF',
		},
		outputFields: [
			...preparedOutputFields,
			{ key: 'title', label: 'Title' },
			{ key: 'status', label: 'Status' },
		],
	},
};
