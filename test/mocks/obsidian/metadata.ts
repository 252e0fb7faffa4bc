/**
 * Obsidian's metadata cache. As in the app, it re-reads a file some time after
 * the vault reports a change: right after `vault.modify` the cache is still the
 * old one, and 'changed' fires later (await `settled()` in tests).
 *
 * Startup, warm or cold. A warm start (the default, `indexAll`) is a vault
 * whose cache Obsidian kept from the last session: every note is cached before
 * any plugin loads and no 'changed' fires for it. A cold start (first launch,
 * a rebuilt cache, a big vault) is `createTestApp({ coldCache: true })`: the
 * layout becomes ready while notes are still unparsed (getFileCache returns
 * null for them), then the cache fills with one 'changed' per note and
 * 'resolved' fires last (`indexRemaining`, which loadPlugin runs after the
 * layout is ready). Plugins that build on layout ready must expect that
 * (Tasks' Cache.ts loads the vault again after the first 'resolved' for this
 * reason; Dataview skips uncached files and waits for their 'resolve' events).
 */
import type * as Real from "obsidian";
import type { Signatures } from "./signatures";
import { Events } from "./events";
import { TFile, type TAbstractFile } from "./files";
import { getLinkpath, LinkResolver } from "./links";
import { parseMetadata } from "./metadata-parse";
import type { Vault } from "./vault";

type Modeled = "getFileCache" | "getCache" | "getFirstLinkpathDest" | "fileToLinktext" | "resolvedLinks" | "unresolvedLinks" | "on";

/**
 * The next task, as a message: Obsidian parses notes in a worker and hears back
 * by message, so a test's fake timers (vitest, Playwright's clock) do not hold it up.
 */
function nextTask(): Promise<void> {
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			resolve();
		};
		channel.port2.postMessage(null);
	});
}

export class MetadataCache extends Events implements Signatures<Real.MetadataCache, Modeled> {
	/** obsidian.d.ts: source path → destination path → link count, for every Markdown file indexed. */
	resolvedLinks: Record<string, Record<string, number>> = {};
	/** obsidian.d.ts: source path → linkpath that matches no file → count. */
	unresolvedLinks: Record<string, Record<string, number>> = {};
	private readonly caches = new Map<string, Real.CachedMetadata>();
	private readonly queue = new Set<TFile>();
	private readonly links: LinkResolver;
	private flushing: Promise<void> | null = null;
	/** Files indexed per task while a cold start fills the cache (other work runs between batches). */
	private batch = 0;
	private between: () => Promise<void> = nextTask;

	constructor(private readonly vault: Vault) {
		super();
		this.links = new LinkResolver(vault);
		vault.on("create", (f: TAbstractFile) => {
			this.schedule(f);
			this.resolveAll();
		});
		vault.on("modify", (f: TAbstractFile) => this.schedule(f));
		vault.on("delete", (f: TAbstractFile) => {
			const prev = this.caches.get(f.path) ?? null;
			this.caches.delete(f.path);
			if (f instanceof TFile && f.extension === "md") this.trigger("deleted", f, prev);
			this.resolveAll();
		});
		// obsidian.d.ts on('changed'): "This is not called when a file is renamed for
		// performance reasons. You must hook the vault rename event for those." The
		// entry moves with the file, unchanged.
		vault.on("rename", (f: TAbstractFile, oldPath: string) => {
			const c = this.caches.get(oldPath);
			this.caches.delete(oldPath);
			if (c) this.caches.set(f.path, c);
			this.resolveAll();
		});
	}

	/** A warm start: every Markdown file is cached now, silently, before the layout is ready; then 'resolved'. */
	async indexAll(): Promise<void> {
		for (const f of this.vault.getMarkdownFiles()) this.caches.set(f.path, parseMetadata(await this.vault.cachedRead(f)));
		this.resolveAll();
		this.trigger("resolved");
	}

