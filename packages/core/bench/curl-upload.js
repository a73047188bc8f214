// Uploads the same files with curl, the reference the client is held to.
'use strict';

const { execFileSync, spawn } = require('node:child_process');

const CURL = '/usr/bin/curl';

function curlPath() {
	for (const candidate of [CURL, 'curl']) {
		try {
			execFileSync(candidate, ['--version'], { stdio: 'ignore' });
			return candidate;
		} catch {
			// try the next place
		}
	}
	return null;
}

// curl's own clock (time_total) is used, so its process start-up is not
// charged to it; the client's figure likewise starts at the call.
function curlUpload(curl, port, files) {
	const args = ['-s', '--noproxy', '*', '-H', 'Authorization: Bearer bench-token'];
	files.forEach((f, i) => args.push('-F', `files[${i}]=@${f.path};type=application/pdf`));
	args.push('-w', '\n%{time_total}', `http://127.0.0.1:${port}/api/create-notary-session`);

	return new Promise((resolve, reject) => {
		const child = spawn(curl, args, { stdio: ['ignore', 'pipe', 'inherit'] });
		let out = '';
		child.stdout.on('data', (d) => (out += d));
		child.on('error', reject);
		child.on('close', (code) => {
			if (code !== 0) return reject(new Error(`curl exited with code ${code}`));
			const [body, seconds] = out.split('\n');
			const answer = JSON.parse(body);
			resolve({
				seconds: Number(seconds),
				bytes: answer.received_bytes,
				parts: answer.received_parts,
			});
		});
	});
}

module.exports = { curlPath, curlUpload };
