// Reading ONC's error answers in every shape the contract allows.
import { readVendorError } from '../src/vendorError';

describe('readVendorError', () => {
	it('reads error and error_description', () => {
		const body = {
			error: 'invalid_token',
			error_description: 'The access token provided is invalid',
		};

		expect(readVendorError(Buffer.from(JSON.stringify(body)))).toEqual({
			code: 'invalid_token',
			message: 'The access token provided is invalid',
			body,
		});
	});

	it('reads code and message, numbers included', () => {
		expect(readVendorError('{"code":"X001","message":"Unknown secret key"}')).toMatchObject({
			code: 'X001',
			message: 'Unknown secret key',
		});
		expect(readVendorError('{"code":500,"message":"Boom"}')).toMatchObject({
			code: '500',
			message: 'Boom',
		});
	});

	it('reads an error object nested under error', () => {
		expect(
			readVendorError('{"error":{"code":"X002","message":"Key not valid for this domain"}}'),
		).toMatchObject({
			code: 'X002',
			message: 'Key not valid for this domain',
		});
	});

	it('reads a bare JSON string and finds a code inside it', () => {
		expect(readVendorError('"X000: notary_id is missing"')).toEqual({
			code: 'X000',
			message: 'X000: notary_id is missing',
			body: 'X000: notary_id is missing',
		});
	});

	it('treats a sentence under error as the message, not the code', () => {
		expect(readVendorError('{"error":"Something went wrong"}')).toMatchObject({
			code: undefined,
			message: 'Something went wrong',
		});
	});

	it('keeps the visible text of an HTML page', () => {
		const html =
			'<html><head><style>p{}</style></head><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>';

		expect(readVendorError(Buffer.from(html))).toEqual({
			code: undefined,
			message: '502 Bad Gateway nginx',
			body: '502 Bad Gateway nginx',
		});
	});

	it('keeps plain text and shortens very long text', () => {
		const result = readVendorError('x'.repeat(1000));

		expect(result.message).toHaveLength(301);
	});

	it('returns nothing for an empty body', () => {
		expect(readVendorError(Buffer.alloc(0))).toEqual({});
		expect(readVendorError(undefined)).toEqual({});
	});

	it('keeps a JSON array as the body with its text as the message', () => {
		expect(readVendorError('["a","b"]')).toEqual({ message: '["a","b"]', body: ['a', 'b'] });
	});
});
