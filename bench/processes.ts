/**
 * Whole processes, timed from outside: each run is a fresh `node` (cold: no
 * JIT, no module cache), its output read through a pipe as a shell would.
 * A figure is a ratio against a floor run in the same moment: floor and
 * subject alternate (A B A B …), and the median of the pairs' ratios is
 * kept, so a busy machine slows both sides of a pair alike.
 */
import { spawnSync } from "node:child_process";
import { median } from "./measure";

export interface Run {
	ms: number;
	status: number | null;
	stdout: string;
	stderr: string;
	timedOut: boolean;
}

// Children run plain Node: no NODE_OPTIONS, preloads or extra CA files from the caller's shell.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("NODE_")));

/** Runs `node ...args` once and times it, spawn to exit. */
export function runNode(args: string[], timeoutMs = 60_000): Run {
	const t0 = process.hrtime.bigint();
	const r = spawnSync(process.execPath, args, { env, encoding: "utf8", maxBuffer: 512 * 1024 * 1024, timeout: timeoutMs, stdio: ["ignore", "pipe", "pipe"] });
	const ms = Number(process.hrtime.bigint() - t0) / 1e6;
	const timedOut = r.error !== undefined && (r.error as NodeJS.ErrnoException).code === "ETIMEDOUT";
	if (r.error && !timedOut) throw r.error;
	return { ms, status: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? "", timedOut };
}

/** Throws unless the run ended with one of the `ok` exit codes. */
export function expectExit(run: Run, what: string, ok: number[] = [0]): Run {
	if (run.timedOut) throw new Error(`${what} timed out after ${Math.round(run.ms)} ms.`);
	if (run.status === null || !ok.includes(run.status)) {
		throw new Error(`${what} exited with ${run.status}: ${run.stderr.trim().split("\n")[0] ?? ""}`);
	}
	return run;
}

export interface Paired {
	ratio: number;
	floorMs: number;
	subjectMs: number;
}

/**
 * `pairs` alternating runs of `floor` and `subject` after one warm-up run of
 * each (which fills the OS file cache and checks the output); the median ratio
 * of the pairs and the median time of each side.
 */
export function paired(name: string, floor: string[], subject: string[], pairs: number, check: (r: Run) => void = () => undefined): Paired {
	expectExit(runNode(floor), `${name}: the floor`);
	check(expectExit(runNode(subject), name));
	const ratios: number[] = [];
	const floorMs: number[] = [];
	const subjectMs: number[] = [];
	for (let i = 0; i < pairs; i++) {
		const a = expectExit(runNode(floor), `${name}: the floor`);
		const b = expectExit(runNode(subject), name);
		floorMs.push(a.ms);
		subjectMs.push(b.ms);
		ratios.push(b.ms / a.ms);
	}
	return { ratio: median(ratios), floorMs: median(floorMs), subjectMs: median(subjectMs) };
}
