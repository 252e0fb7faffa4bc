// @vitest-environment jsdom
/**
 * The plugin layer of drafting, checklists and review with the core's letter,
 * section, checklist and review functions replaced by simple doubles, so these
 * tests pin only what the plugin does with their results: where text goes,
 * that nothing is overwritten, how lines are numbered.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("../../../src/core/sections", () => ({
	readSections: () => ({ highlights: [], wishIHadSaid: [], sinceInterview: [], questionsAsked: [], debrief: [] }),
	findSection: (body: string, heading: string) => {
		const m = new RegExp(`^(#{1,6}) ${heading}[ \\t]*$`, "m").exec(body);
		if (!m) return null;
		const start = m.index + m[0].length + 1;
		const next = new RegExp(`^#{1,${m[1]?.length ?? 6}} `, "m").exec(body.slice(start));
		return { start, end: next ? start + next.index : body.length };
	},
}));
vi.mock("../../../src/core/letters/index", async (importOriginal) => ({
	// The kinds table is real (names, titles); drafting itself is a double.
	...(await importOriginal<typeof import("../../../src/core/letters/index")>()),
	recipientsFor: (_kind: string, interview: { interviewers: unknown[] }) => interview.interviewers,
	draftLetters: (req: { kind: string; format: string; to?: string; interview: { interviewers: { name: string }[] } }) =>
		req.interview.interviewers
			.filter((p) => req.to === undefined || p.name === req.to)
			.map((p) => ({ kind: req.kind, format: req.format, recipient: p.name, title: `Letter to ${p.name}`, text: `Dear ${p.name},\n\nThanks.\n`, warnings: req.kind === "status-check" ? ["Too early."] : [] })),
	draftNoteText: (draft: { text: string }, path: string) => `---\ndraft_of: "[[${path}]]"\n---\n${draft.text}`,
}));
vi.mock("../../../src/core/checklists", () => ({
	CHECKLIST_KINDS: ["debrief", "questions-to-ask", "after-interview", "next-round-prep", "thank-you-review"],
	checklist: (kind: string) => ({ kind, title: kind, markdown: `## Checklist ${kind}\n- [ ] first\n- [ ] second\n` }),
	hasChecklist: (body: string, kind: string) => body.includes(`## Checklist ${kind}\n`),
}));
vi.mock("../../../src/core/review", () => ({
	reviewDraft: (text: string) =>
		text.split("\n").flatMap((line, i) => (line.includes("Hey") ? [{ rule: "informal", severity: "warning", message: "Informal greeting.", line: i + 1 }] : [])),
}));

const { registerChecklistCommands } = await import("../../../src/plugin/commands/checklists");
const { registerDraftCommands } = await import("../../../src/plugin/commands/drafts");
const { registerReviewCommand } = await import("../../../src/plugin/commands/review");
const { clearNotices, MarkdownView, noticeMessages, openModals, runCommand } = await import("../../mocks/obsidian");
const { flush, INTERVIEW, startHarness } = await import("./harness");
type H = Awaited<ReturnType<typeof startHarness>>;

const PATH = "Interviews/Northwind.md";
beforeEach(() => {
	clearNotices();
	// Modals left open by an earlier test would count as this test's.
	for (const m of openModals()) m.close();
});

async function acceptDraft(h: H, kind: string, recipient?: string): Promise<void> {
	expect(runCommand(h.app, `draft-${kind}`)).toBe(true);
	await flush(h.app);
	const modal = openModals().at(-1);
	if (!modal) throw new Error("no modal");
	if (recipient) {
		const select = modal.contentEl.querySelector<HTMLSelectElement>(".ifu-field-recipient");
		if (!select) throw new Error("no recipient select");
		select.value = recipient;
		select.dispatchEvent(new Event("change"));
	}
	modal.contentEl.querySelector<HTMLButtonElement>("button.mod-cta")?.click();
	await flush(h.app);
}

const draftFiles = (h: H): string[] => h.app.vault.getMarkdownFiles().map((f) => f.path).filter((p) => p.startsWith("Interviews/Drafts/")).sort();

describe("drafts (plugin layer)", () => {
	it("folder: one note per draft, named by date, kind, company and recipient; never overwritten", async () => {
		const h = await startHarness({ [PATH]: INTERVIEW }, registerDraftCommands);
		await h.open(PATH);
		await acceptDraft(h, "thank-you");
		expect(draftFiles(h)).toEqual([
			"Interviews/Drafts/2026-11-22 Thank-you — Northwind Traders — Dana Whitfield.md",
			"Interviews/Drafts/2026-11-22 Thank-you — Northwind Traders — Sam Ortiz.md",
		]);
		await h.edit("Interviews/Drafts/2026-11-22 Thank-you — Northwind Traders — Dana Whitfield.md", (t) => `${t}My edits.\n`);
		await h.open(PATH);
		await acceptDraft(h, "thank-you", "Dana Whitfield");
		expect(draftFiles(h)).toContain("Interviews/Drafts/2026-11-22 Thank-you — Northwind Traders — Dana Whitfield 2.md");
		expect(await h.read("Interviews/Drafts/2026-11-22 Thank-you — Northwind Traders — Dana Whitfield.md")).toMatch(/My edits\.\n$/);
		expect(await h.read(PATH)).toBe(INTERVIEW);
		// Opened in a new tab: the interview's tab is still there.
		const tabs = h.app.workspace.getLeavesOfType("markdown").map((l) => (l.view as InstanceType<typeof MarkdownView>).file?.path);
		expect(tabs).toContain(PATH);
		expect(tabs).toContain("Interviews/Drafts/2026-11-22 Thank-you — Northwind Traders — Dana Whitfield 2.md");
	});

	it("shows warnings as notices", async () => {
		const h = await startHarness({ [PATH]: INTERVIEW }, registerDraftCommands);
		await h.open(PATH);
		await acceptDraft(h, "status-check", "Sam Ortiz");
		expect(noticeMessages()).toContain("Too early.");
	});

	it("section: appended at the end of the drafts section, other text byte for byte", async () => {
		const text = `${INTERVIEW}\n# Drafts\nOld draft.\n\n## Sub of drafts\nStill drafts.\n# After\nTail.\n`;
		const h = await startHarness({ [PATH]: text }, registerDraftCommands, { draftLocation: "section" });
		await h.open(PATH);
		await acceptDraft(h, "thank-you", "Sam Ortiz");
		const after = await h.read(PATH);
		const cut = text.indexOf("# After");
		expect(after.slice(0, cut)).toBe(text.slice(0, cut));
		expect(after.endsWith(text.slice(cut))).toBe(true);
		expect(after.slice(cut, after.length - (text.length - cut))).toBe("\n## Thank-you — Sam Ortiz (email, 2026-11-22)\n\nDear Sam Ortiz,\n\nThanks.\n\n");
		expect(draftFiles(h)).toEqual([]);
	});

	it("section: a missing drafts heading is added at the end", async () => {
		const h = await startHarness({ [PATH]: INTERVIEW.replace(/\n$/, "") }, registerDraftCommands, { draftLocation: "section" });
		await h.open(PATH);
		await acceptDraft(h, "thank-you", "Sam Ortiz");
		expect(await h.read(PATH)).toBe(`${INTERVIEW}\n## Drafts\n\n### Thank-you — Sam Ortiz (email, 2026-11-22)\n\nDear Sam Ortiz,\n\nThanks.\n`);
	});
});

describe("checklists (plugin layer)", () => {
	it("inserted at the cursor once; the second time a notice and no change", async () => {
		const h = await startHarness({ [PATH]: INTERVIEW }, registerChecklistCommands);
		await h.open(PATH);
		const editor = h.app.workspace.getActiveViewOfType(MarkdownView)?.editor;
		if (!editor) throw new Error("no editor");
		const line = INTERVIEW.split("\n").indexOf("## Debrief");
		editor.setCursor(line, 0);
		runCommand(h.app, "insert-checklist-debrief");
		await flush(h.app);
		const at = INTERVIEW.indexOf("## Debrief");
		const expected = `${INTERVIEW.slice(0, at)}## Checklist debrief\n- [ ] first\n- [ ] second\n\n${INTERVIEW.slice(at)}`;
		expect(editor.getValue()).toBe(expected);
		runCommand(h.app, "insert-checklist-debrief");
		await flush(h.app);
		expect(editor.getValue()).toBe(expected);
		expect(noticeMessages()).toEqual(["This note already has the debrief checklist."]);
	});
});

describe("review (plugin layer)", () => {
	it("numbers findings as the editor's lines, frontmatter included", async () => {
		const draft = "---\ndraft_of: \"[[Interviews/Northwind]]\"\nkind: thank-you\n---\nSubject: Hi\n\nHey Dana,\n";
		const h = await startHarness({ [PATH]: INTERVIEW, "Interviews/Drafts/d.md": draft }, registerReviewCommand);
		await h.open("Interviews/Drafts/d.md");
		runCommand(h.app, "review-draft");
		await flush(h.app);
		const rows = Array.from(openModals().at(-1)?.contentEl.querySelectorAll("li") ?? []).map((li) => li.textContent);
		expect(rows).toEqual(["Line 7 — Informal greeting."]);
	});

	it("reviews the drafts section of an interview note, with its lines", async () => {
		const text = `${INTERVIEW}\n## Drafts\n\nHey Sam,\n`;
		const h = await startHarness({ [PATH]: text }, registerReviewCommand);
		await h.open(PATH);
		runCommand(h.app, "review-draft");
		await flush(h.app);
		const line = text.split("\n").indexOf("Hey Sam,") + 1;
		const rows = Array.from(openModals().at(-1)?.contentEl.querySelectorAll("li") ?? []).map((li) => li.textContent);
		expect(rows).toEqual([`Line ${line} — Informal greeting.`]);
	});

	it("says No findings for a clean draft", async () => {
		const h = await startHarness({ "Notes/d.md": "Dear Ms. Whitfield,\n" }, registerReviewCommand);
		await h.open("Notes/d.md");
		runCommand(h.app, "review-draft");
		await flush(h.app);
		expect(openModals()).toHaveLength(0);
		expect(noticeMessages()).toEqual(["No findings: the draft reads well."]);
	});
});
