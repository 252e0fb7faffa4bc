// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from "vitest";
import { registerNewInterviewCommand } from "../../../src/plugin/commands/new-interview";
import { clearNotices, MarkdownView, noticeMessages, openModals, runCommand, TFolder } from "../../mocks/obsidian";
import { flush, startHarness, type Harness } from "./harness";

beforeEach(() => clearNotices());

function fill(modal: HTMLElement, cls: string, value: string): void {
	const input = modal.querySelector<HTMLInputElement | HTMLTextAreaElement>(`.${cls}`);
	if (!input) throw new Error(`no field ${cls}`);
	input.value = value;
	input.dispatchEvent(new Event("input"));
}

function createButton(modal: HTMLElement): HTMLButtonElement {
	const b = Array.from(modal.querySelectorAll("button")).find((x) => x.textContent === "Create note");
	if (!b) throw new Error("no Create note button");
	return b;
}

async function submit(h: Harness, fields: { company: string; role: string; date: string; interviewers: string }): Promise<HTMLElement> {
	expect(runCommand(h.app, "new-interview")).toBe(true);
	await flush(h.app);
	const modal = openModals().at(-1);
	if (!modal) throw new Error("no modal");
	fill(modal.contentEl, "ifu-field-company", fields.company);
	fill(modal.contentEl, "ifu-field-role", fields.role);
	fill(modal.contentEl, "ifu-field-date", fields.date);
	fill(modal.contentEl, "ifu-field-interviewers", fields.interviewers);
	createButton(modal.contentEl).click();
	await flush(h.app);
	return modal.contentEl;
}

const FIELDS = { company: "Northwind Traders", role: "Operations Analyst", date: "2026-11-19 14:00", interviewers: "Ms. Dana Whitfield\nSam Ortiz" };

