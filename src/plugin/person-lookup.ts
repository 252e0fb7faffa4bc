/**
 * Person notes through Obsidian's own link resolution: getFirstLinkpathDest
 * finds the note a link points to, and its cached frontmatter supplies the
 * person's fields (no file reads).
 */
import type { MetadataCache } from "obsidian";
import type { PersonLookup } from "../core/people";

export function personLookup(metadataCache: MetadataCache): PersonLookup {
	return (linkpath, sourcePath) => {
		const file = metadataCache.getFirstLinkpathDest(linkpath, sourcePath);
		// A link to an image or a PDF is not a person note: the link stays a plain name.
		if (!file || file.extension !== "md") return undefined;
		const frontmatter = metadataCache.getFileCache(file)?.frontmatter;
		return { path: file.path, basename: file.basename, ...(frontmatter ? { frontmatter } : {}) };
	};
}
