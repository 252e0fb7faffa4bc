/**
 * Which interview notes link, in their properties, to which notes: so that an
 * edit of a person note re-reads the interviews that name it (DESIGN §1.1: a
 * link resolves as Obsidian resolves it, and follows the person note).
 *
 * An interview depends on the path each of its frontmatter links resolves to
 * (CachedMetadata.frontmatterLinks, MetadataCache.getFirstLinkpathDest), and
 * on the name of each link that resolves to nothing, so that creating that
 * note re-reads it too.
 */
import { getLinkpath, type CachedMetadata, type MetadataCache } from "obsidian";

const byName = (name: string): string => `?${name.toLowerCase()}`;

/** The keys an interview note at `path` depends on. */
export function linkKeys(cache: CachedMetadata | null, path: string, metadataCache: MetadataCache): Set<string> {
	const keys = new Set<string>();
	for (const ref of cache?.frontmatterLinks ?? []) {
		const linkpath = getLinkpath(ref.link);
		const dest = metadataCache.getFirstLinkpathDest(linkpath, path);
		if (dest) keys.add(dest.path);
		else if (linkpath) keys.add(byName(linkpath.split("/").pop()?.replace(/\.md$/i, "") ?? linkpath));
	}
	return keys;
}

/** The keys a file at `path` named `name` answers to: the path, and the name (for links that resolved to nothing before it existed). */
export function fileKeys(path: string, name: string): string[] {
	return [path, byName(name.replace(/\.md$/i, ""))];
}

export class LinkDependents {
	private readonly keysOf = new Map<string, Set<string>>();
	private readonly dependents = new Map<string, Set<string>>();

	/** Records what the interview note at `path` links to (an empty set: nothing). */
	set(path: string, keys: Set<string>): void {
		this.remove(path);
		if (keys.size === 0) return;
		this.keysOf.set(path, keys);
		for (const key of keys) {
			const set = this.dependents.get(key) ?? new Set<string>();
			set.add(path);
			this.dependents.set(key, set);
		}
	}

	remove(path: string): void {
		const keys = this.keysOf.get(path);
		if (!keys) return;
		this.keysOf.delete(path);
		for (const key of keys) {
			const set = this.dependents.get(key);
			set?.delete(path);
			if (set?.size === 0) this.dependents.delete(key);
		}
	}

	clear(): void {
		this.keysOf.clear();
		this.dependents.clear();
	}

	/** Interview notes that depend on any of `keys`, or on any path under `folder`. */
	of(keys: readonly string[], folder?: string): string[] {
		const out = new Set<string>();
		for (const key of keys) for (const path of this.dependents.get(key) ?? []) out.add(path);
		if (folder !== undefined) {
			for (const [key, paths] of this.dependents) if (key.startsWith(`${folder}/`)) for (const path of paths) out.add(path);
		}
		return [...out];
	}
}
