// The README's example workflows, loaded as users import them, pointed at the test's credential.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { credentialRefs, type WorkflowNode } from './workflows';

interface ExampleWorkflow {
	id?: string;
	name: string;
	nodes: WorkflowNode[];
	connections: Record<
		string,
		{ main: Array<Array<{ node: string; type: string; index: number }>> }
	>;
	settings?: object;
}

export function loadExample(file: string, id: string): ExampleWorkflow {
	const workflow = JSON.parse(
		readFileSync(join(__dirname, '..', '..', 'examples', file), 'utf8'),
	) as ExampleWorkflow;
	for (const node of workflow.nodes) {
		if (node.credentials?.oncOAuth2Api) node.credentials = { ...credentialRefs.oauth };
	}
	return { ...workflow, id };
}

/** Adds a node after the example's last node, to see from outside what the example produced. */
export function appendNode(
	workflow: ExampleWorkflow,
	after: string,
	node: WorkflowNode,
): ExampleWorkflow {
	node.position = [2000, 0];
	return {
		...workflow,
		nodes: [...workflow.nodes, node],
		connections: {
			...workflow.connections,
			[after]: { main: [[{ node: node.name, type: 'main', index: 0 }]] },
		},
	};
}

export function webhookIdOf(workflow: ExampleWorkflow, nodeName: string): string {
	const id = workflow.nodes.find((n) => n.name === nodeName)?.webhookId;
	if (!id) throw new Error(`${nodeName} has no webhookId`);
	return id;
}
