/** Sorting items into the view's groups (names and words: groups.ts). */
import { groupOf, upcomingHorizon, type ItemGroups } from "./groups";
import type { FollowUpItem } from "./items";
import { compareItems } from "./rules";
import type { Settings } from "./settings";

/** Sorts items into groups by their state at `now` (recomputed, so a stale list is safe). */
export function groupItems(items: FollowUpItem[], now: Date, settings: Settings): ItemGroups {
	const groups: ItemGroups = { overdue: [], today: [], upcoming: [], waiting: [], later: [] };
	const horizon = upcomingHorizon(now, settings);
	for (const item of [...items].sort(compareItems)) groups[groupOf(item, now, horizon)].push(item);
	return groups;
}
