import { describe, expect, it } from "vitest";
import type { FollowUpItem } from "../../src/core/items";
import { GROUP_NAMES, GROUP_TITLES, relativeWhen, SHOWN_GROUPS } from "../../src/core/groups";
import { groupItems } from "../../src/core/group-items";
import { DEFAULT_SETTINGS } from "../../src/core/settings";

const NOW = new Date(2026, 10, 22, 9, 0, 0);
const item = (id: string, due: Date, notBefore: Date | null = null): FollowUpItem => ({
	id,
	note: `Interviews/${id}.md`,
	company: "Northwind Traders",
	role: "Operations Analyst",
	kind: "thank-you",
	label: "Send a thank-you note",
	notBefore,
	due,
	state: "upcoming",
	interviewers: [],
});

describe("groupItems", () => {
	const late = item("late", new Date(2026, 10, 20, 14, 0));
	const today = item("today", new Date(2026, 10, 22, 23, 59, 59));
	const soon = item("soon", new Date(2026, 10, 25, 23, 59, 59));
	const edge = item("edge", new Date(2026, 11, 6, 23, 59, 59));
	const far = item("far", new Date(2026, 11, 7, 0, 0, 0));
	const waiting = item("waiting", new Date(2026, 11, 4, 23, 59, 59), new Date(2026, 11, 4));

	it("splits by state at now; upcoming covers settings.upcomingDays, later is beyond", () => {
		const g = groupItems([far, waiting, edge, soon, today, late], NOW, DEFAULT_SETTINGS);
		expect({
			overdue: g.overdue.map((i) => i.id),
			today: g.today.map((i) => i.id),
			upcoming: g.upcoming.map((i) => i.id),
			waiting: g.waiting.map((i) => i.id),
			later: g.later.map((i) => i.id),
		}).toEqual({ overdue: ["late"], today: ["today"], upcoming: ["soon", "edge"], waiting: ["waiting"], later: ["far"] });
		expect(groupItems([soon], NOW, { ...DEFAULT_SETTINGS, upcomingDays: 2 }).later).toEqual([soon]);
	});

	it("recomputes states: at midnight today's items turn overdue", () => {
		const g = groupItems([today], new Date(2026, 10, 23, 0, 0, 1), DEFAULT_SETTINGS);
		expect(g.overdue).toEqual([today]);
	});
});

describe("relativeWhen", () => {
	it.each([
		[item("a", new Date(2026, 10, 20, 9, 0)), "2 days late"],
		[item("b", new Date(2026, 10, 22, 6, 0)), "about 3 hours late"],
		[item("c", new Date(2026, 10, 22, 12, 0)), "due in about 3 hours"],
		[item("d", new Date(2026, 10, 27, 9, 0)), "due in 5 days"],
		[item("e", new Date(2026, 11, 4, 23, 59, 59), new Date(2026, 11, 4)), "from 4 Dec"],
		[item("f", new Date(2027, 0, 8, 23, 59, 59), new Date(2027, 0, 8)), "from 8 Jan 2027"],
	])("case %#", (entry, words) => {
		expect(relativeWhen(entry, NOW)).toBe(words);
	});

	it("writes the day a waiting item opens in the user's date style", () => {
		const waiting = [item("e", new Date(2026, 11, 4, 23, 59, 59), new Date(2026, 11, 4)), item("f", new Date(2027, 0, 8, 23, 59, 59), new Date(2027, 0, 8))];
		expect(waiting.map((i) => relativeWhen(i, NOW, "us"))).toEqual(["from Dec 4", "from Jan 8, 2027"]);
		expect(waiting.map((i) => relativeWhen(i, NOW, "iso"))).toEqual(["from 2026-12-04", "from 2027-01-08"]);
		expect(waiting.map((i) => relativeWhen(i, NOW, "uk"))).toEqual(["from 4 Dec", "from 8 Jan 2027"]);
	});
});

describe("group names and titles", () => {
	it("are the groups groupItems returns, in the order both adapters list them", () => {
		expect(GROUP_NAMES).toEqual(Object.keys(groupItems([], NOW, DEFAULT_SETTINGS)));
		expect(SHOWN_GROUPS).toEqual(["overdue", "today", "upcoming", "waiting"]);
		expect(GROUP_NAMES.map((g) => GROUP_TITLES[g])).toEqual(["Overdue", "Today", "Upcoming", "Waiting", "Later"]);
	});
});
