/**
 * Frontmatter writes through processFrontMatter. The edit runs first on a copy
 * of the cached frontmatter: a step already recorded makes no call at all,
 * because Obsidian rewrites the whole block on every processFrontMatter
 * (quotes, comments, flow lists), so a no-op call is not harmless.
 */
import type { FileManager, MetadataCache, TFile } from "obsidian";
import type { EditResult, FrontmatterEdit } from "../core/frontmatter-edits";

type Frontmatter = Record<string, unknown>;

/** A deep copy of plain YAML data (objects, lists, scalars). */
const copyOf = (fm: Frontmatter): Frontmatter => JSON.parse(JSON.stringify(fm)) as Frontmatter;

/** Applies `edit` through processFrontMatter unless the cached frontmatter shows it would change nothing. */
export async function writeFrontmatter(
	services: { fileManager: FileManager; metadataCache: MetadataCache },
	file: TFile,
	edit: FrontmatterEdit,
): Promise<EditResult> {
	const cached = services.metadataCache.getFileCache(file)?.frontmatter;
	if (cached) {
		const trial = edit(copyOf(cached));
		if (!trial.changed) return trial;
	}
	let result: EditResult = { changed: false, message: "Nothing was written." };
	await services.fileManager.processFrontMatter(file, (fm: Frontmatter) => {
		result = edit(fm);
	});
	return result;
}
