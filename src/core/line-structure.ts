/**
 * The Markdown structure of a range of text (top-level blocks and list items,
 * src/core/section-entries.ts) from a line scan, without a Markdown parser:
 * lists by their markers and indentation, quotes, fenced and indented code,
 * headings (ATX and setext), tables, HTML blocks, rules and paragraphs, with
 * CommonMark's lazy continuation lines. Linear in the text. Used where a
 * parser's tree would cost too much (the CLI's question bank over a whole
 * vault) or is not at hand (the plugin, when the metadata cache is behind the
 * note's text); tests check it against remark and the metadata cache.
 */
import type { NoteStructure, StructureBlock, StructureItem } from "./section-entries";

interface Line {
	/** Offset of the line's first character, and just after its last (before the line break). */
	start: number;
	end: number;
	/** Indentation in columns (a tab to the next multiple of 4) and where the text after it starts. */
	indent: number;
	textStart: number;
	text: string;
}

const MARKER = /^([-*+]|\d{1,9}[.)])([ \t]+|$)/;
const FENCE = /^(`{3,}|~{3,})(.*)$/;
const ATX = /^#{1,6}(?:[ \t]|$)/;
const THEMATIC_BREAK = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const SETEXT = /^(?:=+|-+)[ \t]*$/;
const TABLE_DELIMITER = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const HTML_START = /^<(?:[A-Za-z/]|!--)/;

function readLine(text: string, start: number, limit: number): Line {
	const nl = text.indexOf("\n", start);
	const end = nl === -1 || nl > limit ? limit : nl;
	let indent = 0;
	let i = start;
	for (; i < end; i++) {
		const c = text.charCodeAt(i);
		if (c === 32) indent++;
		else if (c === 9) indent += 4 - (indent % 4);
		else break;
	}
	return { start, end, indent, textStart: i, text: text.slice(i, end).replace(/\r$/, "") };
}

const blank = (l: Line): boolean => l.text.trim() === "";

/** A line that starts a block of its own (so it ends a paragraph instead of continuing it). */
function interrupts(l: Line): boolean {
	if (l.indent > 3) return false;
	const t = l.text;
	if (ATX.test(t) || FENCE.test(t) || t.startsWith(">") || THEMATIC_BREAK.test(t) || HTML_START.test(t)) return true;
	const m = MARKER.exec(t);
	// A list interrupts a paragraph only with text after its marker, and an ordered one only from 1.
	if (!m || t.slice(m[0].length).trim() === "") return false;
	return !/^\d/.test(m[1] ?? "") || /^1[.)]$/.test(m[1] ?? "");
}

interface Open {
	index: number;
	/** Column where the item's content starts; its lines are indented at least this much. */
	content: number;
}

/**
 * The list items of consecutive lines (a list's, or a quote's with its marks
 * taken off), parents by indentation. Returns the number of lines used.
 */
function scanList(lines: Line[], from: number, items: StructureItem[], quoted: boolean): number {
	const open: Open[] = [];
	let fence: string | null = null;
	let afterBlank = false;
	let inParagraph = false;
	let i = from;
	const extend = (end: number): void => {
		for (const o of open) (items[o.index] as StructureItem).end = end;
	};
	for (; i < lines.length; i++) {
		const l = lines[i] as Line;
		if (fence !== null) {
			extend(l.end);
			if (new RegExp(`^${fence[0] === "`" ? "`" : "~"}{${fence.length},}[ \\t]*$`).test(l.text.trimStart())) fence = null;
			continue;
		}
		if (blank(l)) {
			afterBlank = true;
			inParagraph = false;
			continue;
		}
		const m = MARKER.exec(l.text);
		// A line indented less than an item's content ends it, unless it lazily continues the item's paragraph.
		const lazy = m === null && !afterBlank && inParagraph && !interrupts(l);
		while (open.length > 0 && l.indent < (open[open.length - 1] as Open).content && !lazy) open.pop();
		const top = open[open.length - 1];
		if (m && (top === undefined ? l.indent <= 3 || quoted : l.indent < top.content + 4) && !(top === undefined && THEMATIC_BREAK.test(l.text))) {
			const spaces = (m[2] ?? "").length;
			const content = l.indent + (m[1] ?? "").length + (spaces === 0 || spaces > 4 ? 1 : spaces);
			items.push({ start: top === undefined && !quoted ? l.start : l.textStart, end: l.end, parent: top?.index ?? -1 });
			open.push({ index: items.length - 1, content });
			extend(l.end);
			inParagraph = m[2] !== "" && l.text.slice(m[0].length).trim() !== "";
			afterBlank = false;
			continue;
		}
		if (open.length === 0) break; // not indented enough for any item, and no lazy continuation
		const f = FENCE.exec(l.text);
		if (f?.[1]) fence = f[1];
		inParagraph = f === null && !THEMATIC_BREAK.test(l.text);
		afterBlank = false;
		extend(l.end);
	}
	return i - from;
}

/** The structure of text[start, end). */
export function lineStructure(text: string, start = 0, end = text.length): NoteStructure {
	const lines: Line[] = [];
	for (let pos = start; pos < end; ) {
		const l = readLine(text, pos, end);
		lines.push(l);
		pos = l.end + 1;
	}
	const blocks: StructureBlock[] = [];
	const items: StructureItem[] = [];
	const block = (type: string, from: number, to: number): void => void blocks.push({ type, start: (lines[from] as Line).start, end: (lines[to] as Line).end });
	let i = 0;
	while (i < lines.length) {
		const l = lines[i] as Line;
		const t = l.text;
		if (blank(l)) {
			i++;
			continue;
		}
		const from = i;
		const fence = l.indent <= 3 ? FENCE.exec(t) : null;
		if (l.indent > 3) {
			while (i + 1 < lines.length && (blank(lines[i + 1] as Line) || (lines[i + 1] as Line).indent > 3)) i++;
			block("code", from, i++);
		} else if (fence?.[1] && !(fence[1][0] === "`" && (fence[2] ?? "").includes("`"))) {
			const close = new RegExp(`^ {0,3}${fence[1][0] === "`" ? "`" : "~"}{${fence[1].length},}[ \\t]*$`);
			while (i + 1 < lines.length && !close.test(text.slice((lines[i + 1] as Line).start, (lines[i + 1] as Line).end).replace(/\r$/, ""))) i++;
			block("code", from, Math.min(++i, lines.length - 1));
			i++;
		} else if (ATX.test(t)) {
			block("heading", from, i++);
		} else if (MARKER.test(t) && !THEMATIC_BREAK.test(t)) {
			const first = items.length;
			i += scanList(lines, i, items, false);
			blocks.push({ type: "list", start: l.start, end: Math.max(...items.slice(first).map((it) => it.end)) });
		} else if (THEMATIC_BREAK.test(t)) {
			block("thematicBreak", from, i++);
		} else if (t.startsWith(">")) {
			// The quote's lines, marks taken off, and lazy continuation lines.
			const inner: Line[] = [];
			for (; i < lines.length; i++) {
				const q = lines[i] as Line;
				const marks = /^(?:>[ \t]?)+/.exec(q.text)?.[0];
				if (marks === undefined && (blank(q) || interrupts(q) || inner.length === 0 || blank(inner[inner.length - 1] as Line))) break;
				const textStart = q.textStart + (marks?.length ?? 0);
				const rest = readLine(text, textStart, q.end);
				inner.push({ ...rest, start: q.start });
			}
			for (let k = 0; k < inner.length; k++) if (MARKER.test((inner[k] as Line).text)) k += Math.max(1, scanList(inner, k, items, true)) - 1;
			block(/^>[ \t]*\[!/.test(t) ? "callout" : "blockquote", from, i - 1);
		} else if (HTML_START.test(t)) {
			while (i + 1 < lines.length && !blank(lines[i + 1] as Line)) i++;
			block("html", from, i++);
		} else if (t.includes("|") && i + 1 < lines.length && TABLE_DELIMITER.test((lines[i + 1] as Line).text)) {
			while (i + 1 < lines.length && !blank(lines[i + 1] as Line) && !interrupts(lines[i + 1] as Line)) i++;
			block("table", from, i++);
		} else {
			while (i + 1 < lines.length && !blank(lines[i + 1] as Line) && !interrupts(lines[i + 1] as Line) && !SETEXT.test((lines[i + 1] as Line).text)) i++;
			const underline = lines[i + 1];
			if (underline !== undefined && underline.indent <= 3 && SETEXT.test(underline.text)) block("heading", from, ++i);
			else block("paragraph", from, i);
			i++;
		}
	}
	return { blocks, items };
}
