// Every input check refuses bad input before any request is sent, naming the field and what was expected.
import { Readable } from 'node:stream';
import { OncValidationError, PrepareInput, SignersInput } from '../src';
import { makeClient, pdf, rejection, unmatched, useNock } from './helpers';

useNock();

const ada = { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com' };
const goodSigners: SignersInput = { contactType: 'other', shareRoom: false, signer: ada };

// nock has no scope and the network is off: a request would show in
// `unmatched` and fail with another error than the one each test expects.
async function refused(call: Promise<unknown>, field: string, text: RegExp): Promise<void> {
	const error = await rejection(call);
	expect(error).toBeInstanceOf(OncValidationError);
	expect(error.field).toBe(field);
	expect(error.status).toBeUndefined();
	expect(error.message).toMatch(text);
	expect(unmatched).toEqual([]);
}

describe('createSession input', () => {
	const { client } = makeClient();

	it('needs at least one file', () =>
		refused(client.createSession('notary', []), 'files', /at least one PDF/));

	it('needs a known kind', () =>
		refused(
			client.createSession('video' as never, [{ fileName: 'a.pdf', data: pdf() }]),
			'kind',
			/"notary" or "esign"/,
		));

	it('needs a file name', () =>
		refused(
			client.createSession('notary', [
				{ fileName: 'a.pdf', data: pdf() },
				{ fileName: ' ', data: pdf() },
			]),
			'files[1].fileName',
			/give the file a name/,
		));

	it('needs file content', () =>
		refused(
			client.createSession('notary', [{ fileName: 'a.pdf', data: 'text' as never }]),
			'files[0].data',
			/Buffer or a stream/,
		));

	it('refuses an empty buffer', () =>
		refused(
			client.createSession('notary', [{ fileName: 'a.pdf', data: Buffer.alloc(0) }]),
			'files[0]',
			/files\[0\] \(a.pdf\) is empty/,
		));

	it('refuses an empty stream', () =>
		refused(
			client.createSession('notary', [{ fileName: 'a.pdf', data: Readable.from([]) }]),
			'files[0]',
			/is empty/,
		));

	it('refuses a file that is not a PDF', () =>
		refused(
			client.createSession('esign', [
				{ fileName: 'a.pdf', data: pdf() },
				{ fileName: 'b.docx', data: Buffer.from('PK\u0003\u0004') },
			]),
			'files[1]',
			/b.docx\) is not a PDF: a PDF file starts with "%PDF-"/,
		));

	it('refuses a stream that is not a PDF, reading only its start', () =>
		refused(
			client.createSession('esign', [
				{ fileName: 'c.txt', data: Readable.from([Buffer.from('hello world')]) },
			]),
			'files[0]',
			/is not a PDF/,
		));

	it('refuses a size that is not a byte count', () =>
		refused(
			client.createSession('esign', [
				{ fileName: 'a.pdf', data: Readable.from([pdf()]), size: -1 },
			]),
			'files[0].size',
			/length in bytes/,
		));

	it('closes the streams it was given when a later file is refused', async () => {
		const first = Readable.from([pdf()]);
		const third = Readable.from([pdf()]);

		await refused(
			client.createSession('esign', [
				{ fileName: 'a.pdf', data: first },
				{ fileName: 'b.pdf', data: Buffer.from('nope!') },
				{ fileName: 'c.pdf', data: third },
			]),
			'files[1]',
			/not a PDF/,
		);

		expect(first.destroyed).toBe(true);
		expect(third.destroyed).toBe(true);
	});
});

describe('addSigners input', () => {
	const { client } = makeClient();
	const cases: [string, Partial<SignersInput> & Record<string, unknown>, RegExp][] = [
		['contactType', { contactType: 'boss' as never }, /"self" .* or "other"/],
		['shareRoom', { shareRoom: 'yes' as never }, /true or false/],
		['signer', { signer: undefined as never }, /first name, last name and email/],
		['signer.firstName', { signer: { ...ada, firstName: '' } }, /first name/],
		['signer.lastName', { signer: { ...ada, lastName: ' ' } }, /last name/],
		[
			'signer.email',
			{ signer: { ...ada, email: 'ada.example.com' } },
			/email address like name@example.com/,
		],
		['signer.email', { signer: { ...ada, email: 'ada@example' } }, /email address/],
		['signer.phone', { signer: { ...ada, phone: 5550100 as never } }, /must be text/],
		['otherSigners', { otherSigners: 'bo' as never }, /list of signers/],
		['otherSigners[1].lastName', { otherSigners: [ada, { ...ada, lastName: '' }] }, /last name/],
		[
			'otherSigners[0].email',
			{ otherSigners: [{ ...ada, email: 'bo at example.com' }] },
			/email address/,
		],
	];

	it.each(cases)('names %s when it is wrong', (field, change, text) =>
		refused(
			client.addSigners('notary', 's-1', { ...goodSigners, ...change } as SignersInput),
			field,
			text,
		),
	);

	it('needs a session id', () =>
		refused(client.addSigners('notary', ' ', goodSigners), 'sessionId', /session ID/));
});

describe('prepareSession input', () => {
	const { client } = makeClient();
	const cases: [string, PrepareInput, RegExp][] = [
		['redirectUri', { redirectUri: '/done' }, /full web address starting with https:\/\//],
		['redirectUri', { redirectUri: 'javascript:alert(1)' }, /full web address/],
		['businessPay', { businessPay: 'true' as never }, /true or false/],
	];

	it.each(cases)('names %s when it is wrong', (field, input, text) =>
		refused(client.prepareSession('notary', 's-1', input), field, text),
	);

	it('needs a session id', () =>
		refused(client.prepareSession('esign', '', {}), 'sessionId', /session ID/));
});

describe('sendForSigning input', () => {
	const { client } = makeClient();

	it('checks signers before creating anything', () =>
		refused(
			client.sendForSigning('esign', [{ fileName: 'a.pdf', data: pdf() }], {
				...goodSigners,
				signer: { ...ada, email: 'x' },
			}),
			'signer.email',
			/email/,
		));

	it('checks the redirect before creating anything', () =>
		refused(
			client.sendForSigning('esign', [{ fileName: 'a.pdf', data: pdf() }], goodSigners, {
				redirectUri: 'nowhere',
			}),
			'redirectUri',
			/web address/,
		));
});

describe('download input', () => {
	const { client } = makeClient();

	it('needs a session id', () => refused(client.downloadFiles(''), 'sessionId', /session ID/));

	it('needs a wait time that is a number', () =>
		refused(
			client.downloadFiles('s-1', { wait: { maxWaitMs: -5 } }),
			'wait.maxWaitMs',
			/milliseconds/,
		));
});
