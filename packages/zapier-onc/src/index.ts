import { version as platformVersion } from 'zapier-platform-core';
import authentication from './authentication';
import addSigners from './creates/add-signers';
import { createSessionAction } from './creates/create-session';
import downloadFiles from './creates/download-files';
import prepareSession from './creates/prepare-session';
import sendForSignature from './creates/send-for-signature';

const { version } = require('../package.json');

const createNotarySession = createSessionAction('notary');
const createEsignSession = createSessionAction('esign');

export default {
	version,
	platformVersion,
	authentication,
	// Every call goes through z.request, which Zapier logs itself; patching
	// Node's http to log other libraries as well would only log twice.
	flags: { skipHttpPatch: true },
	creates: {
		[createNotarySession.key]: createNotarySession,
		[createEsignSession.key]: createEsignSession,
		[addSigners.key]: addSigners,
		[prepareSession.key]: prepareSession,
		[downloadFiles.key]: downloadFiles,
		[sendForSignature.key]: sendForSignature,
	},
};
