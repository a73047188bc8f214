// Every nock test file refuses real connections, starts each test with no
// interceptor left over, and gives http back when it ends.
import nock from 'nock';

export const useNock = (): void => {
	beforeAll(() => nock.disableNetConnect());
	afterEach(() => nock.cleanAll());
	afterAll(() => {
		nock.enableNetConnect();
		nock.restore();
	});
};
