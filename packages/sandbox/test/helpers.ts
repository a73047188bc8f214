// Shared arrangements for the sandbox tests: a running sandbox, small PDFs and request shortcuts.
import { samplePdf, startSandbox, Sandbox, SandboxOptions } from '../src';

export type Kind = 'notary' | 'esign';

export function makePdf(text = 'Sample document'): Promise<Buffer> {
	return samplePdf(text);
}

export function useSandbox(options: SandboxOptions = {}): () => Sandbox {
	let sandbox: Sandbox | undefined;
	beforeEach(async () => {
		sandbox = await startSandbox(options);
	});
	afterEach(async () => {
		await sandbox?.close();
		sandbox = undefined;
	});
	return () => {
		if (!sandbox) throw new Error('the sandbox is not running');
		return sandbox;
	};
}

export function bearer(sb: Sandbox, token = sb.token): Record<string, string> {
	return { Authorization: `Bearer ${token}` };
}

export async function createSession(
	sb: Sandbox,
	kind: Kind,
	files: { name: string; data: Buffer }[],
	token = sb.token,
): Promise<Response> {
	const form = new FormData();
	files.forEach((file, i) => {
		form.append(`files[${i}]`, new Blob([file.data], { type: 'application/pdf' }), file.name);
	});
	return fetch(`${sb.baseUrl}/api/create-${kind}-session`, {
		method: 'POST',
		headers: bearer(sb, token),
		body: form,
	});
}

export function postJson(
	sb: Sandbox,
	path: string,
	body: unknown,
	token = sb.token,
): Promise<Response> {
	return fetch(`${sb.baseUrl}${path}`, {
		method: 'POST',
		headers: { ...bearer(sb, token), 'Content-Type': 'application/json' },
		body: JSON.stringify(body),
	});
}

export const SIGNERS = {
	contact_type: 'self',
	share_room: '0',
	first_name: 'Ada',
	last_name: 'Lovelace',
	email: 'ada@example.test',
	phone: '555 111 2222',
	other_signers: [
		{ first_name: 'Alan', last_name: 'Turing', email: 'alan@example.test', phone: '555 333 4444' },
	],
};

/** Creates a session with one PDF, adds two signers and prepares it. */
export async function preparedSession(
	sb: Sandbox,
	kind: Kind,
	redirectUri?: string,
): Promise<{ id: string; sessionLink: string; passcode: string }> {
	const created = await createSession(sb, kind, [{ name: 'contract.pdf', data: await makePdf() }]);
	const id = ((await created.json()) as { notary_id: string }).notary_id;
	await postJson(sb, `/api/update-${kind}-signers`, { notary_id: id, ...SIGNERS });
	const prepared = await postJson(sb, `/api/prepare-${kind}-session`, {
		notary_id: id,
		redirect_uri: redirectUri,
	});
	const body = (await prepared.json()) as { session_link: string; passcode: string };
	return { id, sessionLink: body.session_link, passcode: body.passcode };
}
