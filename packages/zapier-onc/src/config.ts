import { PRODUCTION_BASE_URL } from '@onc/core';

// The app reads its settings from the environment Zapier gives it (set with
// `zapier-platform env:set`), so one build serves production and test servers.

export const baseUrl = (): string => process.env.ONC_BASE_URL || PRODUCTION_BASE_URL;

const required = (name: 'CLIENT_ID' | 'CLIENT_SECRET'): string => {
	const value = process.env[name];
	if (!value) {
		throw new Error(
			`The app is missing its ${name} setting. The app's developer must set it with "zapier-platform env:set".`,
		);
	}
	return value;
};

export const clientId = (): string => required('CLIENT_ID');
export const clientSecret = (): string => required('CLIENT_SECRET');
