/** Writes the benchmark's vaults and stress files into a temporary folder. */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { generateNotes, interviewNote, rng } from "./generate";
import { bigDraft, bigInterviewNote, panelNote, questionNotes } from "./stress";

export interface BenchFiles {
	root: string;
	empty: string;
	vault10k: string;
	vault50k: string;
	questions: string;
	bigNote: string;
	bigDraft: string;
	panelNote: string;
	/** An ordinary interview note, for the review of the big draft. */
	normalNote: string;
}

function writeAll(root: string, files: { path: string; text: string }[]): void {
	for (const f of files) {
		const file = join(root, f.path);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, f.text);
	}
}

export function writeBenchFiles(): BenchFiles {
	const root = mkdtempSync(join(tmpdir(), "ifu-bench-"));
	const at = (name: string): string => join(root, name);
	mkdirSync(at("empty"));
	writeAll(at("vault10k"), generateNotes(10_000, 2_000));
	writeAll(at("vault50k"), generateNotes(50_000, 10_000));
	writeAll(at("questions"), questionNotes(50, 100));
	writeAll(at("stress"), [
		{ path: "Interviews/Big.md", text: bigInterviewNote() },
		{ path: "Interviews/Panel.md", text: panelNote(500) },
		{ path: "Interviews/Normal.md", text: interviewNote(rng(5), 1, 3_000) },
		{ path: "Drafts/Big draft.md", text: bigDraft() },
	]);
	return {
		root,
		empty: at("empty"),
		vault10k: at("vault10k"),
		vault50k: at("vault50k"),
		questions: at("questions"),
		bigNote: at("stress/Interviews/Big.md"),
		panelNote: at("stress/Interviews/Panel.md"),
		bigDraft: at("stress/Drafts/Big draft.md"),
		normalNote: at("stress/Interviews/Normal.md"),
	};
}
