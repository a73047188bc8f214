// The whole ONC flow on a local sandbox, through the ONC client: create a
// notary session, add two signers, prepare it, sign as each signer, download
// and unpack the signed files. Exits non-zero as soon as a step fails.
/* global fetch -- built into Node.js 18 and later */
const path = require('node:path');
const { OncClient, OncNotReadyError, redirectUriWithSessionId } = require('@onc/core');
const { startSandbox, samplePdf, extractZip } = require('@onc/sandbox');

const OUTPUT_DIR = path.join(__dirname, '..', '.demo-output');

function step(title) {
	console.log(`\n== ${title}`);
}

async function control(sandbox, method, urlPath, body) {
	const res = await fetch(`${sandbox.baseUrl}${urlPath}`, {
		method,
		headers: body ? { 'Content-Type': 'application/json' } : {},
		body: body ? JSON.stringify(body) : undefined,
	});
	if (!res.ok) throw new Error(`${method} ${urlPath} answered ${res.status}: ${await res.text()}`);
	return res.json();
}

async function runFlow(sandbox) {
	const client = new OncClient({ baseUrl: sandbox.baseUrl, accessToken: sandbox.token });

	step('Make two sample PDFs');
	const files = [
		{
			fileName: 'purchase-agreement.pdf',
			data: await samplePdf('Purchase agreement', ['Seller: Ada Lovelace', 'Buyer: Alan Turing']),
		},
		{
			fileName: 'affidavit.pdf',
			data: await samplePdf('Affidavit', ['I, Ada Lovelace, declare that this demo works.']),
		},
	];
	for (const file of files) console.log(`${file.fileName}: ${file.data.length} bytes`);

	step('Create a notary session');
	const created = await client.createSession('notary', files);
	const sessionId = created.sessionId;
	console.log(`session id: ${sessionId} (status ${created.status})`);

	step('Add two signers');
	const signers = await client.addSigners('notary', sessionId, {
		contactType: 'self',
		shareRoom: false,
		signer: {
			firstName: 'Ada',
			lastName: 'Lovelace',
			email: 'ada@example.com',
			phone: '555 010 0001',
		},
		otherSigners: [
			{ firstName: 'Alan', lastName: 'Turing', email: 'alan@example.com', phone: '555 010 0002' },
		],
	});
	console.log(`status: ${signers.status}`);

	step('Prepare the session and notify the signers');
	const redirectUri = redirectUriWithSessionId('https://example.com/onc-finished', sessionId);
	const prepared = await client.prepareSession('notary', sessionId, {
		redirectUri,
		businessPay: true,
	});
	console.log(`session link: ${prepared.sessionLink}`);
	console.log(`passcode:     ${prepared.passcode}`);
	console.log(`signers land on ${redirectUri} when done`);

	step('Outbox: what the signers received');
	const outbox = await control(sandbox, 'GET', `/sandbox/outbox?sessionId=${sessionId}`);
	for (const message of outbox) {
		console.log(
			`to ${message.name} <${message.to}>: "${message.subject}" ${message.sessionLink} passcode ${message.passcode}`,
		);
	}
	console.log(`(all messages as a page: ${sandbox.baseUrl}/sandbox/outbox.html)`);

	step('Download before anyone has signed');
	try {
		await client.downloadFiles(sessionId);
		throw new Error('download succeeded before the session was finished');
	} catch (err) {
		if (!(err instanceof OncNotReadyError)) throw err;
		console.log(`not ready, as expected: ${err.message}`);
	}

	step('Sign as each signer');
	for (const message of outbox) {
		const session = await control(sandbox, 'POST', `/sandbox/sessions/${sessionId}/sign`, {
			email: message.to,
		});
		console.log(`${message.name} signed; session status: ${session.status}`);
	}

	step('Download the signed files');
	const download = await client.downloadFiles(sessionId);
	console.log(`${download.fileName}: ${download.data.length} bytes (${download.contentType})`);
	const paths = await extractZip(download.data, path.join(OUTPUT_DIR, sessionId));
	for (const file of paths) console.log(`signed file: ${path.relative(process.cwd(), file)}`);
	if (paths.length !== files.length)
		throw new Error(`expected ${files.length} files in the zip, found ${paths.length}`);
}

async function main() {
	step('Start the ONC sandbox');
	const sandbox = await startSandbox({ port: 0 });
	console.log(`sandbox running at ${sandbox.baseUrl}`);
	try {
		await runFlow(sandbox);
		console.log('\nDemo finished: every step worked.');
	} finally {
		await sandbox.close();
		console.log('sandbox stopped');
	}
}

main().catch((err) => {
	console.error(`\nDemo failed: ${err.message}`);
	if (err.sessionId) console.error(`(session ${err.sessionId} was created on the sandbox)`);
	process.exitCode = 1;
});