	/**
	 * The rest of a cold start: indexes every Markdown file not cached yet,
	 * `batch` files per task, each with its 'changed' (and 'resolve'), and
	 * fires 'resolved' once all are done. Resolves when it has. `between`
	 * is what it waits on between batches (the next task, unless a test holds it).
	 */
	indexRemaining(batch = 2, between: () => Promise<void> = nextTask): Promise<void> {
		for (const f of this.vault.getMarkdownFiles()) if (!this.caches.has(f.path)) this.queue.add(f);
		this.batch = Math.max(1, batch);
		this.between = between;
		this.flushing ??= Promise.resolve().then(() => this.flush());
		return this.settled();
	}

	/** Caches `paths` now, silently: the part of a cold vault Obsidian had indexed before the layout was ready. */
	async indexSilently(paths: readonly string[]): Promise<void> {
		for (const p of paths) {
			const f = this.vault.getFileByPath(p);
			if (f) this.caches.set(f.path, parseMetadata(await this.vault.cachedRead(f)));
		}
	}

	/** obsidian.d.ts: null for a file the cache has not indexed (yet). */
	getFileCache(file: Real.TFile): Real.CachedMetadata | null {
		return this.caches.get(file.path) ?? null;
	}

	getCache(path: string): Real.CachedMetadata | null {
		return this.caches.get(path) ?? null;
	}

	/** See LinkResolver for Obsidian's order. `linkpath` has no subpath (getLinkpath takes it off). */
	getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
		return this.links.resolve(linkpath, sourcePath);
	}

	fileToLinktext(file: Real.TFile, _sourcePath: string, omitMdExtension = true): string {
		const unique = this.vault.getFiles().filter((f) => f.basename === file.basename).length === 1;
		const base = unique ? file.name : file.path;
		return omitMdExtension && file.extension === "md" ? base.replace(/\.md$/, "") : base;
	}

	/** Resolves when every pending re-read has run and its 'changed' event has fired. */
	async settled(): Promise<void> {
		while (this.flushing) await this.flushing;
	}

	private schedule(f: TAbstractFile): void {
		if (!(f instanceof TFile) || f.extension !== "md") return;
		this.queue.add(f);
		this.flushing ??= Promise.resolve().then(() => this.flush());
	}

	private async flush(): Promise<void> {
		let done = 0;
		while (this.queue.size) {
			const batch = [...this.queue];
			this.queue.clear();
			for (const f of batch) {
				if (this.vault.getFileByPath(f.path) !== f) continue;
				const data = await this.vault.cachedRead(f);
				const cache = parseMetadata(data);
				this.caches.set(f.path, cache);
				this.trigger("changed", f, data, cache);
				this.resolveFile(f);
				if (this.batch && ++done % this.batch === 0) await this.between();
			}
		}
		this.batch = 0;
		this.flushing = null;
		// obsidian.d.ts on('resolved'): "Called when all files has been resolved. This
		// will be fired each time files get modified after the initial load."
		this.trigger("resolved");
	}

	/** Counts `file`'s links into resolvedLinks/unresolvedLinks and fires 'resolve' for it. */
	private resolveFile(file: TFile): void {
		this.countLinks(file.path);
		this.trigger("resolve", file);
	}

	/** A file appeared, moved or went: any link may point elsewhere now. */
	private resolveAll(): void {
		this.resolvedLinks = {};
		this.unresolvedLinks = {};
		for (const path of this.caches.keys()) this.countLinks(path);
	}

	private countLinks(path: string): void {
		const cache = this.caches.get(path);
		const resolved: Record<string, number> = {};
		const unresolved: Record<string, number> = {};
		for (const ref of [...(cache?.links ?? []), ...(cache?.embeds ?? []), ...(cache?.frontmatterLinks ?? [])]) {
			const linkpath = getLinkpath(ref.link);
			const dest = this.getFirstLinkpathDest(linkpath, path);
			if (dest) resolved[dest.path] = (resolved[dest.path] ?? 0) + 1;
			else unresolved[linkpath] = (unresolved[linkpath] ?? 0) + 1;
		}
		this.resolvedLinks[path] = resolved;
		this.unresolvedLinks[path] = unresolved;
	}
}
