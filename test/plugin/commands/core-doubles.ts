/**
 * The core's letter, section, checklist and review functions replaced by
 * simple doubles, for the "plugin layer" tests of the draft, checklist and
 * review commands: they pin only what the plugin does with the core's
 * results (where text goes, that nothing is overwritten, how lines are
 * numbered). Loaded into a fresh module graph, so the other tests of the same
 * file keep the real core.
 */
import { vi } from "vitest";

// jsdom gives import.meta.url an http scheme; its path is still the file's.
const SRC = new URL("../../../src/core/", `file://${new URL(import.meta.url).pathname}`).pathname;

export async function withCoreDoubles() {
	vi.resetModules();
	vi.doMock(`${SRC}sections.ts`, () => ({
		readSections: () => ({ highlights: [], wishIHadSaid: [], sinceInterview: [], questionsAsked: [], debrief: [] }),
		findSection: (body: string, heading: string) => {
			const m = new RegExp(`^(#{1,6}) ${heading}[ \\t]*$`, "m").exec(body);
			if (!m) return null;
			const start = m.index + m[0].length + 1;
			const next = new RegExp(`^#{1,${m[1]?.length ?? 6}} `, "m").exec(body.slice(start));
			return { start, end: next ? start + next.index : body.length };
		},
	}));
	vi.doMock(`${SRC}letters/index.ts`, async (importOriginal) => ({
		// The kinds table is real (names, titles); drafting itself is a double.
		...(await importOriginal<typeof import("../../../src/core/letters/index")>()),
		recipientsFor: (_kind: string, interview: { interviewers: unknown[] }) => interview.interviewers,
		draftLetters: (req: { kind: string; format: string; to?: string; interview: { interviewers: { name: string }[] } }) =>
			req.interview.interviewers
				.filter((p) => req.to === undefined || p.name === req.to)
				.map((p) => ({ kind: req.kind, format: req.format, recipient: p.name, title: `Letter to ${p.name}`, text: `Dear ${p.name},\n\nThanks.\n`, warnings: req.kind === "status-check" ? ["Too early."] : [] })),
		draftNoteText: (draft: { text: string }, path: string) => `---\ndraft_of: "[[${path}]]"\n---\n${draft.text}`,
	}));
	vi.doMock(`${SRC}checklists.ts`, () => ({
		CHECKLIST_KINDS: ["debrief", "questions-to-ask", "after-interview", "next-round-prep", "thank-you-review"],
		checklist: (kind: string) => ({ kind, title: kind, markdown: `## Checklist ${kind}\n- [ ] first\n- [ ] second\n` }),
		hasChecklist: (body: string, kind: string) => body.includes(`## Checklist ${kind}\n`),
	}));
	// The plugin reviews without spelling (reviewWithoutSpelling); the CLI's reviewDraft gets the same double.
	const review = (text: string) =>
		text.split("\n").flatMap((line, i) => (line.includes("Hey") ? [{ rule: "informal", severity: "warning", message: "Informal greeting.", line: i + 1 }] : []));
	vi.doMock(`${SRC}review.ts`, () => ({ reviewDraft: review, reviewWithoutSpelling: review }));
	const modules = {
		checklists: await import("../../../src/plugin/commands/checklists"),
		drafts: await import("../../../src/plugin/commands/drafts"),
		review: await import("../../../src/plugin/commands/review"),
		obsidian: await import("../../mocks/obsidian"),
		harness: await import("./harness"),
	};
	for (const path of ["sections.ts", "letters/index.ts", "checklists.ts", "review.ts"]) vi.doUnmock(`${SRC}${path}`);
	return modules;
}

export type CoreDoubles = Awaited<ReturnType<typeof withCoreDoubles>>;
