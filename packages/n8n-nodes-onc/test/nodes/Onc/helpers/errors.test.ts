// toNodeError: each kind of core failure becomes an n8n error a user can act on.
import {
	OncAuthenticationError,
	OncNetworkError,
	OncTimeoutError,
	OncRateLimitError,
	OncServerError,
	OncValidationError,
} from '@onc/core';
import { NodeApiError, NodeOperationError, type INode } from 'n8n-workflow';

import { markCreatedSession, toNodeError } from '../../../../nodes/Onc/helpers/errors';

const node = { name: 'ONC', type: 'n8n-nodes-onc.onc', typeVersion: 1 } as INode;

describe('toNodeError', () => {
	it('names the field of a local input error in a NodeOperationError', () => {
		const error = new OncValidationError('email must look like name@example.com.', {
			field: 'otherSigners[0].email',
		});

		const result = toNodeError(node, error, 2);

		expect(result).toBeInstanceOf(NodeOperationError);
		expect(result.message).toBe('Invalid value in Other Signers › signer 1 › Email');
		expect(result.description).toBe('email must look like name@example.com.');
		expect(result.context.itemIndex).toBe(2);
	});

	it('puts the field label in place of the field name core starts its message with', () => {
		const error = new OncValidationError('signer.email must be an email address.', {
			field: 'signer.email',
		});

		const result = toNodeError(node, error, 0);

		expect(result.description).toBe('Email must be an email address.');
	});

	it('keeps the status, vendor code and vendor words of a refused request', () => {
		const error = new OncValidationError('ONC refused', {
			status: 400,
			code: 'X000',
			vendorMessage: 'notary_id is missing',
		});

		const result = toNodeError(node, error, 0) as NodeApiError;

		expect(result).toBeInstanceOf(NodeApiError);
		expect(result.httpCode).toBe('400');
		expect(result.message).toBe('Online Notary Center refused the request');
		expect(result.description).toContain('X000: notary_id is missing');
	});

	it('tells how long to wait when rate limited', () => {
		const error = new OncRateLimitError('slow down', { status: 429, retryAfterMs: 30_000 });

		expect(toNodeError(node, error, 0).description).toContain('Wait 30 seconds');
	});

	it('points at the credential for an authentication failure', () => {
		const error = new OncAuthenticationError('refused', { status: 401, code: 'X003' });

		const result = toNodeError(node, error, 0);

		expect(result.message).toBe('Online Notary Center did not accept the credential');
		expect(result.description).toMatch(/X003.*reconnect the OAuth2 account/);
	});

	it('points at the Base URL when the service cannot be reached', () => {
		const error = new OncNetworkError('no answer', { code: 'ECONNREFUSED' });

		const result = toNodeError(node, error, 0);

		expect(result.message).toBe('Online Notary Center could not be reached');
		expect(result.description).toMatch(/^No answer came \(ECONNREFUSED\)\. Check the Base URL/);
	});

	it('says which session was created before a later step failed', () => {
		const error = markCreatedSession(new OncServerError('boom', { status: 502 }), 'sess-3');

		const result = toNodeError(node, error, 0);

		expect(result.message).toBe(
			'Online Notary Center could not process the request (session sess-3 was created)',
		);
		expect(result.description).toContain('continue it with Add Signers or Prepare');
	});

	it('warns that a prepare of unknown outcome may have emailed the signers, without suggesting a retry', () => {
		const request = { method: 'POST', path: '/api/prepare-esign-session' };
		const error = markCreatedSession(
			new OncTimeoutError('stalled', { code: 'ETIMEDOUT', request }),
			'sess-4',
		);

		const result = toNodeError(node, error, 0);

		expect(result.message).toBe(
			'Online Notary Center may already have emailed the signers (session sess-4 was created)',
		);
		expect(result.description).toMatch(/before running Prepare again.*do not create a new one/);
		expect(result.description).not.toContain('continue it with Add Signers or Prepare');
	});

	it('suggests Retry On Fail only for a download', () => {
		const download = { method: 'GET', path: '/api/download-notarized-files/s-1' };
		const create = { method: 'POST', path: '/api/create-notary-session' };

		const failedDownload = toNodeError(
			node,
			new OncServerError('busy', { status: 503, request: download }),
			0,
		);
		const failedCreate = toNodeError(
			node,
			new OncServerError('busy', { status: 503, request: create }),
			0,
		);

		expect(failedDownload.description).toContain('turn on Retry On Fail');
		expect(failedCreate.description).not.toContain('Retry On Fail');
		expect(failedCreate.description).toContain(
			'check Online Notary Center before running this step again',
		);
	});

	it('passes n8n errors through unchanged', () => {
		const original = new NodeOperationError(node, 'The credential needs to be reconnected.');

		expect(toNodeError(node, original, 0)).toBe(original);
	});
});
