// One PDF served on 127.0.0.1, as a file link a Zap would pass.
const http = require('node:http');

module.exports.serveFile = async (name, data) => {
	const server = http.createServer((req, res) => {
		if (req.url !== `/${name}`) return res.writeHead(404).end();
		res
			.writeHead(200, { 'Content-Type': 'application/pdf', 'Content-Length': data.length })
			.end(data);
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		url: `http://127.0.0.1:${server.address().port}/${name}`,
		close: () => new Promise((resolve) => server.close(resolve)),
	};
};
