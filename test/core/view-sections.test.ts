import { describe, expect, it } from "vitest";
import type { FollowUpItem } from "../../src/core/items";
import { rowsShown, staleBefore, viewSections } from "../../src/core/view-sections";

const NOW = new Date(2026, 10, 22, 9, 0);

function item(note: string, kind: FollowUpItem["kind"], due: Date, state: FollowUpItem["state"], company = note): FollowUpItem {
	return { id: `${note}#${kind}`, note, company, role: "Analyst", kind, label: kind, notBefore: null, due, state, interviewers: [] };
}

const day = (d: number, h = 23, m = 59): Date => new Date(2026, 10, d, h, m, h === 23 ? 59 : 0);

describe("viewSections", () => {
	const old = item("A.md", "status-check", new Date(2025, 0, 10, 23, 59, 59), "overdue", "Alpine");
	const edge = item("B.md", "thank-you", new Date(NOW.getTime() - 30 * 86_400_000), "overdue", "Bravo");
	const late = item("C.md", "debrief", day(20), "overdue", "Charlie");
	const today = item("A.md", "references", day(22), "today", "Alpine");
	const soon = item("C.md", "thank-you", day(24), "upcoming", "Charlie");
	const groups = { overdue: [old, edge, late], today: [today], upcoming: [soon], waiting: [], later: [] };

	it("by time: Overdue without the stale items, Today, Upcoming, then Stale; empty groups left out", () => {
		const s = viewSections(groups, NOW, "time", 30);
		expect(s.map((x) => [x.key, x.title, x.items.map((i) => i.id)])).toEqual([
			["overdue", "Overdue", ["B.md#thank-you", "C.md#debrief"]],
			["today", "Today", ["A.md#references"]],
			["upcoming", "Upcoming", ["C.md#thank-you"]],
			["stale", "Stale", ["A.md#status-check"]],
		]);
	});

	it("an item exactly staleDays overdue is not stale yet; one more second is", () => {
		expect(staleBefore(NOW, 30)).toBe(edge.due.getTime());
		const later = new Date(NOW.getTime() + 1000);
		expect(viewSections(groups, later, "time", 30).at(-1)?.items.map((i) => i.id)).toEqual(["A.md#status-check", "B.md#thank-you"]);
	});

	it("by interview: one section per note, the earliest due first, its rows by due; stale items still apart", () => {
		const s = viewSections(groups, NOW, "interview", 30);
		expect(s.map((x) => [x.key, x.title, x.items.map((i) => i.kind)])).toEqual([
			["note:B.md", "Bravo · Analyst", ["thank-you"]],
			["note:C.md", "Charlie · Analyst", ["debrief", "thank-you"]],
			["note:A.md", "Alpine · Analyst", ["references"]],
			["stale", "Stale", ["status-check"]],
		]);
	});

	it("no items, no sections", () => {
		expect(viewSections({ overdue: [], today: [], upcoming: [], waiting: [], later: [old] }, NOW, "time", 30)).toEqual([]);
	});
});

describe("rowsShown", () => {
	it("shows 50 rows a page, never more than there are", () => {
		expect([rowsShown(7, 1), rowsShown(120, 1), rowsShown(120, 2), rowsShown(120, 3), rowsShown(120, 9)]).toEqual([7, 50, 100, 120, 120]);
	});
});
