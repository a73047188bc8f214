// Runs inside an unzipped build.zip under Node 22, as Zapier's Lambda would:
// loads zapierwrapper.js and answers each event given as JSON on argv.
// Prints one JSON line per event: { ok, results } or { ok: false, name, message }.
const path = require('node:path');

const { handler } = require(path.resolve('zapierwrapper.js'));

async function main() {
	const events = JSON.parse(process.argv[2]);
	const answers = [];
	for (const event of events) {
		try {
			const output = await handler(event);
			answers.push({ ok: true, results: output.results });
		} catch (error) {
			answers.push({ ok: false, name: error.name, message: error.message });
		}
	}
	process.stdout.write(`${JSON.stringify({ node: process.version, answers })}\n`);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
