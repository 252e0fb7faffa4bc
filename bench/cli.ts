/** The CLI figures: whole `interview-follow-up` processes against their floors. */
import { join } from "node:path";
import { median } from "./measure";
import { expectExit, paired, runNode, type Paired, type Run } from "./processes";
import type { BenchFiles } from "./vaults";

export const NOW = "2026-11-22T09:00:00";

export interface CliFigures {
	due: Paired;
	due50k: Paired;
	startup: Paired;
	questions: Paired;
	ics: Paired;
}

function expectItems(run: Run): void {
	const out = JSON.parse(run.stdout) as { items?: unknown[] };
	if (!out.items || out.items.length === 0) throw new Error("due --json found no follow-ups in the bench vault.");
}

const expectText = (what: string, pattern: RegExp) => (run: Run): void => {
	if (!pattern.test(run.stdout)) throw new Error(`${what} printed something unexpected: ${run.stdout.slice(0, 120)}`);
};

export function cliFigures(root: string, files: BenchFiles): CliFigures {
	const cli = join(root, "dist/interview-follow-up.cjs");
	const floor = (vault: string): string[] => [join(root, "bench/floor.mjs"), vault];
	return {
		startup: paired("due on an empty folder", ["-e", "0"], [cli, "due", files.empty, "--now", NOW], 31, expectText("due on an empty folder", /Nothing to do/)),
		due: paired("due --json (10k)", floor(files.vault10k), [cli, "due", files.vault10k, "--json", "--now", NOW], 11, expectItems),
		due50k: paired("due --json (50k)", floor(files.vault50k), [cli, "due", files.vault50k, "--json", "--now", NOW], 7, expectItems),
		questions: paired("questions (10k)", floor(files.vault10k), [cli, "questions", files.vault10k, "--now", NOW], 5, expectText("questions", /^- \[ \] /m)),
		ics: paired("ics (10k)", floor(files.vault10k), [cli, "ics", files.vault10k, "--now", NOW], 5, expectText("ics", /BEGIN:VEVENT/)),
	};
}

export interface Timed {
	/** Median ms of the runs, or null when the command failed or timed out. */
	ms: number | null;
	note: string;
}

/** One whole process on a pathological input: a run or three (a slow one is not repeated). */
function timed(what: string, args: string[], ok: number[] = [0]): Timed {
	const times: number[] = [];
	for (let i = 0; i < 3; i++) {
		const run = runNode(args, 20_000);
		try {
			expectExit(run, what, ok);
		} catch (err) {
			return { ms: null, note: (err as Error).message };
		}
		times.push(run.ms);
		if (run.ms > 3_000) break;
	}
	return { ms: median(times), note: `${times.length} run${times.length === 1 ? "" : "s"}` };
}

export function linearFigures(root: string, files: BenchFiles): Record<"draft_1mb_ms" | "review_1mb_ms" | "draft_500_interviewers_ms" | "questions_5000_ms", Timed> {
	const cli = join(root, "dist/interview-follow-up.cjs");
	return {
		draft_1mb_ms: timed("draft on a 1 MB note", [cli, "draft", files.bigNote, "--kind", "thank-you", "--now", NOW]),
		review_1mb_ms: timed("review of a 1 MB draft", [cli, "review", files.bigDraft, "--note", files.normalNote, "--json", "--now", NOW], [0, 1]),
		draft_500_interviewers_ms: timed("draft for 500 interviewers", [cli, "draft", files.panelNote, "--kind", "thank-you", "--now", NOW]),
		questions_5000_ms: timed("questions (5,000)", [cli, "questions", files.questions, "--now", NOW]),
	};
}
