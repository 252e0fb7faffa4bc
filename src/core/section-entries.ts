/**
 * The entries (bullets and paragraphs) of a section, from the text and its
 * Markdown structure: the top-level blocks and every list item with its
 * parent, as Obsidian's metadata cache lists them (`sections`, `listItems`).
 * The plugin takes the structure from the cache, the CLI from remark; the text
 * of every entry is cut from the source, so inline Markdown stays as written.
 * Inside an item, paragraphs are told apart by a line scan (blank lines, code
 * fences, tables and HTML blocks are not text).
 */

export interface SectionEntry {
	/** The entry's text as written (inline marks kept), trimmed, lines joined by spaces. */
	text: string;
	/** From a trailing "(ties to: …)" on the entry; removed from `text`. */
	tiesTo?: string;
	/** 1-based line in the text where the entry starts. */
	line: number;
}

/** A top-level block, typed as Obsidian's SectionCache: paragraph, list, blockquote, callout, code, heading, table… */
export interface StructureBlock {
	type: string;
	start: number;
	end: number;
}

/** A list item anywhere (nested, in a quote). `end` may or may not take in its nested items. */
export interface StructureItem {
	start: number;
	end: number;
	/** Index of the parent item in the same list of items, or -1 for an item at the top of its list. */
	parent: number;
}

/** Offsets are into the text the structure was made for; blocks and items in document order. */
export interface NoteStructure {
	blocks: StructureBlock[];
	items: StructureItem[];
}

const TIES_TO = /\(\s*ties\s+to\s*:/gi;

/** Splits a trailing "(ties to: …)" off an entry's text. */
export function splitTiesTo(text: string): { text: string; tiesTo?: string } {
	let last: RegExpExecArray | null = null;
	TIES_TO.lastIndex = 0;
	for (let m = TIES_TO.exec(text); m; m = TIES_TO.exec(text)) last = m;
	if (!last) return { text };
	const rest = /^([\s\S]*)\)[\s.;,!]*$/.exec(text.slice(last.index + last[0].length));
	const before = text.slice(0, last.index).trim();
	if (!rest || before === "") return { text };
	const tiesTo = (rest[1] ?? "").trim();
	return tiesTo === "" ? { text: before } : { text: before, tiesTo };
}

/** Nested bullets are folded into their parent entry: "Parent; child one; child two." */
function joinTexts(parts: string[]): string {
	let out = "";
	for (const part of parts) {
		if (out === "") out = part;
		else out += /[.!?:;]$/.test(out) ? ` ${part}` : `; ${part}`;
	}
	return out;
}

