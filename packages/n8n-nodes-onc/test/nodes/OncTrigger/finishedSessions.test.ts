// FinishedSessions: the memory that makes the trigger fire once per session.
import type { IDataObject } from 'n8n-workflow';

import { FinishedSessions, sessionIdFrom } from '../../../nodes/OncTrigger/finishedSessions';

describe('FinishedSessions', () => {
	it('refuses a second claim while the first arrival is being checked', () => {
		const sessions = new FinishedSessions({}, 'wf:node');

		expect(sessions.claim('s1')).toBe(true);
		expect(sessions.claim('s1')).toBe(false);
		sessions.release('s1');
		expect(sessions.claim('s1')).toBe(true);
		sessions.release('s1');
	});

	it('keeps fired sessions in static data, the latest thousand', () => {
		const staticData: IDataObject = {};
		const sessions = new FinishedSessions(staticData, 'wf:node');

		for (let i = 0; i < 1005; i++) sessions.markFired(`s${i}`);

		expect(staticData.firedSessions).toHaveLength(1000);
		expect(sessions.claim('s1004')).toBe(false);
		expect(sessions.claim('s0')).toBe(true);
		sessions.release('s0');
	});
});

describe('sessionIdFrom', () => {
	it('takes onc_session_id only when it looks like a session id', () => {
		expect(sessionIdFrom({ onc_session_id: '97f1cd16-5e43-11ee' })).toBe('97f1cd16-5e43-11ee');
		expect(sessionIdFrom({ onc_session_id: 'a b' })).toBeUndefined();
		expect(sessionIdFrom({ onc_session_id: ['x', 'y'] })).toBeUndefined();
		expect(sessionIdFrom({})).toBeUndefined();
	});
});
