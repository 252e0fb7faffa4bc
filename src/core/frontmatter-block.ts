/**
 * Where a note's frontmatter block is, by Obsidian's rule (its
 * getFrontMatterInfo): the first line is exactly `---`, and the block closes
 * at the next line that is exactly `---`, followed by a line break or the end
 * of the note. A line with trailing spaces, `----` or YAML's `...` does not
 * close it. One leading byte-order mark is skipped, because Obsidian's
 * Vault.read drops it before anything sees the text; the CLI reads the raw
 * file, so it must skip it too to see the same note.
 */

export interface FrontmatterBlock {
	/** Offset of the opening `---`: 1 after a byte-order mark, else 0. */
	start: number;
	/** Offset of the YAML text (after the opening line). */
	from: number;
	/** Offset where the YAML text ends: the start of the closing `---` line. */
	to: number;
	/** Offset after the closing line and its line break: where the body starts. */
	end: number;
}

const OPEN = /^---\r?\n/;
const CLOSE = /---(?:\r?\n|$)/g;

/** The frontmatter block of `text`, or null when the note has none (or it is never closed). */
export function findFrontmatter(text: string): FrontmatterBlock | null {
	const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	const open = OPEN.exec(text.slice(start, start + 5));
	if (!open) return null;
	const from = start + open[0].length;
	CLOSE.lastIndex = from;
	for (let m = CLOSE.exec(text); m; m = CLOSE.exec(text)) {
		// Only a `---` that starts a line closes the block (`a---`, `----` do not).
		if (text.charAt(m.index - 1) === "\n") return { start, from, to: m.index, end: m.index + m[0].length };
	}
	return null;
}

/** The YAML text of a block, without the line break before the closing `---`. */
export const blockYaml = (text: string, block: FrontmatterBlock): string => text.slice(block.from, block.to).replace(/\r?\n$/, "");

/** What a note that opens a frontmatter block and never closes it is told (Obsidian reads no properties from it). */
export const UNCLOSED_FRONTMATTER =
	"The frontmatter is not closed: end it with a line of just '---' (a '...' line or one with trailing spaces does not close it), or Obsidian reads none of its properties.";

/** True when `text` opens a frontmatter block (its first line is `---`) that findFrontmatter finds no end of. */
export const hasUnclosedFrontmatter = (text: string): boolean => /^\uFEFF?---(?:\r?\n|$)/.test(text) && findFrontmatter(text) === null;
