/**
 * The follow-ups view's sections (DESIGN §4): by time (Overdue, Today,
 * Upcoming, Waiting) or one per interview, and last a Stale section for items
 * overdue by more than `staleDays`, so years of old notes never bury today's
 * work. Pure: the view renders what this returns, capped per section.
 */
import { GROUP_TITLES, SHOWN_GROUPS, type ReadonlyItemGroups, type ShownGroup } from "./groups";
import type { FollowUpItem } from "./items";
import { compareItems } from "./rules";
import type { ViewGrouping } from "./settings";

export { VIEW_GROUPINGS, type ViewGrouping } from "./settings";

/** Rows a section shows at first, and how many more each "Show more" adds. */
export const ROWS_PER_PAGE = 50;

export type SectionKind = ShownGroup | "interview" | "stale";

export interface ViewSection {
	/** Stable across renders: "overdue", "stale", "note:<path>". */
	key: string;
	kind: SectionKind;
	title: string;
	items: readonly FollowUpItem[];
}

const DAY_MS = 86_400_000;

/** Items due before this moment are stale. */
export const staleBefore = (now: Date, staleDays: number): number => now.getTime() - staleDays * DAY_MS;

/** Overdue items split at the stale cut; overdue is sorted by due, so the stale ones come first. */
function splitOverdue(overdue: readonly FollowUpItem[], cut: number): { stale: readonly FollowUpItem[]; fresh: readonly FollowUpItem[] } {
	let lo = 0;
	let hi = overdue.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if ((overdue[mid] as FollowUpItem).due.getTime() < cut) lo = mid + 1;
		else hi = mid;
	}
	return { stale: overdue.slice(0, lo), fresh: overdue.slice(lo) };
}

const interviewTitle = (item: FollowUpItem): string => {
	const name = item.company || (item.note.split("/").pop() ?? item.note).replace(/\.md$/i, "");
	return item.role ? `${name} · ${item.role}` : name;
};

/** One section per interview, the one with the earliest due item first; rows by due within each. */
function byInterview(lists: readonly (readonly FollowUpItem[])[]): ViewSection[] {
	const byNote = new Map<string, FollowUpItem[]>();
	for (const list of lists) {
		for (const item of list) {
			const items = byNote.get(item.note);
			if (items) items.push(item);
			else byNote.set(item.note, [item]);
		}
	}
	const sections: ViewSection[] = [];
	for (const [note, items] of byNote) {
		items.sort(compareItems);
		sections.push({ key: `note:${note}`, kind: "interview", title: interviewTitle(items[0] as FollowUpItem), items });
	}
	return sections.sort((a, b) => compareItems(a.items[0] as FollowUpItem, b.items[0] as FollowUpItem));
}

/** The sections to show at `now`; empty ones are left out. */
export function viewSections(groups: ReadonlyItemGroups, now: Date, grouping: ViewGrouping, staleDays: number): ViewSection[] {
	const { stale, fresh } = splitOverdue(groups.overdue, staleBefore(now, staleDays));
	const lists: Record<ShownGroup, readonly FollowUpItem[]> = { overdue: fresh, today: groups.today, upcoming: groups.upcoming, waiting: groups.waiting };
	const sections: ViewSection[] =
		grouping === "interview"
			? byInterview(SHOWN_GROUPS.map((g) => lists[g]))
			: SHOWN_GROUPS.filter((g) => lists[g].length > 0).map((g) => ({ key: g, kind: g, title: GROUP_TITLES[g], items: lists[g] }));
	if (stale.length > 0) sections.push({ key: "stale", kind: "stale", title: "Stale", items: stale });
	return sections;
}

/** How many rows of a section with `total` rows to show after `pages` pages. */
export const rowsShown = (total: number, pages: number): number => Math.min(total, Math.max(1, pages) * ROWS_PER_PAGE);
