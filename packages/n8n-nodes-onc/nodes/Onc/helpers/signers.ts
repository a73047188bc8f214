import type { Person, SignersInput } from '@onc/core';
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

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

/** The signer fields of an item as core takes them; core checks them before any request is sent. */
export function signersInput(ctx: IExecuteFunctions, itemIndex: number): SignersInput {
	const param = (name: string, fallback: unknown) =>
		ctx.getNodeParameter(name, itemIndex, fallback) as unknown;
	const others = param('otherSigners', {}) as { signers?: IDataObject[] };

	return {
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
}
