/**
 * The live interview index: interview notes read from Obsidian's metadata
 * cache (no file reads), kept current by its events. Its parts:
 * index-events.ts (events → per-note updates), index-items.ts (each note's
 * items, cached, merged and grouped), index-rejections.ts (when a rejection
 * was first seen) and index-links.ts (which interviews link to which notes).
 *
 * Startup (DESIGN §4). The index is built when the layout is ready, but a cold
 * metadata cache (first launch, a rebuilt cache, a big vault) may not have
 * parsed every note yet: getFileCache is null for those. Such a note is left
 * out, not read as a note without frontmatter (that would show "date is
 * missing" and forget its rejection date); its 'changed' event brings it in.
 * When the build left notes out, the index is built again once on the first
 * 'resolved' and only then is it complete (the startup notice waits for that).
 */
import { Component, Events, getLinkpath, TFile, type CachedMetadata, type EventRef, type MetadataCache, type Vault } from "obsidian";
import { lazyBodyFacts } from "../core/debrief";
import { isInterviewNote, isInterviewTag } from "../core/detect";
import type { BodyFacts } from "../core/follow-ups/kinds";
import { parseInterview, type ParsedInterview } from "../core/interview";
import { withPersonNotes } from "../core/people";
import { UNCLOSED_FRONTMATTER } from "../core/frontmatter-block";
import { bodyFactsFromCache } from "./body-facts";
import type { FollowUpItem, NoteProblem } from "../core/items";
import type { Settings } from "../core/settings";
import type { IndexedNote, LiveIndex } from "./context";
import { watchVault, type NoteUpdates } from "./index-events";
import { ItemCache, type ReadonlyItemGroups } from "./index-items";
import { LinkDependents, linkKeys } from "./index-links";
import { RejectionBookkeeping } from "./index-rejections";
import type { RejectionLog } from "./plugin-data";

export type { ReadonlyItemGroups } from "../core/groups";
export type { LiveIndex } from "./context";

/** A note a property links to, as the metadata cache has it (null: the link resolves to no note). */
export interface LinkedNote {
	path: string;
	basename: string;
	frontmatter?: Record<string, unknown>;
}

/**
 * Reads an interview note's frontmatter. `linked` resolves a linktext from its
 * properties ("Dana Whitfield", "People/Sam Lee") as Obsidian does; the index
 * reads the note again whenever a note it links to changes.
 */
export type ReadInterview = (path: string, frontmatter: unknown, linked: (linktext: string) => LinkedNote | null, body: BodyFacts) => ParsedInterview;

/** The core's parser with the body facts from the cache, people completed from the person notes they link to. */
const readWithPeople: ReadInterview = (path, frontmatter, linked, body) =>
	withPersonNotes(parseInterview(path, frontmatter, body), (linkpath) => linked(linkpath) ?? undefined);

export interface IndexOptions {
	rejections?: RejectionLog;
	now?: () => Date;
	/** Default: the core's parser, which reads the note alone. */
	readInterview?: ReadInterview;
}

export class InterviewIndex extends Component implements LiveIndex, NoteUpdates {
	revision = 0;
	private readonly cache: ItemCache;
	private readonly rejections: RejectionBookkeeping;
	private readonly links = new LinkDependents();
	private readonly events = new Events();
	private built = false;
	/** Notes the last full read found uncached; -1 once the startup read is complete. */
	private uncached = 0;
	private readonly onComplete: (() => void)[] = [];

	constructor(
		private readonly services: { vault: Vault; metadataCache: MetadataCache },
		private readonly settings: () => Settings,
		private readonly options: IndexOptions = {},
	) {
		super();
		this.rejections = new RejectionBookkeeping(options.rejections, options.now ?? (() => new Date()));
		this.cache = new ItemCache(settings, (path) => this.rejections.firstSeen(path));
	}

	override onload(): void {
		watchVault(this, this.services, this);
	}

	/** Reads every note once; main.ts calls it when the layout is ready. */
	build(): void {
		if (this.built) return;
		this.built = true;
		this.rebuild();
		if (this.uncached === 0) this.complete();
	}

	/** Reads every note again (after a settings change). */
	rebuild(): void {
		this.cache.clear();
		this.links.clear();
		const { vault, metadataCache } = this.services;
		let uncached = 0;
		this.rejections.batch(() => {
			for (const file of vault.getMarkdownFiles()) {
				const cache = metadataCache.getFileCache(file);
				if (cache) this.read(file, cache);
				else uncached++;
			}
		});
		if (this.uncached >= 0) this.uncached = uncached;
		this.afterChange();
	}

	get isBuilt(): boolean {
		return this.built;
	}

