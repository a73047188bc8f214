// HTTP error answers become the error class that names their meaning, with status, code, vendor text and request.
import nock from 'nock';
import {
	OncAuthenticationError,
	OncError,
	OncNotFoundError,
	OncNotReadyError,
	OncRateLimitError,
	OncServerError,
	OncValidationError,
} from '../src';
import { BASE, makeClient, pdf, rejection, useNock } from './helpers';

useNock();

const DOWNLOAD = '/api/download-notarized-files/s-1';
const noRetry = { retry: { maxAttempts: 1 } };

async function downloadError(
	status: number,
	body: string | object,
	headers: Record<string, string> = {},
) {
	const { client } = makeClient(noRetry);
	const scope = nock(BASE).get(DOWNLOAD).reply(status, body, headers);
	const error = await rejection(client.downloadFiles('s-1'));
	scope.done();
	return error;
}

describe('errorFromResponse', () => {
	it('maps invalid_token to an authentication error keeping status, code, vendor text and request', async () => {
		const error = await downloadError(401, {
			error: 'invalid_token',
			error_description: 'The access token provided is invalid',
		});

		expect(error).toBeInstanceOf(OncAuthenticationError);
		expect(error).toMatchObject({
			status: 401,
			code: 'invalid_token',
			vendorMessage: 'The access token provided is invalid',
			request: { method: 'GET', path: DOWNLOAD },
			sessionId: 's-1',
		});
		expect(error.message).toMatch(/did not accept the credentials .*Connect the ONC account again/);
	});

	it.each(['X001', 'X002', 'X003'])(
		'maps vendor code %s to an authentication error whatever the status',
		async (code) => {
			const error = await downloadError(400, { code, message: 'bad key' });

			expect(error).toBeInstanceOf(OncAuthenticationError);
			expect(error.code).toBe(code);
		},
	);

	it('maps X000 and HTTP 400 to a validation error with the vendor text', async () => {
		const error = await downloadError(400, {
			error: 'X000',
			error_description: 'notary_id is missing',
		});

		expect(error).toBeInstanceOf(OncValidationError);
		expect(error.message).toContain('X000: notary_id is missing');
		expect(error.field).toBeUndefined();
	});

	it('maps 404 to not found', async () => {
		const error = await downloadError(404, {
			error: 'not_found',
			error_description: 'No such session',
		});

		expect(error).toBeInstanceOf(OncNotFoundError);
		expect(error.message).toContain('Check the session ID');
	});

	it('maps 404 without a session to a wrong address', async () => {
		const { client } = makeClient();
		const scope = nock(BASE).post('/api/create-esign-session').reply(404, '<h1>Not Found</h1>');

		const error = await rejection(
			client.createSession('esign', [{ fileName: 'a.pdf', data: pdf() }]),
		);

		scope.done();
		expect(error).toBeInstanceOf(OncNotFoundError);
		expect(error.message).toContain('Check the base URL');
	});

	it('maps 409 on download to not ready', async () => {
		const error = await downloadError(409, {
			error: 'not_finished',
			error_description: 'The session is not finished',
		});

		expect(error).toBeInstanceOf(OncNotReadyError);
		expect(error.status).toBe(409);
	});

	it('maps 409 outside download to the base class', async () => {
		const { client } = makeClient();
		const scope = nock(BASE).post('/api/prepare-esign-session').reply(409, { error: 'conflict' });

		const error = await rejection(client.prepareSession('esign', 's-1'));

		scope.done();
		expect(error.constructor).toBe(OncError);
		expect(error.message).toContain('HTTP 409 conflict');
	});

	it('maps 429 to a rate-limit error carrying the Retry-After delay', async () => {
		const error = await downloadError(429, { error: 'too_many_requests' }, { 'Retry-After': '7' });

		expect(error).toBeInstanceOf(OncRateLimitError);
		expect((error as OncRateLimitError).retryAfterMs).toBe(7000);
		expect(error.message).toContain('Try again in 7 seconds');
	});

	it('maps 5xx with an HTML page to a server error with the page text', async () => {
		const error = await downloadError(
			500,
			'<html><body><h1>Internal Server Error</h1></body></html>',
			{ 'Content-Type': 'text/html' },
		);

		expect(error).toBeInstanceOf(OncServerError);
		expect(error.vendorMessage).toBe('Internal Server Error');
		expect(error.body).toBe('Internal Server Error');
	});

	it('maps an empty error body by its status alone', async () => {
		const error = await downloadError(503, '');

		expect(error).toBeInstanceOf(OncServerError);
		expect(error).toMatchObject({ status: 503, code: undefined, vendorMessage: undefined });
		expect(error.message).toContain('(HTTP 503; GET /api/download-notarized-files/s-1)');
	});

	it('maps a bare JSON string body', async () => {
		const error = await downloadError(400, '"X000: missing notary_id"', {
			'Content-Type': 'application/json',
		});

		expect(error).toBeInstanceOf(OncValidationError);
		expect(error).toMatchObject({ code: 'X000', vendorMessage: 'X000: missing notary_id' });
	});

	it('maps an unexpected redirect to the base class', async () => {
		const error = await downloadError(302, '', { Location: 'https://elsewhere.example.test/' });

		expect(error.constructor).toBe(OncError);
		expect(error.status).toBe(302);
	});
});
