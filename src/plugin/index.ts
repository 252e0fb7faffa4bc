/**
 * The live interview index: interview notes read from Obsidian's metadata
 * cache (no file reads), kept current by its events, with each note's
 * follow-up items cached so that one edit costs the same in any vault size:
 * within a minute, an edit takes the note's old items out of the merged,
 * sorted list and the view's groups and puts its new ones in (binary search),
 * instead of recomputing and re-sorting every item.
 */
import { Component, Events, TFile, TFolder, type CachedMetadata, type EventRef, type MetadataCache, type TAbstractFile, type Vault } from "obsidian";
import { isInterviewNote } from "../core/detect";
import { groupItems, groupOf, upcomingHorizon, type ItemGroups } from "../core/groups";
import { parseInterview } from "../core/interview";
import type { FollowUpItem, NoteProblem } from "../core/items";
import { withPersonNotes, type PersonLookup } from "../core/people";
import { compareItems, itemsForInterview } from "../core/rules";
import type { Settings } from "../core/settings";
import type { IndexedNote, IndexReader } from "./context";
import { personLookup } from "./person-lookup";
import type { RejectionLog } from "./plugin-data";
import { insertSorted, removeSorted } from "./sorted";

/** An index the view and status bar can follow. */
export interface LiveIndex extends IndexReader {
	/** False until the first build, while Obsidian is still starting. */
	readonly isBuilt: boolean;
	/** How many interview notes there are. */
	readonly size: number;
	/**
	 * items(now) in the view's groups (cached like items). The arrays are the
	 * index's own and an edit updates them in place (copying 3,000 items per
	 * keystroke would cost more than the edit): read them at once, never keep
	 * or change them.
	 */
	groups(now: Date): ItemGroups;
	/** Calls `callback` after every change (register the returned ref with registerEvent). */
	onChange(callback: () => void): EventRef;
}

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

export class InterviewIndex extends Component implements LiveIndex {
	revision = 0;
	private readonly entries = new Map<string, Entry>();
	private readonly events = new Events();
	private built = false;
	private merged: Merged | null = null;
	/** Notes changed since merged.items was last patched, with the items it still holds for them. */
	private readonly staleItems = new Map<string, FollowUpItem[]>();
	/** The same for merged.groups, patched separately: the view asks only for groups. */
	private readonly staleGroups = new Map<string, FollowUpItem[]>();
	private problemList: NoteProblem[] | null = null;
	private readonly people: PersonLookup;

	constructor(
		private readonly services: { vault: Vault; metadataCache: MetadataCache },
		private readonly settings: () => Settings,
		private readonly options: { rejections?: RejectionLog; now?: () => Date } = {},
	) {
		super();
		this.people = personLookup(services.metadataCache);
	}

	override onload(): void {
		const { vault, metadataCache } = this.services;
		this.registerEvent(metadataCache.on("changed", (file, _data, cache) => this.whenReady(() => this.update(file, cache))));
		this.registerEvent(metadataCache.on("deleted", (file) => this.whenReady(() => this.remove(file.path))));
		this.registerEvent(vault.on("delete", (file) => this.whenReady(() => this.removeTree(file))));
		this.registerEvent(vault.on("rename", (file, oldPath) => this.whenReady(() => this.rename(file, oldPath))));
	}

	/** Reads every note once; main.ts calls it when the layout is ready. */
	build(): void {
		if (this.built) return;
		this.built = true;
		this.rebuild();
	}

	/** Reads every note again (after a settings change). */
	rebuild(): void {
		this.entries.clear();
		this.merged = null;
		this.staleItems.clear();
		this.staleGroups.clear();
		this.problemList = null;
		const { vault, metadataCache } = this.services;
		for (const file of vault.getMarkdownFiles()) this.read(file, metadataCache.getFileCache(file));
		this.changed();
	}

	get isBuilt(): boolean {
		return this.built;
	}

	onChange(callback: () => void): EventRef {
		return this.events.on("changed", callback);
	}

	note(path: string): IndexedNote | undefined {
		return this.entries.get(path)?.note;
	}

	get size(): number {
		return this.entries.size;
	}

