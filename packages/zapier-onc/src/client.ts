import { OncClient } from '@onc/core';
import type { Bundle, ZObject } from 'zapier-platform-core';
import { baseUrl } from './config';
import { ZapierTransport } from './transport';

// Zapier ends a step after about 30 seconds and retries throttled or failed
// steps itself, so core retries briefly and leaves the rest to Zapier.
const RETRY = { maxAttempts: 2, maxTotalMs: 8000 };

/** Core's options for any call from the app: through z.request, with brief retries. */
export const transportOptions = (z: ZObject) => ({
	transport: new ZapierTransport(z),
	retry: RETRY,
});

/** A core client that sends through z.request with the connection's token. */
export const clientFor = (z: ZObject, bundle: Bundle): OncClient =>
	new OncClient(
		{ baseUrl: baseUrl(), accessToken: String(bundle.authData.access_token ?? '') },
		transportOptions(z),
	);
