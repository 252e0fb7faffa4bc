// @vitest-environment jsdom
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { registerDraftCommands } from "../../../src/plugin/commands/drafts";
import type { Settings } from "../../../src/core/settings";
import { clearNotices, MarkdownView, noticeMessages, openModals, runCommand } from "../../mocks/obsidian";
import { withCoreDoubles, type CoreDoubles } from "./core-doubles";
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

describe("draft-<kind> into the drafts folder", () => {
	it("writes one note per interviewer, linked back, opened in new tabs; a second run never overwrites", async () => {
		const h = await start();
		const original = await h.read(PATH);
		await draft(h, "thank-you");
		const first = drafts(h);
		expect(first).toHaveLength(2);
		expect(first.some((p) => p.startsWith("Interviews/Drafts/2026-11-22 Thank-you — Northwind Traders — "))).toBe(true);
		for (const p of first) expect(await h.read(p)).toMatch(/draft_of/);
		const firstTexts = await Promise.all(first.map((p) => h.read(p)));
		expect(h.app.workspace.getActiveViewOfType(MarkdownView)?.file?.path.startsWith("Interviews/Drafts/")).toBe(true);

		// The drafts opened in new tabs; go back to the interview note to draft again.
		await h.open(PATH);
		await draft(h, "thank-you");
		const second = drafts(h);
		expect(second).toHaveLength(4);
		expect(second.filter((p) => / 2\.md$/.test(p))).toHaveLength(2);
		expect(await Promise.all(first.map((p) => h.read(p)))).toEqual(firstTexts);
		expect(await h.read(PATH)).toBe(original);
	});

	it("drafts for one chosen interviewer", async () => {
		const h = await start();
		await draft(h, "thank-you", "Sam Ortiz");
		expect(drafts(h)).toHaveLength(1);
	});

	it("shows the draft's warnings, such as a status check before its date", async () => {
		const h = await start();
		await draft(h, "status-check");
		// A status check goes to the contact alone.
		expect(drafts(h)).toHaveLength(1);
		expect(noticeMessages().some((m) => /early|before/i.test(m))).toBe(true);
	});

	it("is not offered on a note that is not an interview", async () => {
		const h = await start();
		await h.open("Notes/Plain.md");
		expect(h.app.commands.isAvailable("interview-follow-up:draft-thank-you")).toBe(false);
	});
});

