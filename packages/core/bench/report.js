// Turns the measured runs into the printed table and the verdicts.
'use strict';

const os = require('node:os');

const MB = 1024 * 1024;
const MEMORY_LIMIT_MB = 64;
const RATIO_TARGET = 0.8;

function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const rates = (runs, bytes) => runs.map((run) => (bytes ?? run.bytes) / MB / run.seconds);
const num = (n, width) => n.toFixed(1).padStart(width);
const verdict = (ok) => (ok ? 'PASS' : 'MISS');

function rateRow(label, values) {
	const each = values.map((v) => v.toFixed(0)).join(' ');
	return `  ${label.padEnd(40)}${num(median(values), 8)}   ${each}`;
}

// Growth counts as the sampled RSS rise or the JS heap plus Buffer memory,
// whichever is larger, so buffering shows up however the client does it.
function memoryRow(label, runs) {
	const keys = ['rssMB', 'heapMB', 'externalMB', 'maxRssMB'];
	const m = Object.fromEntries(keys.map((k) => [k, Math.max(...runs.map((r) => r.memory[k]))]));
	const ok = Math.max(m.rssMB, m.heapMB + m.externalMB) < MEMORY_LIMIT_MB;
	const cells = keys.map((k) => num(m[k], 10)).join('');
	return { ok, line: `  ${label.padEnd(24)}${cells}   < ${MEMORY_LIMIT_MB}  ${verdict(ok)}` };
}

function ratioLine(label, client, reference, target) {
	const ratio = median(client) / median(reference);
	const text = `${num(ratio * 100, 8)} %`;
	const judged = target ? `target >= 80 %  ${verdict(ratio >= RATIO_TARGET)}` : '(information)';
	return { ok: ratio >= RATIO_TARGET, line: `  ${label.padEnd(38)}${text}   ${judged}` };
}

function throughputLines(runs, verdicts) {
	const { totalBytes, curlMissing, linkMBps } = runs;
	const client = rates(runs.uploads, totalBytes);
	const bare = rates(runs.bares, totalBytes);
	const lines = [`Upload throughput (MB/s), loopback          median   each run`];
	lines.push(rateRow('client createSession, file streams', client));
	lines.push(rateRow('bare node:http, same streams, 1 MB reads', bare));
	if (curlMissing) {
		lines.push('  curl                                    missing: apt-get install -y curl');
		lines.push('  client / curl                            unknown   target >= 80 %  MISS');
		verdicts.push(false);
	} else {
		lines.push(rateRow('curl -F files[i]=@...', rates(runs.curls, totalBytes)));
		const judged = ratioLine('client / curl', client, rates(runs.curls, totalBytes), true);
		lines.push(judged.line);
		verdicts.push(judged.ok);
	}
	lines.push(ratioLine('client / bare node:http', client, bare, false).line);
	const big = rates(runs.bigChunkUploads, totalBytes);
	lines.push(rateRow('client, streams read in 256 KB chunks', big));
	if (!curlMissing) {
		lines.push(ratioLine('that / curl', big, rates(runs.curls, totalBytes), false).line);
	}
	for (const [label, list] of [
		['bare, async reads into reused buffers', runs.pooledBares],
		['bare, sync reads into reused buffers', runs.syncBares],
	]) {
		lines.push(rateRow(label, rates(list, totalBytes)));
		if (curlMissing) continue;
		lines.push(
			ratioLine('that / curl', rates(list, totalBytes), rates(runs.curls, totalBytes), false).line,
		);
	}
	lines.push('', `Upload throughput (MB/s), link held to ${linkMBps} MB/s by the server`);
	const linkClient = rates(runs.linkUploads, totalBytes);
	lines.push(rateRow('client createSession, file streams', linkClient));
	if (!curlMissing) {
		const linkCurl = rates(runs.linkCurls, totalBytes);
		lines.push(rateRow('curl -F files[i]=@...', linkCurl));
		lines.push(ratioLine('client / curl', linkClient, linkCurl, false).line);
	}
	lines.push('', 'First call in a fresh process (MB/s)');
	lines.push(rateRow('upload, client createSession', rates(runs.memUploads, totalBytes)));
	lines.push(rateRow('download to disk, downloadFilesStream', rates(runs.downloads)));
	return lines;
}

function printReport(runs) {
	const verdicts = [];
	const lines = ['', `@onc/core benchmark on 127.0.0.1: ${runs.fileCount} PDFs of`];
	lines[1] += ` ${runs.totalBytes / MB / runs.fileCount} MB uploaded, 200 MB downloaded`;
	lines.push('(MB = 2^20 bytes; throughput rounds run in one warmed-up client process)');
	// Other work on the machine moves loopback figures a lot; say how busy it was.
	const load = os.loadavg()[0].toFixed(1);
	lines.push(
		`(load average ${load} on ${os.cpus().length} cores when the figures were printed)`,
		'',
	);
	lines.push(...throughputLines(runs, verdicts), '');
	lines.push(`Client peak memory growth, MB, worst of ${runs.downloads.length} fresh processes`);
	lines.push(`  ${''.padEnd(24)}       RSS  heapUsed  external    maxRSS   target`);
	for (const [label, list] of [
		['upload (createSession)', runs.memUploads],
		['download (stream)', runs.downloads],
	]) {
		const row = memoryRow(label, list);
		lines.push(row.line);
		verdicts.push(row.ok);
	}
	lines.push(
		memoryRow('bare node:http upload', runs.memBares).line.replace(/(PASS|MISS)$/, '(reference)'),
	);
	const met = verdicts.filter(Boolean).length;
	lines.push(
		'',
		`Overall: ${verdict(met === verdicts.length)} (${met} of ${verdicts.length} targets met)`,
	);
	console.log(lines.join('\n'));
}

module.exports = { printReport };
