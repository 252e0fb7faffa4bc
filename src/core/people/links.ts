/** Wikilinks in frontmatter values: `"[[People/Dana Whitfield|Dana]]"`. */

export interface WikiLink {
	/** The part Obsidian resolves: "People/Dana Whitfield". */
	linkpath: string;
	/** "#Heading" or "#^block", or "". */
	subpath: string;
	/** The text after "|", if any (display only: never a person's name). */
	alias?: string;
}

const LINK_RE = /^\[\[([^[\]]*)\]\]$/;

/** The link a whole value is, or undefined when the value is not one link. */
export function parseWikiLink(text: string): WikiLink | undefined {
	const m = LINK_RE.exec(text.trim());
	if (!m) return undefined;
	const inner = m[1] ?? "";
	const bar = inner.indexOf("|");
	const target = bar < 0 ? inner : inner.slice(0, bar);
	const hash = target.indexOf("#");
	const link: WikiLink = {
		linkpath: (hash < 0 ? target : target.slice(0, hash)).trim(),
		subpath: hash < 0 ? "" : target.slice(hash).trim(),
	};
	const alias = bar < 0 ? "" : inner.slice(bar + 1).trim();
	if (alias !== "") link.alias = alias;
	return link;
}

/** The name of the note a link path points to: "People/Dana Whitfield.md" → "Dana Whitfield". */
export function linkName(linkpath: string): string {
	const last = linkpath.split("/").pop() ?? linkpath;
	return last.replace(/\.md$/i, "").trim();
}

/**
 * `- [[Dana Whitfield]]` without quotes is YAML for a list holding a list
 * holding "Dana Whitfield"; the link text it was meant to be, or undefined.
 */
export function unquotedLink(value: unknown): string | undefined {
	if (!Array.isArray(value) || value.length !== 1) return undefined;
	const inner: unknown = value[0];
	if (!Array.isArray(inner) || inner.length !== 1 || typeof inner[0] !== "string") return undefined;
	return `[[${inner[0]}]]`;
}