describe("draft-<kind> under the drafts heading", () => {
	const WITH_DRAFTS = `${INTERVIEW}\n## Drafts\nEarlier draft kept as is.\n\n## After drafts\nUser text after.\n`;

	it("splices the drafts at the end of the section, touching no other text", async () => {
		const h = await start({ draftLocation: "section" }, WITH_DRAFTS);
		await draft(h, "thank-you", "Dana Whitfield");
		const after = await h.read(PATH);
		const cut = WITH_DRAFTS.indexOf("## After drafts");
		const head = WITH_DRAFTS.slice(0, cut);
		const tail = WITH_DRAFTS.slice(cut);
		expect(after.startsWith(head.replace(/\n+$/, ""))).toBe(true);
		expect(after.endsWith(tail)).toBe(true);
		const added = after.slice(head.replace(/\n+$/, "").length, after.length - tail.length);
		expect(added).toMatch(/^\n*### Thank-you — /);
		expect(added).toMatch(/\n\n$/);
		expect(after.slice(0, head.length)).toBe(head);
		expect(drafts(h)).toEqual([]);
	});

	it("keeps a CRLF note CRLF: the drafts added under the heading take its line ending", async () => {
		const crlf = WITH_DRAFTS.replace(/\n/g, "\r\n");
		const h = await start({ draftLocation: "section" }, crlf);
		await draft(h, "thank-you", "Dana Whitfield");
		const after = await h.read(PATH);
		expect(after).toMatch(/\r\n## Drafts\r\nEarlier draft kept as is\.\r\n\r\n### Thank-you — Dana Whitfield \(email, /);
		expect(after.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
		expect(after.endsWith("\r\n\r\n## After drafts\r\nUser text after.\r\n")).toBe(true);
	});

	it("adds the drafts heading at the end when the note has none", async () => {
		const h = await start({ draftLocation: "section" });
		await draft(h, "withdrawal");
		const after = await h.read(PATH);
		expect(after.startsWith(INTERVIEW)).toBe(true);
		expect(after.slice(INTERVIEW.length)).toMatch(/^\n## Drafts\n\n### Withdrawal/);
	});
});

/** The names the plugin-layer tests use, from the graph with core doubles. */
function layerOf(d: CoreDoubles) {
	const { startHarness, flush, INTERVIEW } = d.harness;
	const { runCommand, noticeMessages, openModals, MarkdownView } = d.obsidian;
	return { startHarness, flush, INTERVIEW, PATH: "Interviews/Northwind.md", runCommand, noticeMessages, openModals, MarkdownView, register: d.drafts.registerDraftCommands };
}

type H = Awaited<ReturnType<CoreDoubles["harness"]["startHarness"]>>;

async function acceptDraft(d: CoreDoubles, h: H, kind: string, recipient?: string): Promise<void> {
	const { runCommand, flush, openModals } = layerOf(d);
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


describe("drafts (plugin layer, core doubles)", () => {
	let d: CoreDoubles;
	beforeAll(async () => {
		d = await withCoreDoubles();
	});
	beforeEach(() => {
		d.obsidian.clearNotices();
		// Modals left open by an earlier test would count as this test's.
		for (const m of d.obsidian.openModals()) m.close();
	});
	it("folder: one note per draft, named by date, kind, company and recipient; never overwritten", async () => {
		const { startHarness, INTERVIEW, PATH, register } = layerOf(d);
		const h = await startHarness({ [PATH]: INTERVIEW }, register);
		await h.open(PATH);
		await acceptDraft(d, h, "thank-you");
		expect(draftFiles(h)).toEqual([
			"Interviews/Drafts/2026-11-22 Thank-you — Northwind Traders — Dana Whitfield.md",
			"Interviews/Drafts/2026-11-22 Thank-you — Northwind Traders — Sam Ortiz.md",
		]);
		await h.edit("Interviews/Drafts/2026-11-22 Thank-you — Northwind Traders — Dana Whitfield.md", (t) => `${t}My edits.\n`);
		await h.open(PATH);
		await acceptDraft(d, h, "thank-you", "Dana Whitfield");
		expect(draftFiles(h)).toContain("Interviews/Drafts/2026-11-22 Thank-you — Northwind Traders — Dana Whitfield 2.md");
		expect(await h.read("Interviews/Drafts/2026-11-22 Thank-you — Northwind Traders — Dana Whitfield.md")).toMatch(/My edits\.\n$/);
		expect(await h.read(PATH)).toBe(INTERVIEW);
		// Opened in a new tab: the interview's tab is still there.
		const tabs = h.app.workspace.getLeavesOfType("markdown").map((l) => (l.view as InstanceType<typeof d.obsidian.MarkdownView>).file?.path);
		expect(tabs).toContain(PATH);
		expect(tabs).toContain("Interviews/Drafts/2026-11-22 Thank-you — Northwind Traders — Dana Whitfield 2.md");
	});

	it("shows warnings as notices", async () => {
		const { startHarness, INTERVIEW, PATH, noticeMessages, register } = layerOf(d);
		const h = await startHarness({ [PATH]: INTERVIEW }, register);
		await h.open(PATH);
		await acceptDraft(d, h, "status-check", "Sam Ortiz");
		expect(noticeMessages()).toContain("Too early.");
	});

	it("section: appended at the end of the drafts section, other text byte for byte", async () => {
		const { startHarness, INTERVIEW, PATH, register } = layerOf(d);
		const text = `${INTERVIEW}\n# Drafts\nOld draft.\n\n## Sub of drafts\nStill drafts.\n# After\nTail.\n`;
		const h = await startHarness({ [PATH]: text }, register, { draftLocation: "section" });
		await h.open(PATH);
		await acceptDraft(d, h, "thank-you", "Sam Ortiz");
		const after = await h.read(PATH);
		const cut = text.indexOf("# After");
		expect(after.slice(0, cut)).toBe(text.slice(0, cut));
		expect(after.endsWith(text.slice(cut))).toBe(true);
		expect(after.slice(cut, after.length - (text.length - cut))).toBe("\n## Thank-you — Sam Ortiz (email, 2026-11-22)\n\nDear Sam Ortiz,\n\nThanks.\n\n");
		expect(draftFiles(h)).toEqual([]);
	});

	it("section: a missing drafts heading is added at the end", async () => {
		const { startHarness, INTERVIEW, PATH, register } = layerOf(d);
		const h = await startHarness({ [PATH]: INTERVIEW.replace(/\n$/, "") }, register, { draftLocation: "section" });
		await h.open(PATH);
		await acceptDraft(d, h, "thank-you", "Sam Ortiz");
		expect(await h.read(PATH)).toBe(`${INTERVIEW}\n## Drafts\n\n### Thank-you — Sam Ortiz (email, 2026-11-22)\n\nDear Sam Ortiz,\n\nThanks.\n`);
	});
});

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
