import { fixedBody } from './body';
import { OncError } from './errors';
import type { ExchangeSpec } from './exchange';
import { multipartUpload } from './multipart';
import { checkFiles } from './pdfFiles';
import type { TransportResponse } from './transport';
import type * as T from './types';
import { checkKind, checkPrepare, checkSessionId, checkSigners } from './validation';
import { field, PATHS, prepareBody, readRecord, signersBody } from './wire';

/** Sends one call with the client's credentials. */
export type Send = (spec: Omit<ExchangeSpec, 'auth'>) => Promise<TransportResponse>;

// All three change state on ONC, so none is repeated once it may have arrived.
function postJson(
	send: Send,
	path: string,
	body: string,
	operation: ExchangeSpec['operation'],
	sessionId: string,
) {
	return send({
		method: 'POST',
		path,
		headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
		body: fixedBody(body),
		responseType: 'buffer',
		repeat: 'unsafe',
		operation,
		sessionId,
	});
}

export async function createSession(
	send: Send,
	kind: T.SessionKind,
	files: T.OncFile[],
): Promise<T.CreatedSession> {
	const request = { method: 'POST' as const, path: PATHS.create(checkKind(kind)) };
	const upload = multipartUpload(await checkFiles(files));

	const headers: Record<string, string> = {
		'Content-Type': upload.contentType,
		Accept: 'application/json',
	};
	if (upload.contentLength !== undefined) headers['Content-Length'] = String(upload.contentLength);
	const res = await send({
		...request,
		headers,
		body: upload.body,
		responseType: 'buffer',
		repeat: 'unsafe',
		operation: 'create',
	});

	const raw = readRecord(res.body as Buffer, request);
	const sessionId = field(raw, 'notary_id');
	if (!sessionId) {
		throw new OncError(
			'ONC answered the create call without a session id (notary_id). Check ONC for a new session before trying again.',
			{ request, body: raw },
		);
	}
	const [title, status, createdBy] = ['title', 'status', 'created_by'].map(
		(name) => field(raw, name) ?? '',
	);
	return { sessionId, title, status, createdBy, raw };
}

export async function addSigners(
	send: Send,
	kind: T.SessionKind,
	sessionId: string,
	input: T.SignersInput,
): Promise<T.SignersResult> {
	const request = { method: 'POST', path: PATHS.addSigners(checkKind(kind)) };
	const id = checkSessionId(sessionId);
	checkSigners(input);

	const res = await postJson(send, request.path, signersBody(id, input), 'addSigners', id);

	const raw = readRecord(res.body as Buffer, request, id);
	return { sessionId: field(raw, 'notary_id') ?? id, status: field(raw, 'status') ?? '', raw };
}

export async function prepareSession(
	send: Send,
	kind: T.SessionKind,
	sessionId: string,
	input: T.PrepareInput = {},
): Promise<T.PreparedSession> {
	const request = { method: 'POST', path: PATHS.prepare(checkKind(kind)) };
	const id = checkSessionId(sessionId);
	checkPrepare(input);

	const res = await postJson(send, request.path, prepareBody(kind, id, input), 'prepare', id);

	const raw = readRecord(res.body as Buffer, request, id);
	const sessionLink = field(raw, 'session_link');
	const passcode = field(raw, 'passcode');
	if (raw.success === 'false' || raw.success === false || !sessionLink || !passcode) {
		const said = field(raw, 'error_description', 'message', 'error');
		throw new OncError(
			`ONC did not prepare the session${said ? ` (${said})` : ''}. Look at the session in ONC before trying again: its signers may have been emailed.`,
			{ request, sessionId: id, vendorMessage: said, body: { ...raw, passcode: undefined } },
		);
	}
	return { sessionLink, passcode, raw };
}
