import { describe, expect, it } from "vitest";
import { GROUP_NAMES, GROUP_TITLES, relativeWhen, SHOWN_GROUPS } from "../../src/core/groups";
import { groupItems } from "../../src/core/group-items";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { item, NOW } from "./item-fixture";

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
