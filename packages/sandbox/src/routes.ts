import type { Handler } from './app';
import * as control from './control';
import { downloadFiles } from './download';
import { homePage } from './home';
import { authorizeDecision, authorizePage, tokenEndpoint } from './oauth';
import { donePage, joinPage, joinPost } from './pages';
import { createSession, prepareSession, updateSigners } from './sessions';

export interface Route {
	method: 'GET' | 'POST' | 'DELETE';
	/** Anchored pattern; capture groups become the handler's params. */
	pattern: RegExp;
	handler: Handler;
}

const ID = '([^/]+)';

export const routes: Route[] = [
	{ method: 'GET', pattern: /^\/$/, handler: homePage },
	{ method: 'POST', pattern: /^\/api\/create-notary-session$/, handler: createSession('notary') },
	{ method: 'POST', pattern: /^\/api\/create-esign-session$/, handler: createSession('esign') },
	{ method: 'POST', pattern: /^\/api\/update-notary-signers$/, handler: updateSigners('notary') },
	{ method: 'POST', pattern: /^\/api\/update-esign-signers$/, handler: updateSigners('esign') },
	{ method: 'POST', pattern: /^\/api\/prepare-notary-session$/, handler: prepareSession('notary') },
	{ method: 'POST', pattern: /^\/api\/prepare-esign-session$/, handler: prepareSession('esign') },
	{
		method: 'GET',
		pattern: new RegExp(`^/api/download-notarized-files/${ID}$`),
		handler: downloadFiles,
	},

	{ method: 'GET', pattern: /^\/oauth\/authorize$/, handler: authorizePage },
	{ method: 'POST', pattern: /^\/oauth\/authorize$/, handler: authorizeDecision },
	{ method: 'POST', pattern: /^\/oauth\/token$/, handler: tokenEndpoint },

	{
		method: 'GET',
		pattern: new RegExp(`^/notary/client-join/${ID}$`),
		handler: joinPage('notary'),
	},
	{
		method: 'POST',
		pattern: new RegExp(`^/notary/client-join/${ID}$`),
		handler: joinPost('notary'),
	},
	{
		method: 'GET',
		pattern: new RegExp(`^/notary/client-join/${ID}/done$`),
		handler: donePage('notary'),
	},
	{ method: 'GET', pattern: new RegExp(`^/esign/client-join/${ID}$`), handler: joinPage('esign') },
	{ method: 'POST', pattern: new RegExp(`^/esign/client-join/${ID}$`), handler: joinPost('esign') },
	{
		method: 'GET',
		pattern: new RegExp(`^/esign/client-join/${ID}/done$`),
		handler: donePage('esign'),
	},

	{ method: 'GET', pattern: /^\/sandbox\/sessions$/, handler: control.listSessions },
	{ method: 'GET', pattern: new RegExp(`^/sandbox/sessions/${ID}$`), handler: control.showSession },
	{
		method: 'POST',
		pattern: new RegExp(`^/sandbox/sessions/${ID}/complete$`),
		handler: control.completeSession,
	},
	{
		method: 'POST',
		pattern: new RegExp(`^/sandbox/sessions/${ID}/sign$`),
		handler: control.signOne,
	},
	{ method: 'GET', pattern: /^\/sandbox\/outbox$/, handler: control.listOutbox },
	{ method: 'GET', pattern: /^\/sandbox\/outbox\.html$/, handler: control.outboxPage },
	{ method: 'GET', pattern: /^\/sandbox\/faults$/, handler: control.listFaults },
	{ method: 'POST', pattern: /^\/sandbox\/faults$/, handler: control.addFault },
	{ method: 'DELETE', pattern: /^\/sandbox\/faults$/, handler: control.clearFaults },
];
