// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from "vitest";
import type { FollowUpItem } from "../../../src/core/items";
import { collectQuestions, isOurCalendar, registerGeneratedCommands } from "../../../src/plugin/commands/generated";
import { clearNotices, noticeMessages, runCommand } from "../../mocks/obsidian";
import { flush, INTERVIEW, NOW, startHarness } from "./harness";

const SECOND = `---
type: interview
company: Contoso
role: Planner
date: 2026-11-10
---
## Questions they asked
### Technical
- What is a safety stock?

## Debrief
- Not a question: this line is in another section.
`;

beforeEach(() => clearNotices());

describe("build-question-bank", () => {
	it("gathers each interview's questions section through the cached headings", async () => {
		const h = await startHarness({ "Interviews/Northwind.md": INTERVIEW, "Interviews/Contoso.md": SECOND, "Notes/Other.md": "## Questions they asked\n- Not an interview\n" }, registerGeneratedCommands);
		const entries = await collectQuestions(h.ctx);
		expect(entries.map((e) => [e.notePath, e.question, e.company])).toEqual(
			expect.arrayContaining([
				["Interviews/Northwind.md", "Tell me about a time you fixed a broken process.", "Northwind Traders"],
				["Interviews/Northwind.md", "How do you prioritise competing requests?", "Northwind Traders"],
				["Interviews/Contoso.md", "What is a safety stock?", "Contoso"],
			]),
		);
		expect(entries).toHaveLength(3);
	});

	it("creates the bank, and on the next run merges it: ticks and notes kept, a question gone moved under its heading", async () => {
		const h = await startHarness({ "Interviews/Northwind.md": INTERVIEW }, registerGeneratedCommands);
		expect(runCommand(h.app, "build-question-bank")).toBe(true);
		await flush(h.app);
		const first = await h.read("Interviews/Question bank.md");
		expect(first).toMatch(/^---\n[\s\S]*type: question-bank/);
		expect(first).toContain("Tell me about a time you fixed a broken process.");

		await h.edit("Interviews/Question bank.md", (t) =>
			t.replace("- [ ] Tell me about a time you fixed a broken process.", "- [x] Tell me about a time you fixed a broken process.\n\t- Use the returns backlog story").replace(
				"- [ ] How do you prioritise competing requests?",
				"- [x] How do you prioritise competing requests?",
			),
		);
		await h.edit("Interviews/Northwind.md", (t) => t.replace("- How do you prioritise competing requests?\n", "- Why us?\n"));
		runCommand(h.app, "build-question-bank");
		await flush(h.app);
		const second = await h.read("Interviews/Question bank.md");
		expect(second).toContain("- [ ] Why us?\n");
		expect(second).toMatch(/- \[x\] Tell me about a time you fixed a broken process\.\n(\t- \[\[.*\n)+\t- Use the returns backlog story\n/);
		expect(second.slice(second.indexOf("## No longer in your notes"))).toMatch(/\n- \[x\] How do you prioritise competing requests\?\n$/);
		expect(noticeMessages().at(-1)).toBe("Question bank updated, your ticks and notes kept: 2 questions from 1 interview.");
		expect(h.app.vault.getMarkdownFiles().filter((f) => f.path.startsWith("Interviews/Question bank"))).toHaveLength(1);
	});

	it("leaves a user's own note at the bank's path alone and says so", async () => {
		const mine = "# My question bank\nHand-written.\n";
		const h = await startHarness({ "Interviews/Northwind.md": INTERVIEW, "Interviews/Question bank.md": mine }, registerGeneratedCommands);
		runCommand(h.app, "build-question-bank");
		await flush(h.app);
		expect(await h.read("Interviews/Question bank.md")).toBe(mine);
		expect(noticeMessages().at(-1)).toMatch(/is a note of yours.*left alone/);
	});
});

describe("export-ics", () => {
	const item: FollowUpItem = {
		id: "Interviews/Northwind.md#thank-you",
		note: "Interviews/Northwind.md",
		company: "Northwind Traders",
		role: "Operations Analyst",
		kind: "thank-you",
		label: "Send a thank-you note to Ms. Whitfield",
		notBefore: null,
		due: new Date(2026, 10, 20, 14, 0),
		state: "overdue",
		interviewers: ["Dana Whitfield"],
	};

	it("writes the calendar, replaces its own export, and refuses another file", async () => {
		const h = await startHarness({ "Interviews/Northwind.md": INTERVIEW }, registerGeneratedCommands);
		h.index.fixedItems = [item];
		runCommand(h.app, "export-ics");
		await flush(h.app);
		const first = await h.read("Interviews/Follow-ups.ics");
		expect(first.startsWith("BEGIN:VCALENDAR")).toBe(true);
		expect(first).toContain("Northwind Traders");
		expect(isOurCalendar(first, NOW)).toBe(true);

		h.index.fixedItems = [];
		runCommand(h.app, "export-ics");
		await flush(h.app);
		expect(await h.read("Interviews/Follow-ups.ics")).not.toContain("Northwind Traders");
		expect(noticeMessages().at(-1)).toBe("Exported 0 follow-up items to Interviews/Follow-ups.ics.");
	});

	it("refuses to replace a calendar it did not write", async () => {
		const theirs = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Someone else//EN\r\nEND:VCALENDAR\r\n";
		const h = await startHarness({ "Interviews/Follow-ups.ics": theirs }, registerGeneratedCommands);
		runCommand(h.app, "export-ics");
		await flush(h.app);
		expect(await h.read("Interviews/Follow-ups.ics")).toBe(theirs);
		expect(noticeMessages().at(-1)).toMatch(/not a calendar this plugin exported/);
	});
});
