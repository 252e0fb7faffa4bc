/**
 * The vault's and the metadata cache's events, turned into the index's
 * per-note updates. What Obsidian sends (obsidian.d.ts):
 * - MetadataCache 'changed' when a file "has been indexed, and its (updated)
 *   cache is now available" — also for each note a cold start indexes after
 *   the layout is ready; "not called when a file is renamed";
 * - MetadataCache 'deleted' for a deleted file, 'resolved' "each time files
 *   get modified after the initial load" (and once the initial load is done);
 * - Vault 'delete' and 'rename' for files and folders (a folder's notes may
 *   come only as the folder's event, so the index walks its own paths).
 */
import { TFile, TFolder, type CachedMetadata, type Component, type MetadataCache, type TAbstractFile, type Vault } from "obsidian";
import { fileKeys } from "./index-links";

/** What the index does for one note. Each returns true when the index changed. */
export interface NoteUpdates {
	/** False until the first build: what happens before it, the build reads. */
	readonly isBuilt: boolean;
	/** Paths of the indexed interview notes. */
	paths(): string[];
	changed(file: TFile, cache: CachedMetadata): boolean;
	removed(path: string): boolean;
	moved(file: TFile, oldPath: string): boolean;
	/** Re-reads the interview notes that link to `keys` (index-links.ts), or to a note under `folder`. */
	linkedChanged(keys: string[], folder?: string): boolean;
	resolved(): void;
	/** Once after the calls for one event, when any of them changed the index. */
	afterChange(): void;
}

export function watchVault(component: Component, services: { vault: Vault; metadataCache: MetadataCache }, index: NoteUpdates): void {
	const { vault, metadataCache } = services;
	const run = (...updates: (() => boolean)[]): void => {
		if (!index.isBuilt) return;
		let changed = false;
		for (const update of updates) changed = update() || changed;
		if (changed) index.afterChange();
	};
	component.registerEvent(
		metadataCache.on("changed", (file, _data, cache) =>
			run(
				() => index.changed(file, cache),
				() => index.linkedChanged(fileKeys(file.path, file.name)),
			),
		),
	);
	component.registerEvent(
		metadataCache.on("deleted", (file) =>
			run(
				() => index.removed(file.path),
				() => index.linkedChanged(fileKeys(file.path, file.name)),
			),
		),
	);
	component.registerEvent(
		metadataCache.on("resolved", () => {
			if (index.isBuilt) index.resolved();
		}),
	);
	component.registerEvent(vault.on("delete", (file) => run(() => removeTree(index, file))));
	component.registerEvent(
		vault.on("rename", (file, oldPath) =>
			run(
				() => renameTree(index, vault, file, oldPath),
				() => index.linkedChanged(fileKeys(oldPath, file.name), file instanceof TFolder ? oldPath : undefined),
			),
		),
	);
}

function removeTree(index: NoteUpdates, file: TAbstractFile): boolean {
	if (file instanceof TFile) return index.removed(file.path);
	if (!(file instanceof TFolder)) return false;
	let changed = false;
	for (const path of index.paths()) if (path.startsWith(`${file.path}/`)) changed = index.removed(path) || changed;
	return changed;
}

function renameTree(index: NoteUpdates, vault: Vault, file: TAbstractFile, oldPath: string): boolean {
	if (file instanceof TFile) return file.extension === "md" && index.moved(file, oldPath);
	if (!(file instanceof TFolder)) return false;
	let changed = false;
	for (const path of index.paths()) {
		if (!path.startsWith(`${oldPath}/`)) continue;
		const moved = vault.getAbstractFileByPath(`${file.path}/${path.slice(oldPath.length + 1)}`);
		if (moved instanceof TFile) changed = index.moved(moved, path) || changed;
	}
	return changed;
}
