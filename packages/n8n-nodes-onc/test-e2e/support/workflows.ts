// Workflows the end-to-end test imports into n8n, built for this run's sandbox and folders.
import { randomUUID } from 'node:crypto';

type Params = Record<string, unknown>;

export interface WorkflowNode {
	id: string;
	name: string;
	type: string;
	typeVersion: number;
	position: [number, number];
	parameters: Params;
	credentials?: Record<string, { id: string; name: string }>;
	onError?: string;
	webhookId?: string;
}

export const credentialRefs = {
	token: { oncApi: { id: 'oncE2eTokenCred1', name: 'ONC access token' } },
	oauth: { oncOAuth2Api: { id: 'oncE2eOauthCred1', name: 'ONC OAuth2' } },
};

function node(
	name: string,
	type: string,
	typeVersion: number,
	parameters: Params,
	extra: Partial<WorkflowNode> = {},
): WorkflowNode {
	return { id: randomUUID(), name, type, typeVersion, position: [0, 0], parameters, ...extra };
}

export const trigger = () => node('Start', 'n8n-nodes-base.manualTrigger', 1, {});

export const readFile = (name: string, path: string) =>
	node(name, 'n8n-nodes-base.readWriteFile', 1, {
		operation: 'read',
		fileSelector: path,
		options: {},
	});

export const writeFile = (name: string, path: string) =>
	node(name, 'n8n-nodes-base.readWriteFile', 1, {
		operation: 'write',
		fileName: path,
		dataPropertyName: 'data',
		options: {},
	});

export const wait = (name: string, seconds: number) =>
	node(name, 'n8n-nodes-base.wait', 1.1, { amount: seconds, unit: 'seconds' });

/** Signs the session as its signers would, through the sandbox's control endpoint. */
export const finishInSandbox = (name: string, baseUrl: string, sessionId: string) =>
	node(name, 'n8n-nodes-base.httpRequest', 4.2, {
		method: 'POST',
		url: `=${baseUrl}/sandbox/sessions/${sessionId}/complete`,
		options: {},
	});

export const onc = (
	name: string,
	auth: 'token' | 'oauth',
	parameters: Params,
	extra: Partial<WorkflowNode> = {},
) =>
	node(
		name,
		'n8n-nodes-onc.onc',
		1,
		{ authentication: auth === 'token' ? 'accessToken' : 'oAuth2', ...parameters },
		{ credentials: credentialRefs[auth], ...extra },
	);

/** A workflow whose nodes run one after the other, in the order given. */
export function chain(id: string, name: string, nodes: WorkflowNode[]) {
	const connections: Record<string, unknown> = {};
	nodes.forEach((n, i) => {
		n.position = [i * 220, 0];
		const next = nodes[i + 1];
		if (next) connections[n.name] = { main: [[{ node: next.name, type: 'main', index: 0 }]] };
	});
	return { id, name, active: false, nodes, connections, settings: { executionOrder: 'v1' } };
}

/** A production webhook that starts a workflow; `lastNode` answers with the last node's first item. */
export const webhook = (name: string, path: string, responseMode: 'onReceived' | 'lastNode') =>
	node(
		name,
		'n8n-nodes-base.webhook',
		2,
		{
			httpMethod: 'GET',
			path,
			responseMode,
			...(responseMode === 'lastNode' ? { responseData: 'firstEntryJson' } : {}),
			options: {},
		},
		{ webhookId: randomUUID() },
	);

/** A Wait node that resumes when $execution.resumeUrl is called. */
export const waitForWebhook = (name: string) =>
	node(
		name,
		'n8n-nodes-base.wait',
		1.1,
		{ resume: 'webhook', httpMethod: 'GET', responseMode: 'onReceived', options: {} },
		{ webhookId: randomUUID() },
	);

export const oncTrigger = (name: string, webhookId: string, parameters: Params) =>
	node(
		name,
		'n8n-nodes-onc.oncTrigger',
		1,
		{ authentication: 'accessToken', ...parameters },
		{ credentials: credentialRefs.token, webhookId },
	);
