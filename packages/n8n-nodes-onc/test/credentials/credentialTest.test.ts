// The credential test both credential types share, run the way n8n runs it, against the sandbox.
import type { ICredentialTestRequest } from 'n8n-workflow';

import { OncApi } from '../../credentials/OncApi.credentials';
import { OncOAuth2Api } from '../../credentials/OncOAuth2Api.credentials';
import { useSandbox } from '../support/sandbox';

/** n8n's verdict for a declarative test whose request lets status errors through. */
async function verdict(test: ICredentialTestRequest, baseUrl: string, token: string) {
	const url = `${baseUrl.replace(/\/+$/, '')}${test.request.url}`;
	const res = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
	const body = (await res.json()) as Record<string, unknown>;
	for (const rule of test.rules ?? []) {
		if (
			rule.type === 'responseSuccessBody' &&
			body[rule.properties.key] === rule.properties.value
		) {
			return { status: 'Error', message: rule.properties.message };
		}
	}
	return { status: 'OK' };
}

describe('oncCredentialTest', () => {
	const sandbox = useSandbox();

	it('accepts a token the service knows, though the probed session does not exist', async () => {
		const sb = sandbox();

		const result = await verdict(new OncApi().test, sb.baseUrl, sb.token);

		expect(result).toEqual({ status: 'OK' });
	});

	it('fails a token the service refuses, saying what to do', async () => {
		const sb = sandbox();

		const result = await verdict(new OncOAuth2Api().test, `${sb.baseUrl}/`, 'stale-token');

		expect(result.status).toBe('Error');
		expect(result.message).toContain('refused this credential (invalid_token)');
	});

	it('lets status errors through so that the rules decide', () => {
		const { request } = new OncApi().test;

		expect(request.ignoreHttpStatusErrors).toBe(true);
		expect(request.method).toBe('GET');
		expect(request.url).toMatch(/^\/api\/download-notarized-files\//);
	});
});
