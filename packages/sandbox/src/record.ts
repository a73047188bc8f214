import type { StoredSession } from './model';

/** `YYYY-MM-DD HH:MM:SS` in UTC, the vendor's date format. */
export function vendorDate(iso: string): string {
	return iso.slice(0, 19).replace('T', ' ');
}

/** The session record as the vendor's add-signers answer shows it: strings for numbers and flags. */
export function vendorRecord(session: StoredSession): Record<string, unknown> {
	return {
		notary_id: session.id,
		type: session.kind,
		title: session.title,
		status: session.status,
		notarial_act: '',
		meeting_date: null,
		meeting_start: '00:00:00',
		meeting_end: '00:00:00',
		user_live_date: null,
		is_live: '0',
		vonage_sess_id: '',
		notarized_by: '0',
		payment_type: session.prepare?.business_pay === 'true' ? 'business' : 'standard',
		loan_signing: '0',
		notary_ip_address: '',
		journal_note: '',
		created_by: session.createdBy,
		redirect_uri: session.prepare?.redirect_uri ?? '',
		date_created: vendorDate(session.createdAt),
		active: '1',
	};
}

/** The session as stored, for the control endpoint: no blob keys, everything else as kept. */
export function controlView(session: StoredSession): Record<string, unknown> {
	const { files, ...rest } = session;
	return {
		...rest,
		files: files.map((f) => ({ fileName: f.fileName, size: f.size, stamped: f.stamped ?? null })),
	};
}
