// Shared jest settings: TypeScript through ts-jest, and workspace packages
// resolved to their sources so tests never depend on a stale build.
const path = require('node:path');

module.exports = {
	testEnvironment: 'node',
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: path.join(__dirname, 'tsconfig.test.json') }],
	},
	moduleNameMapper: {
		'^@onc/core$': path.join(__dirname, 'packages/core/src/index.ts'),
		'^@onc/sandbox$': path.join(__dirname, 'packages/sandbox/src/index.ts'),
	},
	testMatch: ['<rootDir>/test/**/*.test.ts'],
	clearMocks: true,
	restoreMocks: true,
};