	notes(): IndexedNote[] {
		return [...this.entries.values()].map((e) => e.note);
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
	 * move with the clock) and again only when that note changes.
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

	groups(now: Date): ItemGroups {
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
			entry.items = itemsForInterview(entry.note.interview, now, this.settings(), this.options.rejections?.firstSeen(entry.note.path));
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

	/** The same for the groups, in place (see LiveIndex.groups). */
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

	private whenReady(fn: () => boolean): void {
		if (this.built && fn()) this.changed();
	}

	private changed(): void {
		this.revision++;
		this.events.trigger("changed");
	}

	/** Every change of `entries` goes through here, so the merged items know what to patch. */
	private setEntry(path: string, entry: Entry | null): void {
		const old = this.entries.get(path);
		const merged = this.merged;
		const held = old?.minute === merged?.minute ? old?.items ?? [] : [];
		if (merged && !this.staleItems.has(path)) this.staleItems.set(path, held);
		if (merged?.groups && !this.staleGroups.has(path)) this.staleGroups.set(path, held);
		if (old?.note.problems.length || entry?.note.problems.length) this.problemList = null;
		if (entry) this.entries.set(path, entry);
		else this.entries.delete(path);
	}

	/** Re-reads one note; true when the index changed. */
	private update(file: TFile, cache: CachedMetadata | null): boolean {
		const was = this.entries.has(file.path);
		return this.read(file, cache) || was;
	}

	/** Indexes `file` when it is an interview note (else forgets it); true when it is one. */
	private read(file: TFile, cache: CachedMetadata | null): boolean {
		const path = file.path;
		const frontmatter = cache?.frontmatter;
		const inlineTags = (cache?.tags ?? []).map((t) => t.tag);
		const facts = { path, inlineTags, ...(frontmatter ? { frontmatter } : {}) };
		if (!isInterviewNote(facts, this.settings())) {
			if (this.entries.has(path)) this.setEntry(path, null);
			this.options.rejections?.forget(path);
			return false;
		}
		const { interview, problems } = withPersonNotes(parseInterview(path, frontmatter), this.people);
		this.setEntry(path, { note: { path, interview, problems }, items: [], minute: -1 });
		const rejections = this.options.rejections;
		if (rejections) {
			if (interview.outcome === "rejected" && !interview.outcomeDate) rejections.see(path, this.options.now?.() ?? new Date());
			else rejections.forget(path);
		}
		return true;
	}

	private remove(path: string): boolean {
		this.options.rejections?.forget(path);
		if (!this.entries.has(path)) return false;
		this.setEntry(path, null);
		return true;
	}

	private removeTree(file: TAbstractFile): boolean {
		if (file instanceof TFile) return this.remove(file.path);
		if (!(file instanceof TFolder)) return false;
		let changed = false;
		for (const path of [...this.entries.keys()]) if (path.startsWith(`${file.path}/`)) changed = this.remove(path) || changed;
		return changed;
	}

	private rename(file: TAbstractFile, oldPath: string): boolean {
		if (file instanceof TFolder) {
			let changed = false;
			for (const path of [...this.entries.keys()]) {
				if (!path.startsWith(`${oldPath}/`)) continue;
				const moved = this.services.vault.getAbstractFileByPath(`${file.path}/${path.slice(oldPath.length + 1)}`);
				if (moved instanceof TFile) changed = this.rename(moved, path) || changed;
			}
			return changed;
		}
		if (!(file instanceof TFile) || file.extension !== "md") return false;
		const old = this.entries.get(oldPath);
		if (old) this.setEntry(oldPath, null);
		this.options.rejections?.move(oldPath, file.path);
		const cache = this.services.metadataCache.getFileCache(file);
		// The cache follows the file; until it does, the note stays what it was.
		if (!cache && old) return this.readMoved(file, old);
		return this.read(file, cache) || old !== undefined;
	}

	/** A renamed note whose cache has not moved yet: keep its interview under the new path. */
	private readMoved(file: TFile, old: Entry): boolean {
		const interview = { ...old.note.interview, path: file.path };
		this.setEntry(file.path, { note: { path: file.path, interview, problems: old.note.problems }, items: [], minute: -1 });
		return true;
	}
}
