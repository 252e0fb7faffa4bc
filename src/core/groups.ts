/**
 * The follow-ups view's groups and "how late / how soon" in words. Sorting items
 * into them is group-items.ts: its sort needs the kinds table, which `due` on a
 * folder without notes never loads.
 */
import { dayMonth, endOfLocalDay, type DateStyle } from "./dates";
import { distanceInWords } from "./distance";
import type { FollowUpItem } from "./items";
import { itemState } from "./follow-ups/timing";
import type { Settings } from "./settings";

export interface ItemGroups {
	overdue: FollowUpItem[];
	today: FollowUpItem[];
	/** Due within `settings.upcomingDays`. */
	upcoming: FollowUpItem[];
	waiting: FollowUpItem[];
	/** Due beyond the upcoming window (not shown in the view). */
	later: FollowUpItem[];
}

export type GroupName = keyof ItemGroups;

/** Groups handed out to be read at once and never kept or changed (the index patches them in place). */
export type ReadonlyItemGroups = { readonly [K in keyof ItemGroups]: readonly FollowUpItem[] };

/** Every group, in the order the view and `due` list them. */
export const GROUP_NAMES: readonly GroupName[] = ["overdue", "today", "upcoming", "waiting", "later"];

/** The groups the view shows as lists; `later` is only counted there. */
export type ShownGroup = Exclude<GroupName, "later">;
export const SHOWN_GROUPS: readonly ShownGroup[] = ["overdue", "today", "upcoming", "waiting"];

export const GROUP_TITLES: Readonly<Record<GroupName, string>> = {
	overdue: "Overdue",
	today: "Today",
	upcoming: "Upcoming",
	waiting: "Waiting",
	later: "Later",
};

/** The end of the upcoming window (ms): items due after it are `later`. */
export const upcomingHorizon = (now: Date, settings: Settings): number => endOfLocalDay(now, settings.upcomingDays).getTime();

/** The group an item belongs to at `now`, given upcomingHorizon(now, settings). */
export function groupOf(item: FollowUpItem, now: Date, horizon: number): keyof ItemGroups {
	const state = itemState(item, now);
	return state === "upcoming" && item.due.getTime() > horizon ? "later" : state;
}

/** "2 days late", "due in about 3 hours", "due in 5 days", "from 4 Dec" (the day in the user's date style). */
export function relativeWhen(item: FollowUpItem, now: Date, style: DateStyle = "uk"): string {
	const state = itemState(item, now);
	if (state === "waiting" && item.notBefore) return `from ${dayMonth(item.notBefore, now, style)}`;
	const distance = distanceInWords(item.due, now);
	return state === "overdue" ? `${distance} late` : `due in ${distance}`;
}
