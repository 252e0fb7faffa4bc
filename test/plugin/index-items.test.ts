import { describe, expect, expectTypeOf, it } from "vitest";
import { groupItems } from "../../src/core/group-items";
import { parseInterview } from "../../src/core/interview";
import type { FollowUpItem } from "../../src/core/items";
import { computeItems, itemsForInterview } from "../../src/core/rules";
import { resolveSettings } from "../../src/core/settings";
import { ItemCache } from "../../src/plugin/index-items";

const NOW = new Date(2026, 10, 22, 9, 0);
const fm = (company: string, extra: Record<string, unknown> = {}) => ({ type: "interview", company, date: "2026-11-19 14:00", interviewers: ["Dana Whitfield"], ...extra });
const noteOf = (path: string, frontmatter: unknown) => ({ path, ...parseInterview(path, frontmatter) });

describe("ItemCache", () => {
	it("hands out the view's groups as readonly arrays (tsc refuses a push or a sort)", () => {
		const cache = new ItemCache(() => resolveSettings({}).settings, () => undefined);
		cache.set("a.md", noteOf("a.md", fm("Northwind")));
		const groups = cache.groups(NOW);
		expectTypeOf(groups.overdue).toEqualTypeOf<readonly FollowUpItem[]>();
		expectTypeOf(groups).toHaveProperty("overdue").not.toHaveProperty("push");
		const settings = resolveSettings({}).settings;
		expect(groups).toEqual(groupItems(computeItems([noteOf("a.md", fm("Northwind")).interview], NOW, settings), NOW, settings));
	});

	it("keeps problems sorted by note and forgets a note's items and problems with it", () => {
		const cache = new ItemCache(() => resolveSettings({}).settings, () => undefined);
		cache.set("b.md", noteOf("b.md", { type: "interview", company: "B" }));
		cache.set("a.md", noteOf("a.md", { type: "interview", company: "A", date: "soon" }));
		expect(cache.problems().map((p) => p.note)).toEqual(["a.md", "b.md"]);
		const before = cache.items(NOW);
		cache.set("c.md", noteOf("c.md", fm("C")));
		const settings = resolveSettings({}).settings;
		expect(cache.items(NOW).filter((i) => i.note === "c.md")).toEqual(itemsForInterview(noteOf("c.md", fm("C")).interview, NOW, settings));
		cache.set("c.md", null);
		expect(cache.items(NOW)).toEqual(before);
		cache.set("a.md", null);
		expect(cache.problems().map((p) => p.note)).toEqual(["b.md"]);
		expect(cache.paths()).toEqual(["b.md"]);
		cache.clear();
		expect(cache.size).toBe(0);
	});
});
