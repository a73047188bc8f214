// Create, add signers and prepare are sent again only when nothing can have reached ONC.
import nock from 'nock';
import { Readable } from 'node:stream';
import { OncNetworkError, OncRateLimitError, OncServerError } from '../src';
import { BASE, failingTransport, makeClient, pdf, rejection, useNock } from './helpers';

useNock();

const signers = {
	contactType: 'self' as const,
	shareRoom: false,
	signer: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com' },
};

describe('state-changing calls', () => {
	it('does not repeat create after a 503', async () => {
		const { client } = makeClient();
		const scope = nock(BASE).post('/api/create-notary-session').reply(503, { error: 'busy' });

		const error = await rejection(
			client.createSession('notary', [{ fileName: 'a.pdf', data: pdf() }]),
		);

		scope.done();
		expect(error).toBeInstanceOf(OncServerError);
		expect(nock.pendingMocks()).toEqual([]);
	});

	it('does not repeat prepare after a connection reset', async () => {
		const transport = failingTransport(['ECONNRESET']);
		const { client } = makeClient({ transport });

		const error = await rejection(client.prepareSession('notary', 's-1'));

		expect(transport.calls).toBe(1);
		expect(error).toBeInstanceOf(OncNetworkError);
		expect(error.code).toBe('ECONNRESET');
		expect(error.sessionId).toBe('s-1');
	});

	it('does not repeat add signers after a 429', async () => {
		const { client } = makeClient();
		const scope = nock(BASE)
			.post('/api/update-esign-signers')
			.reply(429, '', { 'Retry-After': '1' });

		const error = await rejection(client.addSigners('esign', 's-1', signers));

		scope.done();
		expect(error).toBeInstanceOf(OncRateLimitError);
	});

	it('repeats add signers when the connection was refused, since nothing reached ONC', async () => {
		const transport = failingTransport(['ECONNREFUSED']);
		const { client, clock } = makeClient({ transport });
		const scope = nock(BASE)
			.post('/api/update-esign-signers')
			.reply(200, { notary_id: 's-1', status: 'pending' });

		const result = await client.addSigners('esign', 's-1', signers);

		scope.done();
		expect(result.status).toBe('pending');
		expect(clock.sleeps).toEqual([250]);
	});

	it('repeats create from buffers when the connection was refused, sending the same parts again', async () => {
		const transport = failingTransport(['ECONNREFUSED']);
		const { client } = makeClient({ transport });
		const bodies: string[] = [];
		const scope = nock(BASE)
			.post('/api/create-esign-session', (body) => bodies.push(String(body)) > 0)
			.reply(200, { notary_id: 'e-9' });

		const created = await client.createSession('esign', [
			{ fileName: 'a.pdf', data: pdf('again') },
		]);

		scope.done();
		expect(created.sessionId).toBe('e-9');
		expect(bodies[0]).toContain(pdf('again').toString());
	});

	it('does not repeat create from a stream that was already read, even when refused', async () => {
		const transport = failingTransport(['ECONNREFUSED']);
		const { client } = makeClient({ transport });

		const error = await rejection(
			client.createSession('esign', [{ fileName: 'a.pdf', data: Readable.from([pdf()]) }]),
		);

		expect(transport.calls).toBe(1);
		expect(error.code).toBe('ECONNREFUSED');
	});

	it('repeats create from a stream when the connection was refused before any of it was read', async () => {
		const transport = failingTransport(['ECONNREFUSED'], false);
		const { client } = makeClient({ transport });
		const scope = nock(BASE)
			.post('/api/create-esign-session', (body) => String(body).includes(pdf('late').toString()))
			.reply(200, { notary_id: 'e-10' });

		const created = await client.createSession('esign', [
			{ fileName: 'a.pdf', data: Readable.from([pdf('late')]) },
		]);

		scope.done();
		expect(transport.calls).toBe(2);
		expect(created.sessionId).toBe('e-10');
	});
});
