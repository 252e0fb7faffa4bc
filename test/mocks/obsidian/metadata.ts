/**
 * Obsidian's metadata cache. As in the app, it re-reads a file some time after
 * the vault reports a change: right after `vault.modify` the cache is still the
 * old one, and 'changed' fires later (await `settled()` in tests).
 */
import type * as Real from "obsidian";
import type { Signatures } from "./signatures";
import { Events } from "./events";
import { TFile, type TAbstractFile } from "./files";
import { parseMetadata } from "./metadata-parse";
import type { Vault } from "./vault";

type Modeled = "getFileCache" | "getCache" | "getFirstLinkpathDest" | "fileToLinktext" | "resolvedLinks" | "unresolvedLinks" | "on";

export class MetadataCache extends Events implements Signatures<Real.MetadataCache, Modeled> {
	resolvedLinks: Record<string, Record<string, number>> = {};
	unresolvedLinks: Record<string, Record<string, number>> = {};
	private readonly caches = new Map<string, Real.CachedMetadata>();
	private readonly queue = new Set<TFile>();
	private flushing: Promise<void> | null = null;

	constructor(private readonly vault: Vault) {
		super();
		vault.on("create", (f: TAbstractFile) => this.schedule(f));
		vault.on("modify", (f: TAbstractFile) => this.schedule(f));
		vault.on("delete", (f: TAbstractFile) => {
			const prev = this.caches.get(f.path) ?? null;
			this.caches.delete(f.path);
			if (f instanceof TFile && f.extension === "md") this.trigger("deleted", f, prev);
		});
		vault.on("rename", (f: TAbstractFile, oldPath: string) => {
			const c = this.caches.get(oldPath);
			this.caches.delete(oldPath);
			if (c) this.caches.set(f.path, c);
		});
	}

	/** Indexes every Markdown file now, as Obsidian does before the layout is ready. */
	async indexAll(): Promise<void> {
		for (const f of this.vault.getMarkdownFiles()) this.caches.set(f.path, parseMetadata(await this.vault.cachedRead(f)));
		this.trigger("resolved");
	}

	getFileCache(file: Real.TFile): Real.CachedMetadata | null {
		return this.caches.get(file.path) ?? null;
	}

	getCache(path: string): Real.CachedMetadata | null {
		return this.caches.get(path) ?? null;
	}

	getFirstLinkpathDest(linkpath: string, _sourcePath: string): TFile | null {
		const path = linkpath.replace(/[#^].*$/, "").trim();
		if (!path) return null;
		const exact = this.vault.getFileByPath(path) ?? this.vault.getFileByPath(`${path}.md`);
		if (exact) return exact;
		const name = path.split("/").pop()!.toLowerCase();
		const matches = this.vault
			.getFiles()
			.filter((f) => f.name.toLowerCase() === name || (f.extension === "md" && f.basename.toLowerCase() === name))
			.filter((f) => f.path.toLowerCase().endsWith(path.toLowerCase()) || f.path.toLowerCase().endsWith(`${path.toLowerCase()}.md`))
			.sort((a, b) => a.path.split("/").length - b.path.split("/").length || a.path.localeCompare(b.path));
		return matches[0] ?? null;
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
		while (this.queue.size) {
			const batch = [...this.queue];
			this.queue.clear();
			for (const f of batch) {
				if (this.vault.getFileByPath(f.path) !== f) continue;
				const data = await this.vault.cachedRead(f);
				const cache = parseMetadata(data);
				this.caches.set(f.path, cache);
				this.trigger("changed", f, data, cache);
			}
		}
		this.flushing = null;
		this.trigger("resolved");
	}
}
