import {
	mayHaveNotifiedSigners,
	OncAuthenticationError,
	OncError,
	OncNetworkError,
	OncNotFoundError,
	OncNotReadyError,
	OncRateLimitError,
	OncServerError,
	OncValidationError,
} from '@onc/core';
import { NodeApiError, NodeOperationError, type INode, type JsonObject } from 'n8n-workflow';

import { fieldLabel } from './fieldLabels';

/** What to do next, by kind of failure, in words a no-code user can act on. */
function advice(error: OncError): { message: string; fix: string } {
	if (error instanceof OncAuthenticationError) {
		return {
			message: 'Online Notary Center did not accept the credential',
			fix: 'Open the credential of this node: reconnect the OAuth2 account, or paste a new access token, and check its Base URL.',
		};
	}
	if (error instanceof OncNotFoundError) {
		return {
			message: 'Online Notary Center has no session with this ID',
			fix: 'Check the Session ID field: use the sessionId output by the Create or Send operation, for a session made with the same account.',
		};
	}
	if (error instanceof OncNotReadyError && error.waitedMs !== undefined) {
		return {
			message: 'The session is still not finished after the Maximum Wait',
			fix: `Its signers had not all signed after ${Math.round(error.waitedMs / 1000)} seconds of waiting. Raise Maximum Wait, run the step again later, or start from the Online Notary Center Trigger, which runs when the last signer finishes.`,
		};
	}
	if (error instanceof OncNotReadyError) {
		return {
			message: 'The session is not finished yet',
			fix: 'Its signers have not all signed, so there is nothing to download. Download after they finish: start from the Online Notary Center Trigger, or turn on the Wait Until Finished option.',
		};
	}
	if (error instanceof OncRateLimitError) {
		const wait = error.retryAfterMs ? ` Wait ${Math.ceil(error.retryAfterMs / 1000)} seconds.` : '';
		return {
			message: 'Online Notary Center received too many requests',
			fix: `Try again later.${wait} To do it automatically, turn on Retry On Fail in the node's settings.`,
		};
	}
	if (mayHaveNotifiedSigners(error)) {
		return {
			message: 'Online Notary Center may already have emailed the signers',
			fix: 'Preparing failed after the request may have reached the service, and preparing emails every signer. Check the session in Online Notary Center (or ask a signer whether the email arrived) before running Prepare again, and keep Retry On Fail off for this step.',
		};
	}
	// Only a download (the one GET) is safe to repeat; a create or add-signers
	// call that failed this way may have been carried out.
	const retryHint =
		error.request?.method === 'GET'
			? 'Try again later, or turn on Retry On Fail in the node settings.'
			: 'The request may still have been carried out: check Online Notary Center before running this step again.';
	if (error instanceof OncServerError) {
		return {
			message: 'Online Notary Center could not process the request',
			fix: `The problem is on the service side. ${retryHint}`,
		};
	}
	if (error instanceof OncNetworkError) {
		return {
			message: 'Online Notary Center could not be reached',
			fix:
				error.code === 'ECONNREFUSED'
					? 'Check the Base URL of the credential and that n8n can reach it, then try again.'
					: `The connection failed. Check the Base URL of the credential and that n8n can reach it. ${retryHint}`,
		};
	}
	if (error instanceof OncValidationError) {
		return {
			message: 'Online Notary Center refused the request',
			fix: 'Check the fields of this operation against the service message above.',
		};
	}
	return { message: 'The Online Notary Center request failed', fix: 'Try again later.' };
}

const createdSessions = new WeakMap<object, string>();

/** Records that `sessionId` was created before `error`, so the message says so. */
export function markCreatedSession(error: unknown, sessionId: string): unknown {
	if (error && typeof error === 'object') createdSessions.set(error, sessionId);
	return error;
}

function createdSessionNote(error: OncError): string {
	const created = createdSessions.get(error);
	if (!created) return '';
	return mayHaveNotifiedSigners(error)
		? ` The session ${created} was created and its signers added before this failure: do not create a new one.`
		: ` The session ${created} was created before this failure: continue it with Add Signers or Prepare instead of creating a new one.`;
}

/**
 * Turns what a call threw into the n8n error to show: bad input becomes a
 * NodeOperationError that names the field, any answer from the service a
 * NodeApiError with its HTTP status, code and own words. n8n's own errors
 * (e.g. a credential to reconnect) pass through unchanged.
 */
export function toNodeError(
	node: INode,
	error: unknown,
	itemIndex: number,
): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	if (!(error instanceof OncError)) {
		return new NodeOperationError(node, error instanceof Error ? error : String(error), {
			itemIndex,
		});
	}

	if (error instanceof OncValidationError && error.status === undefined) {
		const field = error.field ? fieldLabel(error.field) : 'an input field';
		// Core words its message after its own field name ('signer.email must be ...').
		const said =
			error.field && error.message.startsWith(error.field)
				? field + error.message.slice(error.field.length)
				: error.message;
		return new NodeOperationError(node, `Invalid value in ${field}`, {
			itemIndex,
			description: `${said}${createdSessionNote(error)}`,
		});
	}

	const { message, fix } = advice(error);
	const network = error instanceof OncNetworkError;
	const said = [error.code, error.vendorMessage].filter(Boolean).join(': ');
	const heard = network ? `No answer came (${said}). ` : `The service answered ${said}. `;
	const description = `${said ? heard : ''}${fix}${createdSessionNote(error)}`;
	const response: JsonObject = {
		message: error.message,
		...(error.status !== undefined ? { httpCode: String(error.status) } : {}),
		// NodeApiError swaps the message for its generic one when `code` is a
		// Node network code, and that text advises retrying, which is wrong
		// for create and prepare; so a network code travels under another key.
		...(error.code ? { [network ? 'networkCode' : 'code']: error.code } : {}),
		...(error.vendorMessage ? { vendorMessage: error.vendorMessage } : {}),
		...(error.sessionId ? { sessionId: error.sessionId } : {}),
	};

	return new NodeApiError(node, response, {
		message: createdSessions.has(error)
			? `${message} (session ${createdSessions.get(error)} was created)`
			: message,
		description,
		httpCode: error.status !== undefined ? String(error.status) : undefined,
		itemIndex,
	});
}
