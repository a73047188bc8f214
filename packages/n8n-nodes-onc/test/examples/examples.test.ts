// The importable example workflows: every parameter they give this package's nodes exists, is shown, and holds an allowed value.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import {
	NodeHelpers,
	type INodeParameters,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { Onc } from '../../nodes/Onc/Onc.node';
import { OncTrigger } from '../../nodes/OncTrigger/OncTrigger.node';

interface ExampleNode {
	name: string;
	type: string;
	typeVersion: number;
	parameters: INodeParameters;
}

const ours: Record<string, INodeType> = {
	'n8n-nodes-onc.onc': new Onc(),
	'n8n-nodes-onc.oncTrigger': new OncTrigger(),
};

const folder = join(__dirname, '..', '..', 'examples');
const examples = readdirSync(folder).filter((file) => file.endsWith('.json'));

/** What is wrong with one parameter of a node, or undefined when nothing is. */
function problem(
	description: INodeTypeDescription,
	node: ExampleNode,
	key: string,
): string | undefined {
	const shown = description.properties.filter(
		(p) =>
			p.name === key &&
			NodeHelpers.displayParameter(node.parameters, p, node, description, node.parameters),
	);
	if (shown.length === 0) return `${node.name}: "${key}" is not a parameter shown here`;
	const value = node.parameters[key];
	const options = shown.flatMap((p) => (p.type === 'options' ? (p.options ?? []) : []));
	const allowed = options.map((o) => (o as { value?: unknown }).value);
	if (options.length > 0 && typeof value === 'string' && !value.startsWith('=')) {
		if (!allowed.includes(value))
			return `${node.name}: "${key}" is ${value}, not one of ${allowed}`;
	}
	return undefined;
}

describe.each(examples)('the example %s', (file) => {
	const workflow = JSON.parse(readFileSync(join(folder, file), 'utf8')) as { nodes: ExampleNode[] };
	const ownNodes = workflow.nodes.filter((n) => ours[n.type]);

	it('uses this package’s nodes at a version they have', () => {
		expect(ownNodes.length).toBeGreaterThan(0);
		for (const node of ownNodes) {
			const versions = [ours[node.type].description.version].flat();
			expect(versions).toContain(node.typeVersion);
		}
	});

	it('gives them only parameters they show, with allowed values', () => {
		const problems = ownNodes.flatMap((node) =>
			Object.keys(node.parameters).map((key) => problem(ours[node.type].description, node, key)),
		);

		expect(problems.filter(Boolean)).toEqual([]);
	});
});
