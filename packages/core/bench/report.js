// Turns the measured runs into the printed table and the verdicts.
'use strict';

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

function throughputLines(runs, verdicts) {
	const { totalBytes, uploads, bares, curls, memUploads, downloads } = runs;
	const client = rates(uploads, totalBytes);
	const lines = [`Throughput (MB/s)                          median   each run`];
	lines.push(rateRow('upload, client createSession', client));
	lines.push(rateRow('upload, bare node:http, same streams', rates(bares, totalBytes)));
	if (runs.curlMissing) {
		lines.push('  upload, curl                            missing: apt-get install -y curl');
		lines.push('  client / curl                            unknown   target >= 80 %  MISS');
		verdicts.push(false);
	} else {
		const ratio = median(client) / median(rates(curls, totalBytes));
		verdicts.push(ratio >= RATIO_TARGET);
		lines.push(rateRow('upload, curl -F files[i]=@...', rates(curls, totalBytes)));
		const text = `${num(ratio * 100, 8)} %`;
		lines.push(`  ${'client / curl'.padEnd(38)}${text}   target >= 80 %  ${verdict(verdicts[0])}`);
	}
	lines.push(rateRow('upload, client, first call of a process', rates(memUploads, totalBytes)));
	lines.push(rateRow('download to disk, client, first call', rates(downloads)));
	return lines;
}

function printReport(runs) {
	const verdicts = [];
	const lines = ['', `@onc/core benchmark on 127.0.0.1: ${runs.fileCount} PDFs of`];
	lines[1] += ` ${runs.totalBytes / MB / runs.fileCount} MB uploaded, 200 MB downloaded`;
	lines.push('(MB = 2^20 bytes; throughput rounds run in one warmed-up client process)', '');
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
