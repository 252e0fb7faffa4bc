/**
 * The metadata cache's `sections` and `listItems` for a note, as Obsidian's
 * indexer (a micromark parser) gives them, built from micromark's tree of the
 * body: a section per top-level block, starting at the start of its line; a
 * list item from its marker to the end of its own content (its nested list
 * items are items of their own), a nested item starting at its parent's
 * content column, as Obsidian reports it; `task` is the character in its box;
 * `parent` is the parent item's line, or for an item at the top of a list the
 * negative of the list's first line (-1 for a list on line 0). Observed in
 * Obsidian 1.7's caches (published test data of community plugins).
 */
import type * as Real from "obsidian";
import type { Nodes } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";

/** Line and column of every offset of a text. */
function locator(text: string): (offset: number) => Real.Loc {
	const starts = [0];
	for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
	return (offset) => {
		let lo = 0;
		let hi = starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if ((starts[mid] as number) <= offset) lo = mid;
			else hi = mid - 1;
		}
		return { line: lo, col: offset - (starts[lo] as number), offset };
	};
}

/** Column where a list item's content starts: after its marker and up to four spaces. */
function contentColumn(text: string, loc: Real.Loc): number {
	const rest = text.slice(loc.offset);
	const m = /^(?:[-*+]|\d{1,9}[.)])( {1,4}(?! )|[ \t]|)/.exec(rest);
	return loc.col + (m ? m[0].length || 1 : 1);
}

export function blockCaches(text: string, bodyStart: number): { sections: Real.SectionCache[]; listItems: Real.ListItemCache[] } {
	const loc = locator(text);
	const tree = fromMarkdown(text.slice(bodyStart), { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
	const pos = (start: number, end: number): Real.Pos => ({ start: loc(bodyStart + start), end: loc(bodyStart + end) });
	const sections: Real.SectionCache[] = tree.children.map((node) => {
		const start = node.position?.start.offset ?? 0;
		const end = node.position?.end.offset ?? 0;
		const lineStart = text.lastIndexOf("\n", bodyStart + start - 1) + 1 - bodyStart;
		const callout = node.type === "blockquote" && /^\s*>[ \t]*\[!/.test(text.slice(bodyStart + lineStart, bodyStart + end));
		return { type: callout ? "callout" : node.type, position: pos(Math.max(lineStart, 0), end) };
	});
	const listItems: Real.ListItemCache[] = [];
	const walk = (node: Nodes, listLine: number, parent: { line: number; content: number } | null): void => {
		if (node.type === "list") {
			for (const item of node.children) walk(item, loc(bodyStart + (node.position?.start.offset ?? 0)).line, parent);
			return;
		}
		if (node.type === "listItem") {
			const marker = loc(bodyStart + (node.position?.start.offset ?? 0));
			const start = parent && parent.content < marker.col ? loc(marker.offset - (marker.col - parent.content)) : marker;
			const own = node.children.filter((c) => c.type !== "list");
			const endOffset = own.length > 0 ? Math.max(...own.map((c) => bodyStart + (c.position?.end.offset ?? 0))) : text.indexOf("\n", marker.offset) === -1 ? text.length : text.indexOf("\n", marker.offset);
			const box = /^(?:[-*+]|\d{1,9}[.)])[ \t]+\[(.)\](?:[ \t]|$)/m.exec(text.slice(marker.offset, endOffset));
			listItems.push({
				position: { start, end: loc(endOffset) },
				parent: parent ? parent.line : -(listLine || 1),
				...(box?.[1] !== undefined && box.index === 0 ? { task: box[1] } : {}),
			});
			const me = { line: marker.line, content: contentColumn(text, marker) };
			for (const child of node.children) walk(child, listLine, me);
			return;
		}
		if ("children" in node) for (const child of node.children) walk(child, listLine, parent);
	};
	walk(tree, 0, null);
	return { sections, listItems };
}
