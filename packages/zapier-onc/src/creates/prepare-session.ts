import type { Bundle, ZObject } from 'zapier-platform-core';
import { clientFor } from '../client';
import { notifiedNote, toZapierError } from '../errors';
import { businessPayField, redirectUriField, sessionIdField, sessionTypeField } from '../fields';
import { prepareInput, sessionId, sessionKind } from '../inputs';

export const preparedOutputFields = [
	{ key: 'session_id', label: 'Session ID' },
	{ key: 'session_link', label: 'Session Link' },
	{ key: 'passcode', label: 'Passcode' },
];

const perform = async (z: ZObject, bundle: Bundle) => {
	const kind = sessionKind(z, bundle.inputData);
	const id = sessionId(z, bundle.inputData);
	const options = prepareInput(z, bundle.inputData, id);

	const prepared = await clientFor(z, bundle)
		.prepareSession(kind, id, options)
		.catch((err: unknown) => {
			throw toZapierError(z, err, notifiedNote(err));
		});

	return { session_id: id, session_link: prepared.sessionLink, passcode: prepared.passcode };
};

export default {
	key: 'prepare_session',
	noun: 'Session',
	display: {
		label: 'Prepare Session and Notify Signers',
		description:
			'Makes an Online Notary Center session ready and emails every signer a link and passcode.',
	},
	operation: {
		perform,
		inputFields: [sessionTypeField, sessionIdField, redirectUriField, businessPayField],
		sample: {
			session_id: '97f1cd16-5e43-11ee-913f-2cea7fe1bf2e',
			session_link:
				'https://app.onlinenotarycenter.com/notary/client-join/97f1cd16-5e43-11ee-913f-2cea7fe1bf2e',
			passcode: 'HyufXF',
		},
		outputFields: preparedOutputFields,
	},
};
