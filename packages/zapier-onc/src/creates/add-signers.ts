import type { Bundle, ZObject } from 'zapier-platform-core';
import { clientFor } from '../client';
import { zapierCall } from '../errors';
import { sessionIdField, sessionTypeField, signerFields } from '../fields';
import { sessionId, sessionKind, signers } from '../inputs';

const perform = async (z: ZObject, bundle: Bundle) => {
	const kind = sessionKind(z, bundle.inputData);
	const id = sessionId(z, bundle.inputData);
	const people = signers(z, bundle.inputData);

	const result = await zapierCall(z, () => clientFor(z, bundle).addSigners(kind, id, people));

	return { session_id: result.sessionId || id, status: result.status };
};

export default {
	key: 'add_signers',
	noun: 'Signers',
	display: {
		label: 'Add Signers',
		description: 'Sets who signs an Online Notary Center session: the main signer and anyone else.',
	},
	operation: {
		perform,
		inputFields: [sessionTypeField, sessionIdField, ...signerFields],
		sample: { session_id: '97f1cd16-5e43-11ee-913f-2cea7fe1bf2e', status: 'pending' },
		outputFields: [
			{ key: 'session_id', label: 'Session ID' },
			{ key: 'status', label: 'Status' },
		],
	},
};