	/** True once every note was read at startup: at the build, or on the first 'resolved' after it. */
	get isComplete(): boolean {
		return this.uncached < 0;
	}

	/** Runs `callback` once the startup read is complete (now, if it is). */
	whenComplete(callback: () => void): void {
		if (this.isComplete) callback();
		else this.onComplete.push(callback);
	}

	onChange(callback: () => void): EventRef {
		return this.events.on("changed", callback);
	}

	note(path: string): IndexedNote | undefined {
		return this.cache.note(path);
	}

	get size(): number {
		return this.cache.size;
	}

	notes(): IndexedNote[] {
		return this.cache.notes();
	}

	problems(): NoteProblem[] {
		return this.cache.problems();
	}

	items(now: Date): FollowUpItem[] {
		return this.cache.items(now);
	}

	groups(now: Date): ReadonlyItemGroups {
		return this.cache.groups(now);
	}

	// NoteUpdates: what index-events.ts calls once the index is built.

	paths(): string[] {
		return this.cache.paths();
	}

	changed(file: TFile, cache: CachedMetadata): boolean {
		const was = this.cache.note(file.path) !== undefined;
		return this.read(file, cache) || was;
	}

	removed(path: string): boolean {
		this.rejections.removed(path);
		this.links.remove(path);
		if (!this.cache.note(path)) return false;
		this.cache.set(path, null);
		return true;
	}

	moved(file: TFile, oldPath: string): boolean {
		const old = this.cache.note(oldPath);
		if (old) this.cache.set(oldPath, null);
		this.links.remove(oldPath);
		this.rejections.moved(oldPath, file.path);
		const cache = this.services.metadataCache.getFileCache(file);
		// The cache follows the file; until it does, the note stays what it was, under its new path.
		if (!cache && old) {
			this.cache.set(file.path, { path: file.path, interview: { ...old.interview, path: file.path }, problems: old.problems });
			return true;
		}
		return (cache !== null && this.read(file, cache)) || old !== undefined;
	}

	linkedChanged(keys: string[], folder?: string): boolean {
		let changed = false;
		for (const path of this.links.of(keys, folder)) {
			const file = this.services.vault.getAbstractFileByPath(path);
			const cache = file instanceof TFile ? this.services.metadataCache.getFileCache(file) : null;
			if (file instanceof TFile && cache) changed = this.changed(file, cache) || changed;
		}
		return changed;
	}

	resolved(): void {
		if (this.isComplete) return;
		if (this.uncached > 0) this.rebuild();
		this.complete();
	}

	afterChange(): void {
		this.revision++;
		this.events.trigger("changed");
	}

	private complete(): void {
		this.uncached = -1;
		for (const callback of this.onComplete.splice(0)) callback();
	}

	/** Indexes `file` when it is an interview note (else forgets it); true when it is one. */
	private read(file: TFile, cache: CachedMetadata): boolean {
		const path = file.path;
		const frontmatter = cache.frontmatter;
		const hasInlineTag = cache.tags !== undefined && cache.tags.some((t) => isInterviewTag(t.tag));
		if (!isInterviewNote(frontmatter ? { path, frontmatter, hasInlineTag } : { path, hasInlineTag }, this.settings())) {
			if (this.cache.note(path)) this.cache.set(path, null);
			this.links.remove(path);
			this.rejections.read(path, null);
			return false;
		}
		const { metadataCache } = this.services;
		const settings = this.settings();
		const { interview, problems } = (this.options.readInterview ?? readWithPeople)(
			path,
			frontmatter,
			(linktext) => this.linked(linktext, path),
			lazyBodyFacts(() => bodyFactsFromCache(cache, settings)),
		);
		// A first line `---` that Obsidian parsed as a rule, not frontmatter: the block is never closed.
		const first = cache.sections?.[0];
		const unclosed = !frontmatter && first?.type === "thematicBreak" && first.position.start.line === 0;
		this.cache.set(path, { path, interview, problems: unclosed ? [UNCLOSED_FRONTMATTER] : problems });
		this.links.set(path, linkKeys(cache, path, metadataCache));
		this.rejections.read(path, interview);
		return true;
	}

	private linked(linktext: string, sourcePath: string): LinkedNote | null {
		const { metadataCache } = this.services;
		const dest = metadataCache.getFirstLinkpathDest(getLinkpath(linktext), sourcePath);
		// A link to an image or a PDF is not a person note: the link stays a plain name.
		if (!dest || dest.extension !== "md") return null;
		const frontmatter = metadataCache.getFileCache(dest)?.frontmatter;
		return { path: dest.path, basename: dest.basename, ...(frontmatter ? { frontmatter } : {}) };
	}
}
