// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from "vitest";
import { registerDraftCommands } from "../../../src/plugin/commands/drafts";
import type { Settings } from "../../../src/core/settings";
import { clearNotices, MarkdownView, noticeMessages, openModals, runCommand } from "../../mocks/obsidian";
import { flush, INTERVIEW, startHarness, type Harness } from "./harness";

const PATH = "Interviews/Northwind.md";

beforeEach(() => clearNotices());

async function start(settings: Partial<Settings> = {}, text = INTERVIEW) {
	const h = await startHarness({ [PATH]: text, "Notes/Plain.md": "Just a note\n" }, registerDraftCommands, settings);
	await h.open(PATH);
	return h;
}

/** Runs a draft command and accepts the options modal, optionally picking a recipient. */
async function draft(h: Harness, kind: string, recipient?: string): Promise<void> {
	expect(runCommand(h.app, `draft-${kind}`)).toBe(true);
	await flush(h.app);
	const modal = openModals().at(-1);
	if (!modal) throw new Error("no options modal");
	if (recipient !== undefined) {
		const select = modal.contentEl.querySelector<HTMLSelectElement>(".ifu-field-recipient");
		if (!select) throw new Error("no recipient choice");
		select.value = recipient;
		select.dispatchEvent(new Event("change"));
	}
	const button = Array.from(modal.contentEl.querySelectorAll("button")).find((b) => b.textContent === "Draft");
	button?.click();
	await flush(h.app);
}

const drafts = (h: Harness): string[] =>
	h.app.vault.getMarkdownFiles().map((f) => f.path).filter((p) => p.startsWith("Interviews/Drafts/")).sort();

describe("draft-<kind> for people kept as person notes (DESIGN §1.1)", () => {
	const PANEL = `---
type: interview
company: Tailspin Toys
role: Product Manager
date: 2026-11-16 09:00
interviewers:
  - "[[Priya Raman]]"
  - "[[People/jb|Jordan]]"
contact: Jordan Blake
---
`;
	const FILES = {
		[PATH]: PANEL,
		"People/Priya Raman.md": "---\nhonorific: Dr.\ntitle: VP of Product\nemail: priya@tailspin.example\n---\n",
		"People/jb.md": "---\nname: Jordan Blake\nhonorific: Mx.\ntitle: Design Lead\n---\n",
	};

	async function startPanel() {
		const h = await startHarness(FILES, registerDraftCommands, { defaultFormat: "letter" });
		await h.open(PATH);
		return h;
	}
	const salutations = async (h: Harness): Promise<string[]> =>
		(await Promise.all(drafts(h).map((p) => h.read(p)))).flatMap((t) => t.split("\n").filter((l) => l.startsWith("Dear ")));

	it("writes 'Dear Dr. …' with the person note's honorific and title, never the link or its alias", async () => {
		const h = await startPanel();
		await draft(h, "thank-you");
		expect((await salutations(h)).sort()).toEqual(["Dear Dr. Raman:", "Dear Mx. Blake:"]);
		const texts = await Promise.all(drafts(h).map((p) => h.read(p)));
		expect(texts.join("\n")).toContain("\nDr. Priya Raman\nVP of Product\nTailspin Toys\n");
		expect(texts.join("\n")).not.toMatch(/\[\[(Priya|People)|Dear Jordan/);
		expect(drafts(h).some((p) => p.endsWith("— Jordan Blake.md"))).toBe(true);
	});

	it("a status check goes to the contact; the options offer everyone", async () => {
		const h = await startPanel();
		await draft(h, "status-check");
		expect(await salutations(h)).toEqual(["Dear Mx. Blake:"]);
		await h.open(PATH);
		expect(runCommand(h.app, "draft-status-check")).toBe(true);
		await flush(h.app);
		const modal = openModals().at(-1);
		const select = modal?.contentEl.querySelector<HTMLSelectElement>(".ifu-field-recipient");
		expect(Array.from(select?.options ?? []).map((o) => o.text)).toEqual(["Priya Raman", "Jordan Blake", "Everyone (2 drafts)"]);
		expect(select?.value).toBe("Jordan Blake");
		modal?.close();
		await h.open(PATH);
		await draft(h, "status-check", "\u0000everyone");
		expect((await salutations(h)).sort()).toEqual(["Dear Dr. Raman:", "Dear Mx. Blake:", "Dear Mx. Blake:"]);
	});

	it("the reference heads-up drafts one letter to each reference in the settings", async () => {
		const h = await startHarness(FILES, registerDraftCommands, {
			defaultFormat: "card",
			references: [{ name: "Robin Hale", relationship: "my manager at Contoso" }, { name: "Alex Morgan" }],
		});
		await h.open(PATH);
		await draft(h, "reference-heads-up");
		expect((await salutations(h)).sort()).toEqual(["Dear Alex Morgan,", "Dear Robin Hale,"]);
	});
});
