/** Escapes text for HTML bodies and attribute values. */
export function escapeHtml(value: string): string {
	return value
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
}

const STYLE = `body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.4rem}.note{color:#555}.error{color:#a00;font-weight:600}
button{font-size:1rem;padding:.4rem 1rem;margin:.2rem 0}input{font-size:1rem;padding:.3rem}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem .5rem;text-align:left}
.banner{background:#fff3cd;padding:.4rem .6rem;border-radius:4px;font-size:.9rem}`;

/** A whole page around `body` (already escaped HTML). */
export function page(title: string, body: string): string {
	return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>${STYLE}</style></head>
<body><p class="banner">ONC sandbox: a local stand-in for Online Notary Center. Nothing here is legally signed.</p>
<h1>${escapeHtml(title)}</h1>
${body}
</body></html>`;
}
