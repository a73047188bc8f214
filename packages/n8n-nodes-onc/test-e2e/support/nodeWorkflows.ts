// The workflows the `n8n execute` suite runs: each operation step by step with an
// access token, Send with OAuth2 across token expiries, and a failing download.
import { join } from 'node:path';

import * as wf from './workflows';

const signer = { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.test' };

/** `files` is n8n's files folder (holding contract.pdf); the OAuth2 flow waits out tokens of `tokenTtlSeconds`. */
export function nodeWorkflows(files: string, sandboxUrl: string, tokenTtlSeconds: number) {
	const session = "{{ $('Create').item.json.sessionId }}";
	return [
		wf.chain('oncE2eTokenFlow1', 'ONC step by step (token)', [
			wf.trigger(),
			wf.readFile('Read PDF', join(files, 'contract.pdf')),
			wf.onc('Create', 'token', {
				resource: 'notarySession',
				operation: 'create',
				binaryPropertyNames: 'data',
			}),
			wf.onc('Add Signers', 'token', {
				resource: 'notarySession',
				operation: 'addSigners',
				sessionId: '={{ $json.sessionId }}',
				contactType: 'other',
				...signer,
				otherSigners: {
					signers: [{ firstName: 'Alan', lastName: 'Turing', email: 'alan@example.test' }],
				},
			}),
			wf.onc('Prepare', 'token', {
				resource: 'notarySession',
				operation: 'prepare',
				sessionId: '={{ $json.sessionId }}',
				redirectUri: 'https://crm.example.test/signed?deal=42',
				businessPay: true,
			}),
			wf.finishInSandbox('Finish Signing', sandboxUrl, session),
			wf.onc('Download', 'token', {
				resource: 'notarySession',
				operation: 'download',
				sessionId: `=${session}`,
				binaryPropertyName: 'data',
			}),
			wf.writeFile('Write Zip', join(files, 'signed.zip')),
		]),
		wf.chain('oncE2eOauthFlow1', 'ONC send with OAuth2 and expiring tokens', [
			wf.trigger(),
			wf.readFile('Read PDF', join(files, 'contract.pdf')),
			wf.onc('Send', 'oauth', {
				resource: 'esignSession',
				operation: 'send',
				binaryPropertyNames: 'data',
				...signer,
				redirectUri: 'https://crm.example.test/esigned',
			}),
			wf.finishInSandbox('Finish Signing', sandboxUrl, "{{ $('Send').item.json.sessionId }}"),
			wf.wait('Let Token Expire', tokenTtlSeconds + 2),
			wf.onc('Download', 'oauth', {
				resource: 'esignSession',
				operation: 'download',
				sessionId: "={{ $('Send').item.json.sessionId }}",
				binaryPropertyName: 'data',
			}),
			wf.writeFile('Write Zip', join(files, 'oauth-signed.zip')),
			wf.wait('Let Token Expire Again', tokenTtlSeconds + 2),
			wf.readFile('Read PDF Again', join(files, 'contract.pdf')),
			wf.onc('Create', 'oauth', {
				resource: 'esignSession',
				operation: 'create',
				binaryPropertyNames: 'data',
			}),
		]),
		wf.chain('oncE2eFailStop01', 'ONC failing download', [
			wf.trigger(),
			wf.onc('Download', 'token', {
				resource: 'notarySession',
				operation: 'download',
				sessionId: 'no-such-session',
			}),
		]),
		wf.chain('oncE2eFailCont01', 'ONC failing download, continue on fail', [
			wf.trigger(),
			wf.onc(
				'Download',
				'token',
				{ resource: 'notarySession', operation: 'download', sessionId: 'no-such-session' },
				{ onError: 'continueRegularOutput' },
			),
		]),
	];
}
