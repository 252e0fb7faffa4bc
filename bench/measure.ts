/** Timing and memory helpers for the benchmark. */

export function median(values: number[]): number {
	const s = [...values].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Median wall time in milliseconds of `reps` runs, after one warm-up run. */
export async function timeMs(reps: number, fn: () => unknown): Promise<number> {
	await fn();
	const times: number[] = [];
	for (let i = 0; i < reps; i++) {
		const t0 = process.hrtime.bigint();
		await fn();
		times.push(Number(process.hrtime.bigint() - t0) / 1e6);
	}
	return median(times);
}

export function gc(): void {
	const g = (globalThis as { gc?: () => void }).gc;
	if (!g) throw new Error("Run the benchmark with node --expose-gc (npm run bench does).");
	g();
	g();
}

/** Heap in MB that `build()`'s result keeps alive. */
export function retainedMb<T>(build: () => T): { mb: number; value: T } {
	gc();
	const before = process.memoryUsage().heapUsed;
	const value = build();
	gc();
	const after = process.memoryUsage().heapUsed;
	return { mb: (after - before) / 1024 / 1024, value };
}

export const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;
