import type { WaitOptions } from '@onc/core';
import {
	updateDisplayOptions,
	type IBinaryKeyData,
	type IDataObject,
	type INodeProperties,
} from 'n8n-workflow';

import { pdfEntries } from '../../helpers/zipEntries';
import { sessionIdField } from './fields';
import { type OperationExecute } from './operationContext';

const properties: INodeProperties[] = [
	sessionIdField,
	{
		displayName: 'Put Output File in Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		hint: 'The name of the output binary field to put the zip of signed files in',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Extract PDFs',
				name: 'extract',
				type: 'boolean',
				default: false,
				description:
					'Whether to also put each PDF of the zip in its own binary field, named after the output field with _0, _1, … added (e.g. data_0)',
			},
			{
				displayName: 'Wait Until Finished',
				name: 'waitUntilFinished',
				type: 'boolean',
				default: false,
				description:
					'Whether to keep checking, at growing intervals, until the signers have finished, instead of failing at once',
			},
			{
				displayName: 'Maximum Wait (Minutes)',
				name: 'maxWaitMinutes',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 30,
				description: 'How long to wait for the session to finish before failing',
				displayOptions: { show: { waitUntilFinished: [true] } },
			},
		],
	},
];

const displayOptions = { show: { operation: ['download'] } };

export const description = updateDisplayOptions(displayOptions, properties);

export function waitOptions(options: IDataObject): WaitOptions | undefined {
	if (options.waitUntilFinished !== true) return undefined;
	const minutes = Number(options.maxWaitMinutes ?? 30);
	return { maxWaitMs: Math.max(1, Number.isFinite(minutes) ? minutes : 30) * 60_000 };
}

// The zip is streamed into n8n's binary store. Extracting needs the whole zip
// (a zip's index sits at its end), so only then is it held in memory.
export const execute: OperationExecute = async function (op) {
	const sessionId = (this.getNodeParameter('sessionId', op.itemIndex) as string).trim();
	const property = this.getNodeParameter('binaryPropertyName', op.itemIndex, 'data') as string;
	const options = this.getNodeParameter('options', op.itemIndex, {}) as IDataObject;
	const wait = waitOptions(options);

	const binary: IBinaryKeyData = {};
	let fileName: string;
	let files: string[] | undefined;
	if (options.extract === true) {
		const zip = await op.client.downloadFiles(sessionId, { wait });
		fileName = zip.fileName;
		binary[property] = await this.helpers.prepareBinaryData(zip.data, fileName, 'application/zip');
		const pdfs = await pdfEntries(zip.data);
		files = pdfs.map((pdf) => pdf.fileName);
		for (const [index, pdf] of pdfs.entries()) {
			binary[`${property}_${index}`] = await this.helpers.prepareBinaryData(
				pdf.data,
				pdf.fileName,
				'application/pdf',
			);
		}
	} else {
		const zip = await op.client.downloadFilesStream(sessionId, { wait });
		fileName = zip.fileName;
		binary[property] = await this.helpers.prepareBinaryData(
			zip.stream,
			fileName,
			'application/zip',
		);
	}

	return [{ json: { sessionId, fileName, ...(files ? { files } : {}) }, binary }];
};
