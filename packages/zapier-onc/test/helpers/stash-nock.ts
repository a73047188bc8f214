// Zapier's file stash, as z.stashFile calls it: an RPC for a signed upload
// form, then a multipart POST of the file to the storage it names.
import nock from 'nock';

export const ZAPIER = 'https://zapier.example.test';
const STORAGE = 'https://storage.example.test';

export const nockStash = (key: string) => {
	let uploaded = '';
	const rpc = nock(ZAPIER)
		.post('/platform/rpc/cli', (body) => body.method === 'get_presigned_upload_post_data')
		.matchHeader('x-deploy-key', 'test-deploy-key')
		.reply(200, (_uri, body) => ({
			id: (typeof body === 'string' ? JSON.parse(body) : body).id,
			result: { url: `${STORAGE}/`, fields: { key, policy: 'p' } },
		}));
	const storage = nock(STORAGE)
		.post('/', (body) => ((uploaded = String(body)), true))
		.reply(204);
	return {
		url: `${STORAGE}/${key}`,
		uploaded: () => uploaded,
		done: () => {
			rpc.done();
			storage.done();
		},
	};
};
