// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { groupItems } from "../../src/core/group-items";
import { computeItems } from "../../src/core/rules";
import { fileAt, openModals, settle } from "../mocks/obsidian";
import { interview, openView, rendered, VAULT } from "./view-fixture";

afterEach(() => vi.useRealTimers());

describe("FollowUpsView", () => {
	it("shows Overdue, Today, Upcoming and Waiting with the rows the rules give at a fixed now", async () => {
		const now = new Date(2026, 10, 22, 9, 0);
		const v = await openView(VAULT, now);
		const expected = groupItems(computeItems(v.index.notes().map((n) => n.interview), now, v.settings), now, v.settings);
		expect(v.headings().slice(0, 4)).toEqual([
			`Overdue ${expected.overdue.length}`,
			`Today ${expected.today.length}`,
			`Upcoming ${expected.upcoming.length}`,
			`Waiting ${expected.waiting.length}`,
		]);
		const g = v.groups();
		expect(g.Overdue?.map((t) => t.startsWith("Northwind Traders · Analyst"))).toEqual(expected.overdue.map(() => true));
		expect(g.Today?.every((t) => t.startsWith("Contoso · Analyst"))).toBe(true);
		expect(g.Upcoming?.some((t) => t.startsWith("Fabrikam"))).toBe(true);
		expect(g.Waiting?.[0]).toMatch(/^Tailspin · Analyst.*opens in 12 days · Fri 4 Dec/);
		for (const [i, item] of expected.overdue.entries()) {
			expect(g.Overdue?.[i]).toContain(item.label);
			// Each person is named once: by the label ("Ms. Whitfield") or in the "With …" line.
			for (const name of item.interviewers) expect(g.Overdue?.[i]).toContain(name.split(" ").at(-1));
			expect(g.Overdue?.[i]).not.toContain("With Dana Whitfield");
		}
		expect(g.Overdue?.[0]).toMatch(/late/);
		const buttons = Array.from(v.el.querySelectorAll("li.ifu-row")[0]?.querySelectorAll("button") ?? []).map((b) => b.textContent);
		expect(buttons).toEqual(["Open", "Draft", "Snooze", "Done"]);
	});

	it("lists notes with bad frontmatter briefly, with a button that opens the note", async () => {
		const v = await openView(VAULT, new Date(2026, 10, 22, 9, 0));
		expect(v.headings().at(-1)).toBe("Notes to fix (1)");
		const problem = v.el.querySelector(".ifu-problem");
		expect(problem?.textContent).toContain("soon");
		problem?.querySelector("button")?.click();
		await settle(v.app);
		expect(v.app.workspace.getActiveFile()?.path).toBe("Interviews/Broken.md");
	});

	it("re-renders after an edit: Done records the step and the row leaves its group", async () => {
		const v = await openView(VAULT, new Date(2026, 10, 22, 9, 0));
		const before = v.groups().Overdue ?? [];
		const row = Array.from(v.el.querySelectorAll("li.ifu-row-overdue")).find((li) => /debrief/i.test(li.textContent ?? ""));
		if (!row) throw new Error("no debrief row");
		Array.from(row.querySelectorAll("button")).find((b) => b.textContent === "Done")?.click();
		await settle(v.app);
		await rendered();
		expect(await v.app.vault.read(fileAt(v.app, "Interviews/Northwind.md"))).toContain("debriefed: 2026-11-22");
		expect(v.groups().Overdue).toHaveLength(before.length - 1);
		expect(v.groups().Overdue?.some((t) => /debrief/i.test(t))).toBe(false);
	});

	it("moves today's items to overdue at midnight without any edit", async () => {
		vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
		const v = await openView(VAULT, new Date(2026, 10, 22, 23, 58));
		const today = v.groups().Today?.length ?? 0;
		const overdue = v.groups().Overdue?.length ?? 0;
		expect([today, overdue]).toEqual([1, 4]);
		v.setNow(new Date(2026, 10, 23, 0, 5));
		vi.advanceTimersByTime(60_000);
		expect(v.groups().Today).toBeUndefined();
		expect(v.groups().Overdue).toHaveLength(overdue + today);
	});

	it("renders only when the index or the minute changed", async () => {
		const v = await openView(VAULT, new Date(2026, 10, 22, 9, 0));
		const first = v.el.firstElementChild;
		v.view.refresh();
		expect(v.el.firstElementChild).toBe(first);
		v.setNow(new Date(2026, 10, 22, 9, 1));
		v.view.refresh();
		expect(v.el.firstElementChild).not.toBe(first);
	});

	it("says it is reading the notes until the index is built, then shows them", async () => {
		const v = await openView(VAULT, new Date(2026, 10, 22, 9, 0), false);
		expect(v.el.textContent).toBe("Reading your interview notes…");
		v.index.build();
		await rendered();
		expect(v.headings()[0]).toMatch(/^Overdue/);
	});

	it("shows an empty state that offers to create the first interview note", async () => {
		const v = await openView({ "Notes/Shopping.md": "Milk.\n" }, new Date(2026, 10, 22, 9, 0));
		expect(v.el.textContent).toContain("No interview notes yet");
		const button = Array.from(v.el.querySelectorAll("button")).find((b) => b.textContent === "New interview note");
		button?.click();
		expect(openModals().map((m) => m.titleEl.textContent)).toEqual(["New interview note"]);
		openModals()[0]?.close();
	});

	it("says all is done when interviews need nothing now", async () => {
		const done = interview("Done Co", "2026-11-10", "outcome: offer\ndebriefed: 2026-11-10\nthank_you_sent: 2026-11-10\nreferences_notified: 2026-11-10\noffer_replied: 2026-11-11\n");
		const v = await openView({ "Interviews/Done.md": done }, new Date(2026, 10, 22, 9, 0));
		expect(v.el.textContent).toContain("Nothing to follow up right now");
		expect(v.el.textContent).toContain("1 interview note is up to date.");
	});

	it("shows note text as text: no markup from a company or interviewer name", async () => {
		const evil = "---\ntype: interview\ncompany: \"<img src=x onerror=alert(1)>\"\nrole: \"<script>alert(2)</script>\"\ndate: 2026-11-20 10:00\ninterviewers:\n  - name: \"<b>Bold</b> Person\"\n---\n";
		const v = await openView({ "Interviews/Evil.md": evil }, new Date(2026, 10, 22, 9, 0));
		expect(v.el.textContent).toContain("<img src=x onerror=alert(1)> · <script>alert(2)</script>");
		expect(v.el.textContent).toContain("<b>Bold</b> Person");
		expect(v.el.querySelectorAll("img, script, b")).toHaveLength(0);
	});

	it("uses real buttons, reachable with the keyboard, and keeps focus across a re-render", async () => {
		const v = await openView(VAULT, new Date(2026, 10, 22, 9, 0));
		document.body.appendChild(v.app.workspace.containerEl);
		const controls = Array.from(v.el.querySelectorAll<HTMLElement>("button, a, [role=button]"));
		expect(controls.every((c) => c.tagName === "BUTTON" && c.tabIndex === 0)).toBe(true);
		const open = v.el.querySelectorAll<HTMLButtonElement>("li.ifu-row button")[0];
		open?.focus();
		v.view.refresh(true);
		expect(document.activeElement?.getAttribute("data-focus-key")).toBe(open?.getAttribute("data-focus-key"));
	});

	it("follows a rename and a delete, and stops listening once closed", async () => {
		const v = await openView(VAULT, new Date(2026, 10, 22, 9, 0));
		await v.app.fileManager.renameFile(fileAt(v.app, "Interviews/Contoso.md"), "Interviews/Contoso Ltd.md");
		await settle(v.app);
		await rendered();
		expect(v.el.querySelectorAll('li[data-item-id^="Interviews/Contoso Ltd.md"]').length).toBe(2);
		v.app.vault.remove(fileAt(v.app, "Interviews/Contoso Ltd.md"));
		await settle(v.app);
		await rendered();
		expect(v.el.textContent).not.toContain("Contoso");
		v.leaf.detach();
		await settle(v.app);
		expect(v.el.childElementCount).toBe(0);
		await v.app.vault.modify(fileAt(v.app, "Interviews/Northwind.md"), interview("Northwind", "2026-11-19"));
		await settle(v.app);
		await rendered();
		expect(v.el.childElementCount).toBe(0);
	});
});
