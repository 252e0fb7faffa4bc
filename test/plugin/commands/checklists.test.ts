// @vitest-environment jsdom
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { checklist, type ChecklistKind } from "../../../src/core/checklists";
import { appendChecklist, registerChecklistCommands } from "../../../src/plugin/commands/checklists";
import { clearNotices, MarkdownView, noticeMessages, runCommand, TFile } from "../../mocks/obsidian";
import { withCoreDoubles, type CoreDoubles } from "./core-doubles";
import { flush, INTERVIEW, startHarness } from "./harness";

const PATH = "Interviews/Northwind.md";

beforeEach(() => clearNotices());

async function start() {
	const h = await startHarness({ [PATH]: INTERVIEW, "Notes/Plain.md": "Just a note\n" }, registerChecklistCommands);
	await h.open(PATH);
	const editor = h.app.workspace.getActiveViewOfType(MarkdownView)?.editor;
	if (!editor) throw new Error("no editor");
	return { h, editor };
}

describe("insert-checklist-<kind>", () => {
	for (const kind of ["debrief", "questions-to-ask", "after-interview", "next-round-prep", "thank-you-review"]) {
		it(`inserts the ${kind} checklist at the cursor once, then says the note has it`, async () => {
			const { h, editor } = await start();
			const before = editor.getValue();
			const line = before.split("\n").indexOf("Went well overall.");
			editor.setCursor(line, 0);
			const at = editor.posToOffset({ line, ch: 0 });
			expect(runCommand(h.app, `insert-checklist-${kind}`)).toBe(true);
			await flush(h.app);
			const after = editor.getValue();
			const inserted = after.length - before.length;
			// On its own block: a line break after "## Debrief", a blank line before "Went well overall."
			const list = checklist(kind as ChecklistKind, h.index.note(PATH)?.interview).markdown;
			expect(after.slice(at, at + inserted)).toBe(`\n${list.replace(/\n+$/, "")}\n\n`);
			// Only inserted: the text before and after the cursor is unchanged.
			expect(after.slice(0, at)).toBe(before.slice(0, at));
			expect(after.slice(at + inserted)).toBe(before.slice(at));
			expect(after.slice(at, at + inserted)).toMatch(/- \[ \] /);
			expect(await h.read(PATH)).toBe(after);

			clearNotices();
			runCommand(h.app, `insert-checklist-${kind}`);
			await flush(h.app);
			expect(editor.getValue()).toBe(after);
			expect(noticeMessages()).toHaveLength(1);
			expect(noticeMessages()[0]).toMatch(/^This note already has the .+ checklist\.$/);
		});
	}

	it("keeps the checklist a block of its own when the cursor is mid-line", async () => {
		const { h, editor } = await start();
		const line = editor.getValue().split("\n").indexOf("Went well overall.");
		editor.setCursor(line, 4);
		runCommand(h.app, "insert-checklist-debrief");
		await flush(h.app);
		const lines = editor.getValue().split("\n");
		expect(lines[line]).toBe("Went");
		expect(lines[line + 1]).toBe("");
		expect(lines).toContain(" well overall.");
	});

	it("is not offered on a note that is not an interview", async () => {
		const { h } = await start();
		await h.open("Notes/Plain.md");
		expect(h.app.commands.isAvailable("interview-follow-up:insert-checklist-debrief")).toBe(false);
		expect(runCommand(h.app, "insert-checklist-debrief")).toBe(false);
		expect(await h.read("Notes/Plain.md")).toBe("Just a note\n");
	});
});

/** The names the plugin-layer tests use, from the graph with core doubles. */
function layerOf(d: CoreDoubles) {
	const { startHarness, flush, INTERVIEW } = d.harness;
	const { runCommand, noticeMessages, openModals, MarkdownView } = d.obsidian;
	return { startHarness, flush, INTERVIEW, PATH: "Interviews/Northwind.md", runCommand, noticeMessages, openModals, MarkdownView, register: d.checklists.registerChecklistCommands };
}

describe("appendChecklist (the view's Draft on a checklist item)", () => {
	it("appends the checklist to a CRLF note in CRLF", async () => {
		const crlf = INTERVIEW.replace(/\n/g, "\r\n");
		const h = await startHarness({ [PATH]: crlf }, registerChecklistCommands);
		const note = h.ctx.index.note(PATH);
		const file = h.app.vault.getAbstractFileByPath(PATH);
		if (!note || !(file instanceof TFile)) throw new Error("no note");
		expect(await appendChecklist(h.ctx, file, "debrief", note.interview)).toBe(true);
		const after = await h.read(PATH);
		expect(after).toBe(`${crlf}\r\n${checklist("debrief", note.interview).markdown.replace(/\n+$/, "").replace(/\n/g, "\r\n")}\r\n`);
	});
});

describe("checklists (plugin layer, core doubles)", () => {
	let d: CoreDoubles;
	beforeAll(async () => {
		d = await withCoreDoubles();
	});
	beforeEach(() => {
		d.obsidian.clearNotices();
		// Modals left open by an earlier test would count as this test's.
		for (const m of d.obsidian.openModals()) m.close();
	});
	it("inserted at the cursor once; the second time a notice and no change", async () => {
		const { startHarness, flush, INTERVIEW, PATH, runCommand, noticeMessages, MarkdownView, register } = layerOf(d);
		const h = await startHarness({ [PATH]: INTERVIEW }, register);
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
