// Every nock test starts with no interceptor and real connections refused, and leaves it so.
import nock from 'nock';

export const HOST = 'https://onc.example.test';

export function useNock(): void {
	beforeEach(() => {
		nock.disableNetConnect();
	});
	afterEach(() => {
		nock.cleanAll();
		nock.enableNetConnect();
	});
}
