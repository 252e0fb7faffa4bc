/**
 * The live interview index: interview notes read from Obsidian's metadata
 * cache (no file reads), kept current by its events, with each note's
 * follow-up items cached so that one edit costs the same in any vault size.
 */
import { Component, Events, TFile, TFolder, type CachedMetadata, type EventRef, type MetadataCache, type TAbstractFile, type Vault } from "obsidian";
import { isInterviewNote } from "../core/detect";
import { parseInterview } from "../core/interview";
import type { FollowUpItem, NoteProblem } from "../core/items";
import { compareItems, itemsForInterview } from "../core/rules";
import type { Settings } from "../core/settings";
import type { IndexedNote, IndexReader } from "./context";
import type { RejectionLog } from "./plugin-data";

/** An index the view and status bar can follow. */
export interface LiveIndex extends IndexReader {
	/** False until the first build, while Obsidian is still starting. */
	readonly isBuilt: boolean;
	/** Calls `callback` after every change (register the returned ref with registerEvent). */
	onChange(callback: () => void): EventRef;
}

interface Entry {
	note: IndexedNote;
	items: FollowUpItem[];
	/** The minute the items were computed for; -1 = not yet. */
	minute: number;
}

const minuteOf = (d: Date): number => Math.floor(d.getTime() / 60_000);

export class InterviewIndex extends Component implements LiveIndex {
	revision = 0;
	private readonly entries = new Map<string, Entry>();
	private readonly events = new Events();
	private built = false;
	private merged: { key: string; items: FollowUpItem[] } | null = null;

	constructor(
		private readonly services: { vault: Vault; metadataCache: MetadataCache },
		private readonly settings: () => Settings,
		private readonly options: { rejections?: RejectionLog; now?: () => Date } = {},
	) {
		super();
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

	notes(): IndexedNote[] {
		return [...this.entries.values()].map((e) => e.note);
	}

	problems(): NoteProblem[] {
		const out: NoteProblem[] = [];
		for (const { note } of this.entries.values()) for (const message of note.problems) out.push({ note: note.path, message });
		return out.sort((a, b) => (a.note < b.note ? -1 : a.note > b.note ? 1 : 0));
	}

	/**
	 * Open items at `now`. Each note's items are computed once per minute (states
	 * move with the clock) and again only when that note changes.
	 */
	items(now: Date): FollowUpItem[] {
		const minute = minuteOf(now);
		const key = `${this.revision}:${minute}`;
		if (this.merged?.key === key) return this.merged.items;
		const settings = this.settings();
		const firstSeen = (path: string): Date | undefined => this.options.rejections?.firstSeen(path);
		const all: FollowUpItem[] = [];
		for (const entry of this.entries.values()) {
			if (entry.minute !== minute) {
				entry.items = itemsForInterview(entry.note.interview, now, settings, firstSeen(entry.note.path));
				entry.minute = minute;
			}
			for (const item of entry.items) all.push(item);
		}
		all.sort(compareItems);
		this.merged = { key, items: all };
		return all;
	}

	private whenReady(fn: () => boolean): void {
		if (this.built && fn()) this.changed();
	}

	private changed(): void {
		this.revision++;
		this.merged = null;
		this.events.trigger("changed");
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
			this.entries.delete(path);
			this.options.rejections?.forget(path);
			return false;
		}
		const { interview, problems } = parseInterview(path, frontmatter);
		this.entries.set(path, { note: { path, interview, problems }, items: [], minute: -1 });
		const rejections = this.options.rejections;
		if (rejections) {
			if (interview.outcome === "rejected" && !interview.outcomeDate) rejections.see(path, this.options.now?.() ?? new Date());
			else rejections.forget(path);
		}
		return true;
	}

	private remove(path: string): boolean {
		this.options.rejections?.forget(path);
		return this.entries.delete(path);
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
		this.entries.delete(oldPath);
		this.options.rejections?.move(oldPath, file.path);
		const cache = this.services.metadataCache.getFileCache(file);
		// The cache follows the file; until it does, the note stays what it was.
		if (!cache && old) return this.readMoved(file, old);
		return this.read(file, cache) || old !== undefined;
	}

	/** A renamed note whose cache has not moved yet: keep its interview under the new path. */
	private readMoved(file: TFile, old: Entry): boolean {
		const interview = { ...old.note.interview, path: file.path };
		this.entries.set(file.path, { note: { path: file.path, interview, problems: old.note.problems }, items: [], minute: -1 });
		return true;
	}
}
