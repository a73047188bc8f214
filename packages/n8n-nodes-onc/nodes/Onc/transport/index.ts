import { OncClient } from '@onc/core';

import type { RequestContext } from './context';
import { N8nTransport, type OncCredentialType } from './n8nTransport';

export type { RequestContext } from './context';
export type { OncCredentialType } from './n8nTransport';

/** The credential type an `authentication` parameter value points at. */
export function credentialTypeOf(authentication: unknown): OncCredentialType {
	return authentication === 'accessToken' ? 'oncApi' : 'oncOAuth2Api';
}

/**
 * A core client that talks through n8n: core builds and reads the requests,
 * n8n adds the credential. The Base URL comes from the credential.
 */
export async function createClient(
	ctx: RequestContext,
	credentialType: OncCredentialType,
): Promise<OncClient> {
	const credentials = await ctx.getCredentials<{ baseUrl?: string }>(credentialType);
	const baseUrl = credentials.baseUrl?.trim().replace(/\/+$/, '') || undefined;

	return new OncClient(
		{ baseUrl, auth: 'transport' },
		{ transport: new N8nTransport(ctx, credentialType) },
	);
}
