import { OncNotFoundError, OncNotReadyError } from '@onc/core';
import {
	NodeConnectionTypes,
	type IBinaryKeyData,
	type IHookFunctions,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';

import { authenticationProperty, oncCredentials } from '../Onc/descriptions/authentication';
import { createClient, credentialTypeOf } from '../Onc/transport';
import { FinishedSessions, sessionIdFrom } from './finishedSessions';
import { answerSigner } from './landingPage';

/**
 * Unknown, unfinished or forged sessions are expected here and stay silent.
 * A refused credential or an unreachable service would make the trigger
 * never fire, so that is logged for whoever runs n8n.
 */
function reportUnexpected(ctx: IWebhookFunctions, error: unknown): void {
	if (error instanceof OncNotFoundError || error instanceof OncNotReadyError) return;
	const what = error instanceof Error ? error.message : String(error);
	ctx.logger.warn(`Online Notary Center Trigger could not check a finished session: ${what}`);
}

export class OncTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Online Notary Center Trigger',
		name: 'oncTrigger',
		icon: { light: 'file:onc.svg', dark: 'file:onc.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: 'Session Finished',
		description: 'Starts the workflow when the signers of an Online Notary Center session finish',
		defaults: { name: 'Online Notary Center Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: oncCredentials,
		webhooks: [
			{ name: 'default', httpMethod: 'GET', responseMode: 'onReceived', path: 'session-finished' },
		],
		properties: [
			{
				displayName:
					"Give this trigger's Production URL as the Redirect URI of the Prepare or Send operation. When the signers finish, their browser comes here; the trigger checks with Online Notary Center that the signed files are ready, then starts the workflow once for that session.",
				name: 'notice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				options: [{ name: 'Session Finished', value: 'sessionFinished' }],
				default: 'sessionFinished',
			},
			authenticationProperty,
			{
				displayName: 'Download Signed Files',
				name: 'downloadZip',
				type: 'boolean',
				default: true,
				description: 'Whether to output the signed files as a zip in a binary field',
			},
			{
				displayName: 'Put Output File in Field',
				name: 'binaryPropertyName',
				type: 'string',
				default: 'data',
				displayOptions: { show: { downloadZip: [true] } },
				hint: 'The name of the output binary field to put the zip of signed files in',
			},
			{
				displayName: 'Final Page URL',
				name: 'finalPageUrl',
				type: 'string',
				default: '',
				placeholder: 'e.g. https://www.example.com/thank-you',
				description:
					'Where to send the signers afterwards. Leave empty to show them a short thank-you page.',
			},
		],
	};

	// ONC has no webhook registry: the URL travels with each session as its
	// redirect, so there is nothing to register, check or remove.
	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return true;
			},
		},
	};

	// Nothing a request carries is trusted: the session fires only once ONC
	// itself serves its signed files, and every caller gets the same answer.
	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		answerSigner(this, (this.getNodeParameter('finalPageUrl', '') as string).trim());
		const quiet: IWebhookResponseData = { noWebhookResponse: true };

		const sessionId = sessionIdFrom(this.getQueryData());
		if (!sessionId) return quiet;
		const sessions = new FinishedSessions(
			this.getWorkflowStaticData('node'),
			`${this.getWorkflow().id ?? ''}:${this.getNode().id}`,
		);
		if (!sessions.claim(sessionId)) return quiet;

		try {
			const credentialType = credentialTypeOf(this.getNodeParameter('authentication', 'oAuth2'));
			const client = await createClient(this, credentialType);
			const zip = await client.downloadFilesStream(sessionId).catch((error: unknown) => {
				reportUnexpected(this, error);
				return undefined;
			});
			if (!zip) return quiet;

			const binary: IBinaryKeyData = {};
			if (this.getNodeParameter('downloadZip', true) === true) {
				const property = this.getNodeParameter('binaryPropertyName', 'data') as string;
				binary[property] = await this.helpers.prepareBinaryData(
					zip.stream,
					zip.fileName,
					'application/zip',
				);
			} else {
				zip.stream.destroy();
			}
			sessions.markFired(sessionId);

			return {
				...quiet,
				workflowData: [
					[
						{
							json: { sessionId, event: 'sessionFinished', fileName: zip.fileName },
							...(Object.keys(binary).length ? { binary } : {}),
						},
					],
				],
			};
		} finally {
			sessions.release(sessionId);
		}
	}
}
