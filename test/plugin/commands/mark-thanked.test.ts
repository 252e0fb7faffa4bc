// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from "vitest";
import { registerMarkThankedCommand } from "../../../src/plugin/commands/mark-thanked";
import { clearNotices, noticeMessages, openModals, runCommand } from "../../mocks/obsidian";
import { flush, startHarness } from "./harness";

const PATH = "Interviews/Tailspin.md";
const NOTE = `---
type: interview
company: Tailspin Toys
date: 2026-11-16 09:00
interviewers:
  - "[[Priya Raman]]"
  - name: Jordan Blake
    thanked: 2026-11-17
custom_key: keep me
---
Body text stays.
`;

beforeEach(() => clearNotices());

describe("mark-interviewer-thanked", () => {
	it("turns the one open link entry into an object with thanked, through processFrontMatter", async () => {
		const h = await startHarness({ [PATH]: NOTE, "People/Priya Raman.md": "---\nname: Priya Raman\nhonorific: Dr.\n---\n" }, registerMarkThankedCommand);
		await h.open(PATH);
		expect(runCommand(h.app, "mark-interviewer-thanked")).toBe(true);
		await flush(h.app);
		const text = await h.read(PATH);
		expect(text).toMatch(/interviewers:\n {2}- name: "?\[\[Priya Raman\]\]"?\n {4}thanked: "?2026-11-22"?\n {2}- name: Jordan Blake\n/);
		expect(text).toContain("custom_key: keep me");
		expect(text.endsWith("---\nBody text stays.\n")).toBe(true);
		expect(noticeMessages().at(-1)).toBe("[[Priya Raman]]: thanked on 2026-11-22.");
		expect(h.index.note(PATH)?.interview.interviewers.every((p) => p.thanked !== undefined)).toBe(true);
		// Everyone is thanked now: nothing to ask, nothing written.
		runCommand(h.app, "mark-interviewer-thanked");
		await flush(h.app);
		expect(noticeMessages().at(-1)).toBe("Every interviewer in this note is already marked thanked.");
		expect(await h.read(PATH)).toBe(text);
	});

	it("asks which interviewer when several are open", async () => {
		const h = await startHarness({ [PATH]: NOTE.replace("    thanked: 2026-11-17\n", "") }, registerMarkThankedCommand);
		await h.open(PATH);
		runCommand(h.app, "mark-interviewer-thanked");
		await flush(h.app);
		const modal = openModals().at(-1);
		const labels = Array.from(modal?.contentEl.querySelectorAll("button") ?? []).map((b) => b.textContent);
		expect(labels).toEqual(["Priya Raman (Priya Raman)", "Jordan Blake (Jordan Blake)"]);
		Array.from(modal?.contentEl.querySelectorAll("button") ?? []).find((b) => b.textContent?.startsWith("Jordan"))?.click();
		await flush(h.app);
		expect(await h.read(PATH)).toMatch(/ {2}- name: Jordan Blake\n {4}thanked: "?2026-11-22"?\n/);
	});
});
