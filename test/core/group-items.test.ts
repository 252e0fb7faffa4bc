import { describe, expect, it } from "vitest";
import { groupItems } from "../../src/core/group-items";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { item, NOW } from "./item-fixture";

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
