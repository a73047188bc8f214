// Waiting, bounded, for something a running n8n does in the background.
export async function eventually<T>(
	probe: () => Promise<T | undefined>,
	describeFailure: () => Promise<string>,
	ms = 30_000,
): Promise<T> {
	const deadline = Date.now() + ms;
	for (;;) {
		const value = await probe();
		if (value !== undefined) return value;
		if (Date.now() > deadline)
			throw new Error(`nothing after ${ms} ms\n${await describeFailure()}`);
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
}
