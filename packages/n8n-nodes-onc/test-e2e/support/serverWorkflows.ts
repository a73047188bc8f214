// The workflows the `n8n start` suite publishes besides the README examples.
import { join } from 'node:path';

import * as wf from './workflows';

const signer = (email: string) => ({ firstName: 'Grace', lastName: 'Hopper', email });

/** The suite's own workflows: the trigger, a Send that redirects to it, and a Send that waits. */
export function suiteWorkflows(files: string, triggerWebhookId: string, triggerUrl: string) {
	return [
		wf.chain('oncE2eTrigger001', 'ONC trigger writes the signed zip', [
			wf.oncTrigger('Session Finished', triggerWebhookId, {
				downloadZip: true,
				binaryPropertyName: 'data',
			}),
			wf.writeFile('Write Zip', `=${files}/trigger-{{ $json.sessionId }}-{{ $execution.id }}.zip`),
		]),
		wf.chain('oncE2eKickSend01', 'Send with the trigger as redirect', [
			wf.webhook('Start', 'onc-e2e-send', 'lastNode'),
			wf.readFile('Read PDF', join(files, 'contract.pdf')),
			wf.onc('Send', 'token', {
				resource: 'esignSession',
				operation: 'send',
				binaryPropertyNames: 'data',
				...signer('={{ $("Start").item.json.query.email }}'),
				redirectUri: triggerUrl,
			}),
		]),
		wf.chain('oncE2eWaitExam01', 'Send, wait for the signer, download', [
			wf.webhook('Start', 'onc-e2e-wait', 'onReceived'),
			wf.readFile('Read PDF', join(files, 'contract.pdf')),
			wf.onc('Send', 'token', {
				resource: 'notarySession',
				operation: 'send',
				binaryPropertyNames: 'data',
				...signer('wait-signer@example.test'),
				redirectUri: '={{ $execution.resumeUrl }}',
			}),
			wf.waitForWebhook('Wait for Signers'),
			wf.onc('Download', 'token', {
				resource: 'notarySession',
				operation: 'download',
				sessionId: '={{ $json.query.onc_session_id }}',
				binaryPropertyName: 'data',
			}),
			wf.writeFile('Write Zip', `=${files}/wait-{{ $json.sessionId }}.zip`),
		]),
	];
}
