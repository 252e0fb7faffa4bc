/** What the follow-ups view renders (view-render.ts, view-row.ts) and what its controls call. */
import type { FollowUpItem, NoteProblem } from "../core/items";
import type { ViewGrouping, ViewSection } from "../core/view-sections";

/** Who to phone for a call item, and the number. */
export interface CallTarget {
	name: string;
	phone: string;
}

export interface ViewModel {
	/** False while the index is still being built at startup. */
	ready: boolean;
	/** How many interview notes the index holds. */
	interviews: number;
	upcomingDays: number;
	grouping: ViewGrouping;
	compact: boolean;
	/** Obsidian mobile: Call is a tel: link. */
	mobile: boolean;
	sections: readonly ViewSection[];
	/** Items due beyond the upcoming window (only counted). */
	later: readonly FollowUpItem[];
	problems: NoteProblem[];
	when(item: FollowUpItem): string;
	/** The date shown beside the words, in the user's date style. */
	date(item: FollowUpItem): { text: string; at: Date };
	/** The item's people whose names its text does not already give. */
	people(item: FollowUpItem): string[];
	/** For an item done by phone: who and the number; else null. */
	call(item: FollowUpItem): CallTarget | null;
	/** Pages of rows shown in a section (1 at first). */
	pages(key: string): number;
	/** Whether a collapsible section (Stale) is open. */
	expanded(key: string): boolean;
}

export interface ViewHandlers {
	open(item: FollowUpItem): void;
	draft(item: FollowUpItem): void;
	done(item: FollowUpItem): void;
	snooze(item: FollowUpItem, evt: MouseEvent): void;
	call(item: FollowUpItem, target: CallTarget): void;
	openNote(path: string): void;
	newInterview(): void;
	showMore(key: string): void;
	toggle(key: string): void;
	setGrouping(grouping: ViewGrouping): void;
	closeOut(items: readonly FollowUpItem[]): void;
}