const MARKER = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|(?=\r?\n|$))(?:\[[ xX]\](?:[ \t]+|(?=\r?\n|$)))?/;
const QUOTE_MARKS = /^[ \t]*(?:>[ \t]?)*/;
const FENCE = /^[ \t]*(`{3,}|~{3,})/;
const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const HTML_START = /^[ \t]*<(?:[A-Za-z/]|!--)/;
const THEMATIC_BREAK = /^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

interface Paragraph {
	text: string;
	/** Offset of its first character. */
	at: number;
}

/**
 * The paragraphs of text[from, to) (no list items in it), each folded to one
 * line: what remark's paragraphs (and headings) there give. In a quote the
 * quote marks are taken off each line, and a deeper quote starts a paragraph.
 */
function paragraphsOf(text: string, from: number, to: number, inQuote: boolean): Paragraph[] {
	const lines: { start: number; source: string }[] = [];
	for (let lineStart = from; lineStart < to; ) {
		const nl = text.indexOf("\n", lineStart);
		const lineEnd = nl === -1 || nl > to ? to : nl;
		lines.push({ start: lineStart, source: text.slice(lineStart, lineEnd).replace(/[ \t]*\r?$/, "") });
		lineStart = lineEnd + 1;
	}
	const unquoted = (i: number): string => (lines[i]?.source ?? "").replace(QUOTE_MARKS, "");
	const out: Paragraph[] = [];
	let para: { at: number; depth: number; lines: string[] } | null = null;
	const flush = (): void => {
		const joined = para?.lines.join(" ").trim() ?? "";
		if (para && joined !== "") out.push({ text: joined, at: para.at });
		para = null;
	};
	for (let i = 0; i < lines.length; i++) {
		const { start, source } = lines[i] as { start: number; source: string };
		const quoted = inQuote || /^[ \t]*>/.test(source);
		const marks = (quoted ? QUOTE_MARKS : /^[ \t]*/).exec(source)?.[0] ?? "";
		const line = source.slice(marks.length);
		const depth = quoted ? (marks.match(/>/g) ?? []).length : 0;
		if (line.trim() === "" || THEMATIC_BREAK.test(line)) {
			flush();
			continue;
		}
		const fence = FENCE.exec(line)?.[1];
		if (fence) {
			flush();
			const close = new RegExp(`^[ \\t]*${fence[0] === "`" ? "`" : "~"}{${fence.length},}[ \\t]*$`);
			while (i + 1 < lines.length && !close.test(unquoted(i + 1))) i++;
			i++;
			continue;
		}
		if (para === null && (HTML_START.test(line) || (line.includes("|") && TABLE_DELIMITER.test(unquoted(i + 1))))) {
			// An HTML block or a table runs to the next blank line; neither is text.
			while (i + 1 < lines.length && unquoted(i + 1).trim() !== "") i++;
			continue;
		}
		if (para !== null && depth > (para as { depth: number }).depth) flush();
		para ??= { at: start + marks.length + (line.length - line.trimStart().length), depth, lines: [] };
		(para as { lines: string[] }).lines.push(line);
	}
	flush();
	return out;
}

/** Counts lines for offsets asked in increasing order (entries come in document order). */
function lineCounter(text: string): (offset: number) => number {
	let pos = 0;
	let line = 1;
	return (offset) => {
		if (offset < pos) {
			pos = 0;
			line = 1;
		}
		for (let i = text.indexOf("\n", pos); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
			line++;
			pos = i + 1;
		}
		return line;
	};
}

export interface EntryOptions {
	/** Fold nested bullets into their parent's text (else only the item's first paragraph counts). */
	foldNested?: boolean;
}

/**
 * The entries of `text` between `start` and `end` (a section's range), from
 * the structure of that text. Headings, code, tables, HTML and rules are not
 * entries; a quote's paragraphs and bullets are.
 */
export function sectionEntries(text: string, start: number, end: number, structure: NoteStructure, options: EntryOptions = {}): SectionEntry[] {
	const foldNested = options.foldNested ?? true;
	const { items } = structure;
	const lineOf = lineCounter(text);
	const out: SectionEntry[] = [];
	const children = new Map<number, number[]>();
	items.forEach((item, i) => {
		if (item.parent >= 0) children.set(item.parent, [...(children.get(item.parent) ?? []), i]);
	});
	// Where an item ends, its nested items included.
	const reach = (i: number): number => Math.max(items[i]?.end ?? 0, ...(children.get(i) ?? []).map(reach));
	const push = (entry: string, at: number): void => {
		// "- [ ]" with nothing after it is an empty task, not text.
		if (entry === "" || /^\[[ xX]\]$/.test(entry)) return;
		out.push({ ...splitTiesTo(entry), line: lineOf(at) });
	};

	const partsOf = (i: number, inQuote: boolean, parts: string[]): void => {
		const item = items[i] as StructureItem;
		let pos = item.start;
		const own = (to: number): void => {
			if (to <= pos) return;
			const from = pos === item.start ? pos + (MARKER.exec(text.slice(pos, to))?.[0].length ?? 0) : pos;
			for (const p of paragraphsOf(text, from, to, inQuote)) parts.push(p.text);
		};
		for (const child of children.get(i) ?? []) {
			own((items[child] as StructureItem).start);
			if (!foldNested && parts.length > 0) return;
			partsOf(child, inQuote, parts);
			pos = Math.max(pos, reach(child));
		}
		own(Math.max(item.end, pos));
	};
	const item = (i: number, inQuote: boolean): void => {
		const parts: string[] = [];
		partsOf(i, inQuote, parts);
		push(joinTexts(foldNested ? parts : parts.slice(0, 1)), (items[i] as StructureItem).start);
	};
	const rootsIn = (from: number, to: number): number[] =>
		items.flatMap((it, i) => (it.start >= from && it.start < to && (it.parent < 0 || ((items[it.parent] as StructureItem).start < from)) ? [i] : []));

	/** A quote: its bullets, and its other lines as paragraphs. */
	const quote = (from: number, to: number): void => {
		let pos = from;
		for (const r of rootsIn(from, to)) {
			for (const p of paragraphsOf(text, pos, (items[r] as StructureItem).start, true)) push(p.text, p.at);
			item(r, true);
			pos = Math.max(pos, reach(r));
		}
		for (const p of paragraphsOf(text, pos, to, true)) push(p.text, p.at);
	};

	for (const block of structure.blocks) {
		if (block.end <= start || block.start >= end) continue;
		if (block.type === "paragraph") push(text.slice(block.start, block.end).replace(/[ \t]*\r?\n[ \t]*/g, " ").trim(), block.start);
		else if (block.type === "list") for (const r of rootsIn(block.start, block.end)) item(r, false);
		else if (block.type === "blockquote" || block.type === "callout") quote(block.start, block.end);
	}
	return out;
}
