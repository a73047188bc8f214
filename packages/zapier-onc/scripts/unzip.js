// Unpacks a zip keeping its folders (build.zip holds a node_modules tree).
const fs = require('node:fs');
const path = require('node:path');
const { pipeline } = require('node:stream/promises');
const yauzl = require('yauzl');

const open = (file) =>
	new Promise((resolve, reject) =>
		yauzl.open(file, { lazyEntries: true }, (err, zip) => (err ? reject(err) : resolve(zip))),
	);

module.exports.unzipTo = async (file, dir) => {
	const zip = await open(file);
	await new Promise((resolve, reject) => {
		zip.on('error', reject);
		zip.on('end', resolve);
		zip.on('entry', (entry) => {
			const target = path.resolve(dir, entry.fileName);
			if (!target.startsWith(path.resolve(dir) + path.sep))
				return reject(new Error(`unsafe entry ${entry.fileName}`));
			if (entry.fileName.endsWith('/')) {
				fs.mkdirSync(target, { recursive: true });
				return zip.readEntry();
			}
			fs.mkdirSync(path.dirname(target), { recursive: true });
			zip.openReadStream(entry, (err, stream) => {
				if (err) return reject(err);
				pipeline(stream, fs.createWriteStream(target)).then(() => zip.readEntry(), reject);
			});
		});
		zip.readEntry();
	});
};
