/**
 * The CLI's Markdown structure (src/core/section-entries.ts) from micromark's
 * tree (mdast-util-from-markdown with GFM, the parser remark uses), made for
 * one section's slice at a time: the parser runs at about 1 MB/s, so whole
 * bodies are never parsed. The plugin takes the same structure from
 * Obsidian's metadata cache instead (src/plugin/note-sections.ts).
 */
import type { Nodes } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import { lineStructure } from "../core/line-structure";
import { readSections, type NoteSections, type NoteStructure, type StructureOf } from "../core/sections";
import type { SectionHeadings } from "../core/settings";

// Built on first use: a command that never reads sections never pays for them.
let extensions: { micromark: ReturnType<typeof gfm>[]; mdast: ReturnType<typeof gfmFromMarkdown>[] } | null = null;

/** The structure of text[start, end), offsets into `text`. */
export function markdownStructure(text: string, start = 0, end = text.length): NoteStructure {
	extensions ??= { micromark: [gfm()], mdast: [gfmFromMarkdown()] };
	const tree = fromMarkdown(text.slice(start, end), { extensions: extensions.micromark, mdastExtensions: extensions.mdast });
	const out: NoteStructure = { blocks: [], items: [] };
	const at = (n: Nodes): { start: number; end: number } => ({ start: start + (n.position?.start.offset ?? 0), end: start + (n.position?.end.offset ?? 0) });
	for (const node of tree.children) {
		const callout = node.type === "blockquote" && /^>[ \t]*\[!/.test(text.slice(at(node).start, at(node).end));
		out.blocks.push({ type: callout ? "callout" : node.type, ...at(node) });
	}
	// Every list item, in document order, with the index of the item it is nested in.
	const walk = (node: Nodes, parent: number): void => {
		let here = parent;
		if (node.type === "listItem") {
			out.items.push({ ...at(node), parent });
			here = out.items.length - 1;
		}
		if ("children" in node) for (const child of node.children) walk(child, here);
	};
	walk(tree, -1);
	return out;
}

/** A hundred quote or list levels on one line: far beyond any real note, and where the parser turns slow. */
const DEEP = /^(?:[ \t]*>){100}|^[ \t]{200}/m;
/** A line of thousands of characters (a run of `[`, `*_` or table cells) is where the parser turns super-linear. */
const LONG_LINE = /[^\n]{4000}/;
/** Beyond this a section is read by the line scan, which stays linear (DESIGN §7: 1 MB in under a second). */
const LARGE = 256 * 1024;

/**
 * The structure of body[start, end) for the section readers. The parser
 * slows down and then recurses past the stack on deep nesting (a line of
 * 60,000 `>` runs for a minute and overflows): such a slice is read with the
 * line scan the plugin also falls back on, as is a very long line or a very
 * large section.
 */
export const markdownStructureOf = (body: string): StructureOf => (start, end) => {
	const slice = body.slice(start, end);
	if (slice.length > LARGE || DEEP.test(slice) || LONG_LINE.test(slice)) return lineStructure(body, start, end);
	try {
		return markdownStructure(body, start, end);
	} catch (err) {
		if (err instanceof RangeError) return lineStructure(body, start, end);
		throw err;
	}
};

/** The named sections of a note body, read with the Markdown parser. */
export function readNoteSections(body: string, headings: SectionHeadings): NoteSections {
	return readSections(body, headings, markdownStructureOf(body));
}
