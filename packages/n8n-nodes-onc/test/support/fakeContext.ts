// A small IExecuteFunctions for unit tests: real HTTP through axios with n8n's
// semantics for credentials, status errors and the OAuth refresh on a 401.
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { Readable } from 'node:stream';

import axios, { AxiosError, type AxiosRequestConfig } from 'axios';
import {
	NodeApiError,
	type IBinaryData,
	type IExecuteFunctions,
	type IHttpRequestOptions,
	type INode,
	type INodeExecutionData,
	type JsonObject,
} from 'n8n-workflow';

export interface FakeOptions {
	params: Record<string, unknown>;
	items?: INodeExecutionData[];
	credentials?: Record<string, Record<string, unknown>>;
	continueOnFail?: boolean;
	/** Files n8n would keep on disk: binary id -> path. */
	files?: Record<string, string>;
	/** Called on a 401 with an OAuth2 credential; returns the new access token. */
	refresh?: () => Promise<string>;
}

export interface FakeContext {
	ctx: IExecuteFunctions;
	requests: IHttpRequestOptions[];
	refreshes: number;
}

const node: INode = {
	id: 'onc-node',
	name: 'Online Notary Center',
	type: 'n8n-nodes-onc.onc',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};

async function collect(data: Buffer | Readable): Promise<Buffer> {
	if (Buffer.isBuffer(data)) return data;
	const chunks: Buffer[] = [];
	for await (const chunk of data) chunks.push(Buffer.from(chunk));
	return Buffer.concat(chunks);
}

function toAxios(options: IHttpRequestOptions): AxiosRequestConfig {
	const ignore = options.ignoreHttpStatusErrors;
	return {
		method: options.method,
		url: options.url,
		headers: options.headers as Record<string, string>,
		data: options.body,
		timeout: options.timeout,
		responseType: options.encoding as AxiosRequestConfig['responseType'],
		maxRedirects: options.disableFollowRedirect ? 0 : 5,
		validateStatus:
			ignore === true
				? () => true
				: typeof ignore === 'object'
					? (status) => !ignore.except.includes(status)
					: (status) => status < 300,
	};
}

export function fakeContext(options: FakeOptions): FakeContext {
	const state: FakeContext = { ctx: undefined as never, requests: [], refreshes: 0 };
	const credentials = options.credentials ?? {
		oncApi: { baseUrl: 'https://onc.example.test', accessToken: 'long-lived-token' },
	};
	const items: INodeExecutionData[] = options.items ?? [{ json: {} }];

	const tokenOf = (type: string) => {
		const data = credentials[type];
		return type === 'oncOAuth2Api'
			? (data.oauthTokenData as { access_token: string }).access_token
			: (data.accessToken as string);
	};

	async function send(type: string, request: IHttpRequestOptions) {
		state.requests.push(request);
		const headers = { ...request.headers, Authorization: `Bearer ${tokenOf(type)}` };
		const res = await axios({ ...toAxios(request), headers });
		return request.returnFullResponse
			? {
					body: res.data,
					headers: res.headers,
					statusCode: res.status,
					statusMessage: res.statusText,
				}
			: res.data;
	}

	// As n8n does: the request throws on a status error, a 401 with OAuth2
	// refreshes the token and repeats the request unless its body was a stream.
	async function httpRequestWithAuthentication(type: string, request: IHttpRequestOptions) {
		try {
			return await send(type, request);
		} catch (error) {
			const status = (error as AxiosError).response?.status;
			if (type === 'oncOAuth2Api' && status === 401 && options.refresh) {
				state.refreshes++;
				(credentials[type].oauthTokenData as { access_token: string }).access_token =
					await options.refresh();
				if (!(request.body instanceof Readable)) {
					try {
						return await send(type, request);
					} catch (retryError) {
						throw new NodeApiError(node, retryError as JsonObject);
					}
				}
			}
			throw new NodeApiError(node, error as JsonObject);
		}
	}

	const ctx = {
		getNode: () => node,
		getInputData: () => items,
		continueOnFail: () => options.continueOnFail ?? false,
		getNodeParameter: (name: string, itemIndex: number, fallback?: unknown) => {
			const value = options.params[name];
			if (typeof value === 'function') return (value as (i: number) => unknown)(itemIndex);
			return value === undefined ? fallback : value;
		},
		getCredentials: async (type: string) => {
			if (!credentials[type]) throw new Error(`no credentials of type ${type}`);
			return credentials[type];
		},
		helpers: {
			httpRequestWithAuthentication,
			getBinaryStream: async (id: string) => createReadStream(options.files![id]),
			getBinaryMetadata: async (id: string) => {
				const { size } = await import('node:fs/promises').then((fs) => fs.stat(options.files![id]));
				return {
					fileName: basename(options.files![id]),
					mimeType: 'application/pdf',
					fileSize: size,
				};
			},
			getBinaryDataBuffer: async (itemIndex: number, property: string) =>
				Buffer.from((items[itemIndex].binary![property] as IBinaryData).data, 'base64'),
			prepareBinaryData: async (data: Buffer | Readable, filePath?: string, mimeType?: string) => {
				const bytes = await collect(data);
				return {
					data: bytes.toString('base64'),
					fileName: filePath ? basename(filePath) : undefined,
					mimeType: mimeType ?? 'application/octet-stream',
					fileSize: String(bytes.length),
				} as IBinaryData;
			},
		},
	};
	state.ctx = ctx as unknown as IExecuteFunctions;
	return state;
}

/** An input item holding a PDF in memory, as n8n's default binary mode keeps it. */
export function pdfItem(
	pdf: Buffer,
	fileName = 'contract.pdf',
	property = 'data',
): INodeExecutionData {
	return {
		json: {},
		binary: {
			[property]: { data: pdf.toString('base64'), mimeType: 'application/pdf', fileName },
		},
	};
}

/** An input item whose PDF n8n keeps on disk (filesystem mode): only an id travels. */
export function storedPdfItem(id: string, fileName = 'contract.pdf'): INodeExecutionData {
	return {
		json: {},
		binary: { data: { id, data: 'filesystem-v2', mimeType: 'application/pdf', fileName } },
	};
}

export const samplePdf = Buffer.from(
	'%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n',
	'latin1',
);
