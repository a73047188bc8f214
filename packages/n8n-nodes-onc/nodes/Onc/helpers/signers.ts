import type { Person, SignersInput } from '@onc/core';
import { NodeOperationError, type IDataObject, type IExecuteFunctions } from 'n8n-workflow';

function text(value: unknown): string {
	return typeof value === 'string' ? value.trim() : value === undefined ? '' : String(value);
}

function person(values: IDataObject): Person {
	const phone = text(values.phone);
	return {
		firstName: text(values.firstName),
		lastName: text(values.lastName),
		email: text(values.email),
		...(phone ? { phone } : {}),
	};
}

/** The signer fields of an item, checked before any request is sent. */
export function signersInput(ctx: IExecuteFunctions, itemIndex: number): SignersInput {
	const param = (name: string, fallback: unknown) =>
		ctx.getNodeParameter(name, itemIndex, fallback) as unknown;
	const others = param('otherSigners', {}) as { signers?: IDataObject[] };

	const input: SignersInput = {
		contactType: param('contactType', 'other') === 'self' ? 'self' : 'other',
		shareRoom: param('shareRoom', false) === true,
		signer: person({
			firstName: param('firstName', ''),
			lastName: param('lastName', ''),
			email: param('email', ''),
			phone: param('phone', ''),
		} as IDataObject),
		otherSigners: (others.signers ?? []).map(person),
	};

	const problem = signerProblem(input);
	if (problem) {
		throw new NodeOperationError(ctx.getNode(), `Invalid value in ${problem.field}`, {
			itemIndex,
			description: `${problem.field} needs ${problem.expected}.`,
		});
	}
	return input;
}

const emailShape = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Refuses missing or malformed signer fields before anything is sent, so
 * `send` never creates a session it cannot finish. Returns the label of the
 * first bad field and what was expected, or undefined when all is well.
 */
export function signerProblem(
	input: SignersInput,
): { field: string; expected: string } | undefined {
	const people: Array<[string, Person]> = [
		['', input.signer],
		...(input.otherSigners ?? []).map((p, i): [string, Person] => [
			`Other Signers › signer ${i + 1} › `,
			p,
		]),
	];
	for (const [prefix, p] of people) {
		if (!p.firstName) return { field: `${prefix}First Name`, expected: 'a first name' };
		if (!p.lastName) return { field: `${prefix}Last Name`, expected: 'a last name' };
		if (!emailShape.test(p.email)) {
			return { field: `${prefix}Email`, expected: 'an email address like name@example.com' };
		}
	}
	return undefined;
}
