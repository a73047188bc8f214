module.exports = {
	...require('../../jest.preset'),
	// dist/app holds a second package.json with the same name.
	modulePathIgnorePatterns: ['<rootDir>/dist/'],
};
