/**
 * The index's notes with each note's follow-up items cached, so that one edit
 * costs the same in any vault size: within a minute, an edit takes the note's
 * old items out of the merged, sorted list and the view's groups and puts its
 * new ones in (binary search), instead of recomputing and re-sorting every item.
 */
import { groupOf, upcomingHorizon, type ItemGroups, type ReadonlyItemGroups } from "../core/groups";
import { groupItems } from "../core/group-items";
import type { FollowUpItem, NoteProblem } from "../core/items";
import { compareItems, itemsForInterview } from "../core/rules";
import type { Settings } from "../core/settings";
import type { IndexedNote } from "./context";
import { insertSorted, removeSorted } from "./sorted";

/** The view's groups as the index hands them out: its own arrays, which tsc keeps callers from changing. */
export type { ReadonlyItemGroups } from "../core/groups";

interface Entry {
	note: IndexedNote;
	items: FollowUpItem[];
	/** The minute the items were computed for; -1 = not yet. */
	minute: number;
}

/** Every open item at one minute, sorted, and (once asked for) grouped for the view. */
interface Merged {
	minute: number;
	items: FollowUpItem[];
	groups: { now: Date; horizon: number; days: number; groups: ItemGroups } | null;
}

const minuteOf = (d: Date): number => Math.floor(d.getTime() / 60_000);

export class ItemCache {
	private readonly entries = new Map<string, Entry>();
	private merged: Merged | null = null;
	/** Notes changed since merged.items was last patched, with the items it still holds for them. */
	private readonly staleItems = new Map<string, FollowUpItem[]>();
	/** The same for merged.groups, patched separately: the view asks only for groups. */
	private readonly staleGroups = new Map<string, FollowUpItem[]>();
	private problemList: NoteProblem[] | null = null;

	constructor(
		private readonly settings: () => Settings,
		/** When a rejection without outcome_date was first seen (dates its thank-you). */
		private readonly rejectionSeen: (path: string) => Date | undefined,
	) {}

	get size(): number {
		return this.entries.size;
	}

	note(path: string): IndexedNote | undefined {
		return this.entries.get(path)?.note;
	}

	notes(): IndexedNote[] {
		return [...this.entries.values()].map((e) => e.note);
	}

	paths(): string[] {
		return [...this.entries.keys()];
	}

	clear(): void {
		this.entries.clear();
		this.merged = null;
		this.staleItems.clear();
		this.staleGroups.clear();
		this.problemList = null;
	}

	/** Every change of a note goes through here, so the merged items know what to patch. */
	set(path: string, note: IndexedNote | null): void {
		const old = this.entries.get(path);
		const merged = this.merged;
		const held = old?.minute === merged?.minute ? old?.items ?? [] : [];
		if (merged && !this.staleItems.has(path)) this.staleItems.set(path, held);
		if (merged?.groups && !this.staleGroups.has(path)) this.staleGroups.set(path, held);
		if (old?.note.problems.length || note?.problems.length) this.problemList = null;
		if (note) this.entries.set(path, { note, items: [], minute: -1 });
		else this.entries.delete(path);
	}

	problems(): NoteProblem[] {
		if (this.problemList) return [...this.problemList];
		const out: NoteProblem[] = [];
		for (const { note } of this.entries.values()) for (const message of note.problems) out.push({ note: note.path, message });
		this.problemList = out.sort((a, b) => (a.note < b.note ? -1 : a.note > b.note ? 1 : 0));
		return [...out];
	}

	/**
	 * Open items at `now`. Each note's items are computed once per minute (states
	 * move with the clock) and again only when that note changes. The array
	 * returned is never changed afterwards (a patch makes a new one).
	 */
	items(now: Date): FollowUpItem[] {
		const minute = minuteOf(now);
		const merged = this.merged;
		if (merged?.minute === minute) {
			if (this.staleItems.size > 0) this.patchItems(merged, now);
			return merged.items;
		}
		const all: FollowUpItem[] = [];
		for (const entry of this.entries.values()) for (const item of this.itemsOf(entry, now, minute)) all.push(item);
		all.sort(compareItems);
		this.merged = { minute, items: all, groups: null };
		this.staleItems.clear();
		this.staleGroups.clear();
		return all;
	}

	/**
	 * items(now) in the view's groups (cached like items). The arrays are the
	 * cache's own and an edit updates them in place (copying 3,000 items per
	 * keystroke would cost more than the edit): read them at once, never keep them.
	 */
	groups(now: Date): ReadonlyItemGroups {
		const settings = this.settings();
		const merged = this.merged;
		if (merged?.minute === minuteOf(now) && merged.groups?.days === settings.upcomingDays) {
			if (this.staleGroups.size > 0) this.patchGroups(merged, merged.groups, now);
			return merged.groups.groups;
		}
		const items = this.items(now);
		const fresh = this.merged as Merged;
		fresh.groups = { now, horizon: upcomingHorizon(now, settings), days: settings.upcomingDays, groups: groupItems(items, now, settings) };
		this.staleGroups.clear();
		return fresh.groups.groups;
	}

	/** A note's items at `minute`, computed when the note changed or the minute moved on. */
	private itemsOf(entry: Entry, now: Date, minute: number): FollowUpItem[] {
		if (entry.minute !== minute) {
			entry.items = itemsForInterview(entry.note.interview, now, this.settings(), this.rejectionSeen(entry.note.path));
			entry.minute = minute;
		}
		return entry.items;
	}

	/** Swaps the items of notes changed since the last patch, in a new array (one handed out stays as it was). */
	private patchItems(merged: Merged, now: Date): void {
		const items = merged.items.slice();
		for (const [path, old] of this.staleItems) {
			for (const item of old) removeSorted(items, item, compareItems);
			const entry = this.entries.get(path);
			if (entry) for (const item of this.itemsOf(entry, now, merged.minute)) insertSorted(items, item, compareItems);
		}
		this.staleItems.clear();
		merged.items = items;
	}

	/** The same for the groups, in place (see groups()). */
	private patchGroups(merged: Merged, g: NonNullable<Merged["groups"]>, now: Date): void {
		const groups = g.groups;
		const groupFor = (item: FollowUpItem): FollowUpItem[] => groups[groupOf(item, g.now, g.horizon)];
		for (const [path, old] of this.staleGroups) {
			for (const item of old) removeSorted(groupFor(item), item, compareItems);
			const entry = this.entries.get(path);
			if (entry) for (const item of this.itemsOf(entry, now, merged.minute)) insertSorted(groupFor(item), item, compareItems);
		}
		this.staleGroups.clear();
	}
}
