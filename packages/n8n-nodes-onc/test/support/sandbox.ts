// The local ONC sandbox for tests that run the node against a real service.
import { startSandbox, type Sandbox } from '@onc/sandbox';
import nock from 'nock';
export function useSandbox(options: { accessTokenTtlSeconds?: number } = {}): () => Sandbox {
	let sandbox: Sandbox | undefined;
	beforeEach(async () => {
		nock.enableNetConnect('127.0.0.1');
		sandbox = await startSandbox({ port: 0, host: '127.0.0.1', ...options });
	});
	afterEach(async () => {
		await sandbox?.close();
		sandbox = undefined;
		nock.enableNetConnect();
	});
	return () => sandbox!;
}

/** Signs a prepared session as all its signers would, through the sandbox's control endpoint. */
export async function completeSession(sb: Sandbox, sessionId: string): Promise<void> {
	const res = await fetch(`${sb.baseUrl}/sandbox/sessions/${sessionId}/complete`, {
		method: 'POST',
	});
	if (!res.ok) throw new Error(`complete answered ${res.status}: ${await res.text()}`);
}
