// Loads the app and Zapier's tester only after the environment is set, since
// zapier-platform-core reads ZAPIER_BASE_ENDPOINT when it is first loaded.
import type { Bundle, ZObject } from 'zapier-platform-core';

export const ONC = 'https://onc.example.test';

type AdHoc = (z: ZObject, bundle: Bundle) => unknown;
type Tree = { [key: string]: unknown };

export interface Loaded {
	/** Runs a function of the app, named by its path ('creates.add_signers.operation.perform'). */
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each test reads its own result shape
	run: (method: string | AdHoc, bundle?: Partial<Bundle> | Tree) => Promise<any>;
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the app definition as tests inspect it
	app: any;
	zapier: typeof import('zapier-platform-core');
}

export const loadApp = (env: Record<string, string>): Loaded => {
	Object.assign(process.env, {
		CLIENT_ID: 'zap-client',
		CLIENT_SECRET: 'zap-secret',
		ZAPIER_DEPLOY_KEY: 'test-deploy-key',
		...env,
	});
	const zapier = require('zapier-platform-core');
	const app = require('../../src/index').default;
	const tester = zapier.createAppTester(app);
	const find = (method: string | AdHoc) =>
		typeof method === 'string'
			? method.split('.').reduce((node: unknown, key) => (node as Tree)?.[key], app)
			: method;
	return { run: (method, bundle = {}) => tester(find(method), bundle), app, zapier };
};

export const authed = (inputData: Tree = {}) => ({
	authData: { access_token: 'access-1', refresh_token: 'refresh-1' },
	inputData,
});
