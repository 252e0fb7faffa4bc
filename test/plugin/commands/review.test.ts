// @vitest-environment jsdom
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { registerReviewCommand } from "../../../src/plugin/commands/review";
import { clearNotices, noticeMessages, openModals, runCommand } from "../../mocks/obsidian";
import { withCoreDoubles, type CoreDoubles } from "./core-doubles";
import { flush, INTERVIEW, startHarness } from "./harness";

const NOTE = "Interviews/Northwind.md";
const DRAFT_FM = `---
draft_of: "[[Interviews/Northwind]]"
kind: thank-you
format: email
---
`;
// Line 7 (in the editor) misspells the interviewer's surname and is informal.
const BAD = `${DRAFT_FM}Subject: Thank you

Hey Dana,

Thanks for the chat :) Ms. Whitfeld, it was awesome.
`;

beforeEach(() => clearNotices());

describe("review-draft", () => {
	it("lists findings as 'Line N — message' with lines as the editor shows them", async () => {
		const h = await startHarness({ [NOTE]: INTERVIEW, "Interviews/Drafts/d.md": BAD }, registerReviewCommand);
		await h.open("Interviews/Drafts/d.md");
		expect(runCommand(h.app, "review-draft")).toBe(true);
		await flush(h.app);
		const modal = openModals().at(-1);
		expect(modal?.titleEl.textContent).toBe("Review of d: 6 findings");
		const rows = Array.from(modal?.contentEl.querySelectorAll("li") ?? []).map((li) => li.textContent ?? "");
		expect(rows).toHaveLength(6);
		for (const row of rows) expect(row).toMatch(/^Line \d+ — \S/);
		const lineOf = (needle: string): number => BAD.split("\n").findIndex((l) => l.includes(needle)) + 1;
		// The first-name salutation is on the editor's line of "Hey Dana,", frontmatter included.
		expect(rows.some((r) => r.startsWith(`Line ${lineOf("Hey Dana")} — `))).toBe(true);
		// The near-miss spelling is caught because the interview came from draft_of.
		expect(rows.some((r) => r.startsWith(`Line ${lineOf("Whitfeld")} — `) && /Whitf/.test(r))).toBe(true);
	});

	it("says 'No findings' for a clean draft", async () => {
		const h = await startHarness({ [NOTE]: INTERVIEW, "Interviews/Drafts/ok.md": `${DRAFT_FM}Dear Ms. Whitfield,\n\nThank you for your time on Thursday.\n` }, registerReviewCommand);
		await h.open("Interviews/Drafts/ok.md");
		runCommand(h.app, "review-draft");
		await flush(h.app);
		const findingsShown = openModals().length > 0;
		if (!findingsShown) expect(noticeMessages()).toContain("No findings: the draft reads well.");
		else expect(openModals()[0]?.titleEl.textContent).toMatch(/finding/);
	});
});

describe("review-draft reads the draft's format", () => {
	it("holds a card to a card's length", async () => {
		const body = "Thank you for showing me the Harbour Street warehouse and the stock-count process. ".repeat(7);
		const card = `---\ndraft_of: "[[Interviews/Northwind]]"\nkind: thank-you\nformat: card\n---\nDear Ms. Whitfield,\n\n${body.trim()}\n\nKind regards,\nAlex\n`;
		const h = await startHarness({ [NOTE]: INTERVIEW, "Interviews/Drafts/card.md": card }, registerReviewCommand);
		await h.open("Interviews/Drafts/card.md");
		runCommand(h.app, "review-draft");
		await flush(h.app);
		const rows = Array.from(openModals().at(-1)?.contentEl.querySelectorAll("li") ?? []).map((li) => li.textContent ?? "");
		expect(rows.some((r) => /keep a card under/.test(r))).toBe(true);
	});
});

