import type { SessionKind } from '@onc/core';
import type { Bundle, ZObject } from 'zapier-platform-core';
import { clientFor } from '../client';
import { zapierCall } from '../errors';
import { filesField } from '../fields';
import { openFiles } from '../files';

export const sessionOutputFields = [
	{ key: 'session_id', label: 'Session ID' },
	{ key: 'title', label: 'Title' },
	{ key: 'status', label: 'Status' },
	{ key: 'created_by', label: 'Created By' },
];

const sample = {
	session_id: '97f1cd16-5e43-11ee-913f-2cea7fe1bf2e',
	title: 'Customer Notary',
	status: 'active',
	created_by: '9999999999',
};

const WORDS = {
	notary: { noun: 'Notary Session', what: 'a notarization session, signed live with a notary' },
	esign: { noun: 'E-Sign Session', what: 'an e-signature session' },
};

/** "Create Notary Session" and "Create E-Sign Session" differ only in kind. */
export const createSessionAction = (kind: SessionKind) => {
	const perform = async (z: ZObject, bundle: Bundle) => {
		const files = await openFiles(z, bundle.inputData.files);

		const session = await zapierCall(z, () => clientFor(z, bundle).createSession(kind, files));

		return {
			session_id: session.sessionId,
			title: session.title,
			status: session.status,
			created_by: session.createdBy,
		};
	};

	return {
		key: `create_${kind}_session`,
		noun: WORDS[kind].noun,
		display: {
			label: `Create ${WORDS[kind].noun}`,
			description: `Uploads PDFs to Online Notary Center and starts ${WORDS[kind].what}.`,
		},
		operation: {
			perform,
			inputFields: [filesField],
			sample,
			outputFields: sessionOutputFields,
		},
	};
};
