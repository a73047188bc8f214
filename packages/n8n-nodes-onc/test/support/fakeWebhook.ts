// A small IWebhookFunctions for the trigger: query, response recorder, static data, n8n helpers.
import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';

import { fakeContext, type FakeOptions } from './fakeContext';

export interface SignerAnswer {
	status?: number;
	redirect?: string;
	body?: string;
}

export function fakeWebhook(
	query: Record<string, unknown>,
	params: Record<string, unknown>,
	staticData: IDataObject,
	options: Partial<FakeOptions> = {},
): { ctx: IWebhookFunctions; answer: SignerAnswer; warnings: string[] } {
	const base = fakeContext({ params: {}, ...options });
	const answer: SignerAnswer = {};
	const warnings: string[] = [];
	const res = {
		redirect: (status: number, url: string) => Object.assign(answer, { status, redirect: url }),
		status(code: number) {
			answer.status = code;
			return res;
		},
		type: () => res,
		send: (body: string) => Object.assign(answer, { body }),
	};

	const ctx = {
		getQueryData: () => query,
		getResponseObject: () => res,
		getNodeParameter: (name: string, fallback?: unknown) => params[name] ?? fallback,
		getWorkflowStaticData: () => staticData,
		getWorkflow: () => ({ id: 'wf1', active: true }),
		getNode: () => ({ ...base.ctx.getNode(), id: 'trigger-1' }),
		getCredentials: base.ctx.getCredentials,
		helpers: base.ctx.helpers,
		logger: { debug: () => undefined, warn: (message: string) => warnings.push(message) },
	};
	return { ctx: ctx as unknown as IWebhookFunctions, answer, warnings };
}
