import { randomUUID } from 'node:crypto';
import type { App, Exchange } from './app';
import { requireBearer } from './auth';
import { missing, outOfOrder, sessionNotFound } from './errors';
import { readJsonObject, sendJson } from './http';
import type { SessionKind, StoredSession } from './model';
import { notifySigners } from './outbox';
import { vendorRecord } from './record';
import { businessPay, passcode, redirectUri } from './prepareFields';
import { readSigners } from './signers';
import { ownEntry } from './store';
import { receivePdfs } from './uploads';

const JSON_LIMIT = 256 * 1024;
const ACCOUNT_ID = '9999999999';
const TITLES: Record<SessionKind, string> = { notary: 'Customer Notary', esign: 'Customer E-Sign' };

/** The stored session with this id, and of this kind when one is given. */
export function lookupSession(app: App, id: string, kind?: SessionKind): StoredSession | undefined {
	const session = ownEntry(app.store.state.sessions, id);
	return session && (!kind || session.kind === kind) ? session : undefined;
}

export function findSession(app: App, id: string, kind?: SessionKind): StoredSession {
	const session = lookupSession(app, id, kind);
	if (!session) throw sessionNotFound(id);
	return session;
}

function sessionId(body: Record<string, unknown>): string {
	const id = body.notary_id;
	if (typeof id !== 'string' || id.trim() === '') {
		throw missing('notary_id', 'give the session id that the create call answered with');
	}
	return id.trim();
}

export function createSession(kind: SessionKind) {
	return async ({ app, req, res }: Exchange) => {
		requireBearer(app, req);
		const id = randomUUID();

		const files = await receivePdfs(req, app.store.blobs, id, app.config.maxUploadBytes);
		const session: StoredSession = {
			id,
			kind,
			status: 'active',
			title: TITLES[kind],
			createdBy: ACCOUNT_ID,
			createdAt: new Date().toISOString(),
			files,
			contact_type: null,
			share_room: null,
			signers: [],
			prepare: null,
			sessionLink: null,
			passcode: null,
			finishedAt: null,
		};
		app.store.state.sessions[id] = session;
		app.store.save();

		sendJson(res, 200, {
			title: session.title,
			created_by: session.createdBy,
			notary_id: id,
			status: 'active',
		});
	};
}

export function updateSigners(kind: SessionKind) {
	return async ({ app, req, res }: Exchange) => {
		requireBearer(app, req);
		const body = await readJsonObject(req, JSON_LIMIT);
		const session = findSession(app, sessionId(body), kind);
		if (session.status !== 'active' && session.status !== 'pending') {
			throw outOfOrder(
				'The signers of a prepared session cannot change; create a new session instead.',
			);
		}
		const input = readSigners(body);

		session.contact_type = input.contactType;
		session.share_room = input.shareRoom;
		session.signers = input.signers;
		session.status = 'pending';
		app.store.save();

		sendJson(res, 200, vendorRecord(session));
	};
}

export function prepareSession(kind: SessionKind) {
	return async ({ app, req, res }: Exchange) => {
		requireBearer(app, req);
		const body = await readJsonObject(req, JSON_LIMIT);
		const session = findSession(app, sessionId(body), kind);
		if (session.status === 'active') {
			throw outOfOrder(`Add the signers (update-${kind}-signers) before preparing the session.`);
		}
		if (session.status !== 'pending') {
			throw outOfOrder(
				'This session was already prepared and its signers notified; create a new session to send again.',
			);
		}
		const prepare = {
			redirect_uri: redirectUri(body.redirect_uri),
			business_pay: businessPay(kind, body.business_pay),
		};

		session.prepare = prepare;
		session.passcode = passcode();
		session.sessionLink = `${app.config.baseUrl}/${kind}/client-join/${session.id}`;
		session.status = 'prepared';
		notifySigners(app, session);
		app.store.save();

		sendJson(res, 200, {
			success: 'true',
			session_link: session.sessionLink,
			passcode: session.passcode,
		});
	};
}
