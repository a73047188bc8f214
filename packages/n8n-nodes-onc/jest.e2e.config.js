// The end-to-end test runs the built, packed node in a real n8n, and the sandbox from its build.
const path = require('node:path');

module.exports = {
	testEnvironment: 'node',
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: path.join(__dirname, '../../tsconfig.test.json') }],
	},
	testMatch: ['<rootDir>/test-e2e/**/*.e2e.test.ts'],
	testTimeout: 5 * 60_000,
	maxWorkers: 1,
};