/** The names the plugin-layer tests use, from the graph with core doubles. */
function layerOf(d: CoreDoubles) {
	const { startHarness, flush, INTERVIEW } = d.harness;
	const { runCommand, noticeMessages, openModals, MarkdownView } = d.obsidian;
	return { startHarness, flush, INTERVIEW, PATH: "Interviews/Northwind.md", runCommand, noticeMessages, openModals, MarkdownView, register: d.review.registerReviewCommand };
}

describe("review (plugin layer, core doubles)", () => {
	let d: CoreDoubles;
	beforeAll(async () => {
		d = await withCoreDoubles();
	});
	beforeEach(() => {
		d.obsidian.clearNotices();
		// Modals left open by an earlier test would count as this test's.
		for (const m of d.obsidian.openModals()) m.close();
	});
	it("numbers findings as the editor's lines, frontmatter included", async () => {
		const { startHarness, flush, INTERVIEW, PATH, runCommand, openModals, register } = layerOf(d);
		const draft = "---\ndraft_of: \"[[Interviews/Northwind]]\"\nkind: thank-you\n---\nSubject: Hi\n\nHey Dana,\n";
		const h = await startHarness({ [PATH]: INTERVIEW, "Interviews/Drafts/d.md": draft }, register);
		await h.open("Interviews/Drafts/d.md");
		runCommand(h.app, "review-draft");
		await flush(h.app);
		const rows = Array.from(openModals().at(-1)?.contentEl.querySelectorAll("li") ?? []).map((li) => li.textContent);
		expect(rows).toEqual(["Line 7 — Informal greeting."]);
	});

	it("reviews the drafts section of an interview note, with its lines", async () => {
		const { startHarness, flush, INTERVIEW, PATH, runCommand, openModals, register } = layerOf(d);
		const text = `${INTERVIEW}\n## Drafts\n\nHey Sam,\n`;
		const h = await startHarness({ [PATH]: text }, register);
		await h.open(PATH);
		runCommand(h.app, "review-draft");
		await flush(h.app);
		const line = text.split("\n").indexOf("Hey Sam,") + 1;
		const rows = Array.from(openModals().at(-1)?.contentEl.querySelectorAll("li") ?? []).map((li) => li.textContent);
		expect(rows).toEqual([`Line ${line} — Informal greeting.`]);
	});

	it("says No findings for a clean draft", async () => {
		const { startHarness, flush, runCommand, noticeMessages, openModals, register } = layerOf(d);
		const h = await startHarness({ "Notes/d.md": "Dear Ms. Whitfield,\n" }, register);
		await h.open("Notes/d.md");
		runCommand(h.app, "review-draft");
		await flush(h.app);
		expect(openModals()).toHaveLength(0);
		expect(noticeMessages()).toEqual(["No findings: the draft reads well."]);
	});
});

describe("review-draft checks a formal letter's address against the note's company_address", () => {
	it("reports the line of the address that differs", async () => {
		const note = INTERVIEW.replace("role: Operations Analyst\n", 'role: Operations Analyst\ncompany_address: "4 Dock Street\\nLeeds LS10 1PJ"\n');
		const letter = '---\ndraft_of: "[[Interviews/Northwind]]"\nkind: withdrawal\nformat: letter\n---\nMs. Dana Whitfield\nNorthwind Traders\n4 Dock Road\nLeeds\n\nDear Ms. Whitfield:\n\nThank you for your time.\n';
		const h = await startHarness({ [NOTE]: note, "Interviews/Drafts/letter.md": letter }, registerReviewCommand);
		await h.open("Interviews/Drafts/letter.md");
		runCommand(h.app, "review-draft");
		await flush(h.app);
		const rows = Array.from(openModals().at(-1)?.contentEl.querySelectorAll("li") ?? []).map((li) => li.textContent ?? "");
		expect(rows).toEqual(["Line 8 — This address ('4 Dock Road, Leeds') differs from the note's company_address ('4 Dock Street, Leeds LS10 1PJ'); copy it from the note, or correct the note."]);
	});
});
