import type { OncFile } from '@onc/core';
import { NodeOperationError, type IBinaryData, type IExecuteFunctions } from 'n8n-workflow';

/** Opens the PDFs again for each try: a stream can be sent only once. */
export type FileSource = () => Promise<OncFile[]>;

/**
 * Checks the item's binary properties named in `binaryPropertyNames` and
 * returns a source of upload files. Binaries n8n keeps on disk or in object
 * storage (they have an `id`) are streamed; the others already sit in memory.
 */
export function inputFiles(ctx: IExecuteFunctions, itemIndex: number): FileSource {
	const raw = ctx.getNodeParameter('binaryPropertyNames', itemIndex, 'data') as string;
	const names = raw
		.split(',')
		.map((name) => name.trim())
		.filter(Boolean);
	if (names.length === 0) {
		throw new NodeOperationError(ctx.getNode(), 'Binary Property Names is empty', {
			itemIndex,
			description:
				'Enter the name of the binary property that holds the PDF (usually "data"). Separate several names with commas.',
		});
	}

	const item = ctx.getInputData()[itemIndex];
	const binaries = names.map((name) => checkedBinary(ctx, itemIndex, name, item.binary?.[name]));

	return async () =>
		await Promise.all(
			binaries.map(async ({ name, binary }) => await toOncFile(ctx, itemIndex, name, binary)),
		);
}

function checkedBinary(
	ctx: IExecuteFunctions,
	itemIndex: number,
	name: string,
	binary: IBinaryData | undefined,
): { name: string; binary: IBinaryData } {
	const available = Object.keys(ctx.getInputData()[itemIndex].binary ?? {});
	if (!binary) {
		throw new NodeOperationError(ctx.getNode(), `No binary property "${name}" on the input item`, {
			itemIndex,
			description: available.length
				? `Binary Property Names must name the input's PDF. This item has: ${available.join(', ')}.`
				: 'This item has no file. Put a node that outputs the PDF (for example Read/Write Files from Disk or an HTTP Request that downloads it) before this one.',
		});
	}
	const fileName = binary.fileName ?? '';
	const isPdf = binary.mimeType === 'application/pdf' || /\.pdf$/i.test(fileName);
	if (!isPdf) {
		throw new NodeOperationError(ctx.getNode(), `Binary property "${name}" is not a PDF`, {
			itemIndex,
			description: `It holds ${fileName || 'a file'} of type ${binary.mimeType}. Online Notary Center takes PDF files only: convert the document to PDF first.`,
		});
	}
	return { name, binary };
}

async function toOncFile(
	ctx: IExecuteFunctions,
	itemIndex: number,
	name: string,
	binary: IBinaryData,
): Promise<OncFile> {
	const fileName = binary.fileName ?? `${name}.pdf`;
	if (binary.id) {
		const [data, metadata] = await Promise.all([
			ctx.helpers.getBinaryStream(binary.id),
			ctx.helpers.getBinaryMetadata(binary.id),
		]);
		return { fileName, data, size: metadata.fileSize };
	}
	return { fileName, data: await ctx.helpers.getBinaryDataBuffer(itemIndex, name) };
}