describe("new-interview", () => {
	it("creates the note in a new interviews folder, indexes as an interview, and opens it", async () => {
		const h = await startHarness({ "Welcome.md": "hi" }, registerNewInterviewCommand);
		await submit(h, FIELDS);
		const path = "Interviews/2026-11-19 Northwind Traders - Operations Analyst.md";
		expect(h.app.vault.getAbstractFileByPath("Interviews")).toBeInstanceOf(TFolder);
		const text = await h.read(path);
		expect(text).toMatch(/^---\ntype: interview\ncompany: Northwind Traders\nrole: Operations Analyst\ndate: 2026-11-19T14:00\n/);
		expect(text).toContain("  - name: Dana Whitfield\n    honorific: Ms.\n  - name: Sam Ortiz\n");
		// No blank keys, which Obsidian would turn into null.
		expect(text).not.toMatch(/^(?!interviewers:)[a-z_]+:[ \t]*$/m);
		const note = h.index.note(path);
		expect(note?.problems).toEqual([]);
		expect(note?.interview.interviewers.map((p) => p.name)).toEqual(["Dana Whitfield", "Sam Ortiz"]);
		expect(h.app.workspace.getActiveViewOfType(MarkdownView)?.file?.path).toBe(path);
		expect(openModals()).toHaveLength(0);
	});

	it("never overwrites: the same details twice make a second note with ' 2'", async () => {
		const existing = "Interviews/2026-11-19 Northwind Traders - Operations Analyst.md";
		const h = await startHarness({ [existing]: "my own text" }, registerNewInterviewCommand);
		await submit(h, FIELDS);
		await submit(h, FIELDS);
		expect(await h.read(existing)).toBe("my own text");
		expect(await h.read("Interviews/2026-11-19 Northwind Traders - Operations Analyst 2.md")).toContain("company: Northwind Traders");
		expect(await h.read("Interviews/2026-11-19 Northwind Traders - Operations Analyst 3.md")).toContain("company: Northwind Traders");
	});

	it("a 300-character company gives file names of at most 120 bytes, extension and copy number kept", async () => {
		const h = await startHarness({}, registerNewInterviewCommand);
		const company = "Northwind Traders 北方贸易 🚀 ".repeat(12).slice(0, 300);
		await submit(h, { ...FIELDS, company });
		await submit(h, { ...FIELDS, company });
		const names = h.app.vault.getMarkdownFiles().map((f) => f.name).sort();
		expect(names).toHaveLength(2);
		for (const name of names) {
			expect(new TextEncoder().encode(name).length, name).toBeLessThanOrEqual(120);
			expect(name.startsWith("2026-11-19 Northwind Traders 北方贸易 🚀 Northwind")).toBe(true);
		}
		expect(names[0]?.endsWith(" 2.md")).toBe(true);
		expect(names[1]?.endsWith(".md")).toBe(true);
		expect(h.index.note(`Interviews/${names[1] ?? ""}`)?.interview.company).toBe(company.trim());
	});

	it("rejects a bad date with a message and keeps the modal open", async () => {
		const h = await startHarness({}, registerNewInterviewCommand);
		const modal = await submit(h, { ...FIELDS, date: "19/11/2026" });
		expect(modal.querySelector(".ifu-error")?.textContent).toBe(
			"The date '19/11/2026' is not a date; write it as 2026-11-19 or 2026-11-19 14:00.",
		);
		expect(openModals()).toHaveLength(1);
		expect(h.app.vault.getMarkdownFiles()).toHaveLength(0);
		// Fixing the date lets the same modal create the note.
		fill(modal, "ifu-field-date", "2026-11-19");
		createButton(modal).click();
		await flush(h.app);
		expect(openModals()).toHaveLength(0);
		expect(h.app.vault.getMarkdownFiles().map((f) => f.path)).toEqual(["Interviews/2026-11-19 Northwind Traders - Operations Analyst.md"]);
	});

	it("strips characters a file name cannot hold", async () => {
		const h = await startHarness({}, registerNewInterviewCommand);
		await submit(h, { ...FIELDS, company: "A/B: Labs?", role: "Dev|Ops" });
		expect(h.app.vault.getMarkdownFiles().map((f) => f.path)).toEqual(["Interviews/2026-11-19 A B Labs - Dev Ops.md"]);
		expect(await h.read("Interviews/2026-11-19 A B Labs - Dev Ops.md")).toContain('company: "A/B: Labs?"');
	});

	it("starts from the template note the setting names; {{title}} is the name the note gets, ' 2' included", async () => {
		const template = "---\ntags: [interview]\nstatus: {{company}}\n---\n# {{title}}\n\nCreated {{date}} at {{time}}.\n";
		const existing = "Interviews/2026-11-19 Northwind Traders - Operations Analyst.md";
		const h = await startHarness({ "Templates/Interview.md": template, [existing]: "mine" }, registerNewInterviewCommand, { newNoteTemplate: "Templates/Interview.md" });
		await submit(h, FIELDS);
		const path = "Interviews/2026-11-19 Northwind Traders - Operations Analyst 2.md";
		expect(await h.read(path)).toBe(
			"---\ntype: interview\ncompany: Northwind Traders\nrole: Operations Analyst\ndate: 2026-11-19T14:00\ninterviewers:\n  - name: Dana Whitfield\n    honorific: Ms.\n  - name: Sam Ortiz\ntags: [interview]\nstatus: Northwind Traders\n---\n# 2026-11-19 Northwind Traders - Operations Analyst 2\n\nCreated 2026-11-22 at 10:30.\n",
		);
		expect(await h.read("Templates/Interview.md")).toBe(template);
		expect(h.index.note(path)?.problems).toEqual([]);
	});

	it("a template note that is not there: the built-in layout, and a notice saying so", async () => {
		const h = await startHarness({}, registerNewInterviewCommand, { newNoteTemplate: "Templates/Missing.md" });
		await submit(h, FIELDS);
		expect(await h.read("Interviews/2026-11-19 Northwind Traders - Operations Analyst.md")).toContain("## Highlights");
		expect(noticeMessages()[0]).toBe("The template note Templates/Missing.md was not found, so the note uses the built-in layout. Check the Template note setting.");
	});
});
