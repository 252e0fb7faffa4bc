/**
 * The named sections of an interview note body (DESIGN §1): Highlights,
 * Wish I had said, Since the interview, Questions they asked, Debrief.
 *
 * Sections are found with a cheap line scan (no Markdown parse): only ATX
 * headings (`# Title` … `###### Title`, any level) count; setext headings
 * (a title underlined with === or ---) are not recognised as section starts.
 * Lines inside fenced code (``` or ~~~) are never headings. A section runs
 * from the line after its heading to the next heading of the same or a higher
 * level (so it includes its own subsections), or to the end of the body.
 *
 * Only the slice of each wanted section is parsed, with remark-parse + GFM
 * (remark runs at about 1 MB/s, so whole bodies are never parsed). The tree
 * is used for positions only: every entry's text is cut from the source, so
 * inline Markdown stays exactly as the user wrote it.
 */
import type { BlockContent, DefinitionContent, RootContent } from "mdast";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import remarkParse from "remark-parse";
import { unified, type Processor } from "unified";
import type { SectionHeadings } from "./settings";

export interface SectionEntry {
	/** The entry's text as written (inline marks kept), trimmed, lines joined by spaces. */
	text: string;
	/** From a trailing "(ties to: …)" on the entry; removed from `text`. */
	tiesTo?: string;
	/** 1-based line in the body string where the entry starts. */
	line: number;
}

export interface NoteSections {
	highlights: SectionEntry[];
	wishIHadSaid: SectionEntry[];
	sinceInterview: SectionEntry[];
	questionsAsked: SectionEntry[];
	debrief: SectionEntry[];
}

export interface SectionRange {
	/** Offset just after the heading line (after its line break). */
	start: number;
	/** Offset of the next heading of the same or a higher level, or the body's length. */
	end: number;
}

interface HeadingLine {
	level: number;
	/** Normalised heading text (see `headingKey`). */
	key: string;
	/** Offset of the start of the heading line. */
	lineStart: number;
	/** Offset just after the heading line's line break (or the body's length). */
	after: number;
}

const SECTION_KEYS = ["highlights", "wishIHadSaid", "sinceInterview", "questionsAsked", "debrief"] as const;

/** Heading text compared case-insensitively, spaces collapsed, a trailing colon ignored. */
export function headingKey(text: string): string {
	return text.trim().replace(/\s+/g, " ").replace(/\s*:$/, "").toLowerCase();
}

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*\r?$/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/** The ATX headings of `body` outside fenced code, in order. One pass over the lines. */
function scanHeadings(body: string): HeadingLine[] {
	const out: HeadingLine[] = [];
	let fence: { char: string; size: number } | null = null;
	let pos = 0;
	while (pos < body.length) {
		const nl = body.indexOf("\n", pos);
		const lineEnd = nl === -1 ? body.length : nl;
		const after = nl === -1 ? body.length : nl + 1;
		// Only lines that start (after at most three spaces) with #, ` or ~ can matter.
		let i = pos;
		while (i < lineEnd && i - pos < 3 && body.charCodeAt(i) === 32) i++;
		const c = body[i];
		if (c === "#" || c === "`" || c === "~") {
			const line = body.slice(pos, lineEnd);
			if (fence) {
				const close = new RegExp(`^ {0,3}${fence.char === "`" ? "`" : "~"}{${fence.size},}[ \\t]*\\r?$`);
				if (close.test(line)) fence = null;
			} else if (c === "#") {
				const m = ATX.exec(line);
				if (m?.[1]) {
					const text = (m[2] ?? "").replace(/(?:^|[ \t]+)#+$/, "");
					out.push({ level: m[1].length, key: headingKey(text), lineStart: pos, after });
				}
			} else {
				const m = FENCE_OPEN.exec(line);
				// A backtick fence's info string may not hold a backtick (that is inline code).
				if (m?.[1] && !(c === "`" && (m[2] ?? "").includes("`"))) fence = { char: c, size: m[1].length };
			}
		}
		pos = after;
	}
	return out;
}

/** The section under the first heading `key`; it also stops at any heading in `stopAt`. */
function rangeOf(headings: HeadingLine[], key: string, bodyLength: number, stopAt?: Set<string>): SectionRange | null {
	const i = headings.findIndex((h) => h.key === key);
	const heading = headings[i];
	if (!heading) return null;
	const next = headings.slice(i + 1).find((h) => h.level <= heading.level || stopAt?.has(h.key) === true);
	return { start: heading.after, end: next ? next.lineStart : bodyLength };
}

/**
 * The first section whose heading (any level, case-insensitive) is `heading`,
 * or null. A line scan: cheap enough to run on every note of a vault.
 */
export function findSection(body: string, heading: string): SectionRange | null {
	const key = headingKey(heading);
	if (key === "") return null;
	return rangeOf(scanHeadings(body), key, body.length);
}

/**
 * remark-gfm's parsing half. remark-gfm also registers the GFM Markdown writer,
 * which drags mdast-util-to-markdown into main.js; this module only parses.
 */
function gfmParseOnly(this: Processor): void {
	const data = this.data();
	(data.micromarkExtensions ??= []).push(gfm());
	(data.fromMarkdownExtensions ??= []).push(gfmFromMarkdown());
}

// Parse only (not `remark`, which also bundles remark-stringify).
const processor = unified().use(remarkParse).use(gfmParseOnly).freeze();

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

/** Source text of a block with its line breaks (and quote markers inside quotes) folded into spaces. */
function blockText(source: string, start: number, end: number, inQuote: boolean): string {
	const raw = source.slice(start, end);
	const folded = inQuote ? raw.replace(/[ \t]*\r?\n[ \t]*(?:>[ \t]?)*/g, " ") : raw.replace(/[ \t]*\r?\n[ \t]*/g, " ");
	return folded.trim();
}

type Node = RootContent | BlockContent | DefinitionContent;

/** Texts of the paragraphs (and headings) inside a list item, nested items included, in order. */
function itemTexts(source: string, node: Node, inQuote: boolean, out: string[]): void {
	if (node.type === "paragraph" || node.type === "heading") {
		const s = node.position?.start.offset;
		const e = node.position?.end.offset;
		if (s !== undefined && e !== undefined) {
			const t = blockText(source, s, e, inQuote);
			if (t !== "") out.push(t);
		}
		return;
	}
	if (node.type === "list" || node.type === "listItem" || node.type === "blockquote") {
		for (const child of node.children) itemTexts(source, child, inQuote || node.type === "blockquote", out);
	}
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

interface Walk {
	source: string;
	lineBase: number;
	/** Fold nested bullets into their parent's text (else only the item's first paragraph counts). */
	foldNested: boolean;
	out: SectionEntry[];
}

function entriesOf(w: Walk, nodes: Node[], inQuote: boolean): void {
	const { source, lineBase, out } = w;
	const push = (text: string, line: number | undefined): void => {
		if (text === "" || line === undefined) return;
		out.push({ ...splitTiesTo(text), line: lineBase + line - 1 });
	};
	for (const node of nodes) {
		if (node.type === "list") {
			for (const item of node.children) {
				const parts: string[] = [];
				for (const child of item.children) itemTexts(source, child, inQuote, parts);
				if (!w.foldNested) parts.splice(1);
				// "- [ ]" with nothing after it is an empty task, not text.
				const text = joinTexts(parts);
				push(/^\[[ xX]\]$/.test(text) ? "" : text, item.position?.start.line);
			}
		} else if (node.type === "paragraph") {
			const s = node.position?.start.offset;
			const e = node.position?.end.offset;
			if (s !== undefined && e !== undefined) push(blockText(source, s, e, inQuote), node.position?.start.line);
		} else if (node.type === "blockquote") {
			entriesOf(w, node.children, true);
		}
		// Headings (subsections), code, tables, HTML and rules are not entries.
	}
}

const lineBreaksBefore = (text: string, offset: number): number => {
	let n = 0;
	for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) n++;
	return n;
};

/**
 * The entries (bullets and paragraphs) of one section slice; `firstLine` is
 * the slice's 1-based line in the body. With `foldNested` false, a bullet's
 * nested bullets (often notes on an answer) are left out of its text.
 */
export function entriesFromSlice(slice: string, firstLine = 1, foldNested = true): SectionEntry[] {
	if (slice.trim() === "") return [];
	const tree = processor.parse(slice);
	const w: Walk = { source: slice, lineBase: firstLine, foldNested, out: [] };
	entriesOf(w, tree.children, false);
	return w.out;
}

/**
 * Reads the named sections of a note body. Missing or empty sections give
 * empty lists. Besides the usual end (a heading of the same or a higher
 * level), a section here also ends where another named section begins, so
 * "### Wish I had said" under "# Highlights" is not read as highlights.
 */
export function readSections(body: string, headings: SectionHeadings): NoteSections {
	const found = scanHeadings(body);
	const keys = new Set(SECTION_KEYS.map((name) => headingKey(headings[name])));
	const sections: NoteSections = { highlights: [], wishIHadSaid: [], sinceInterview: [], questionsAsked: [], debrief: [] };
	for (const name of SECTION_KEYS) {
		const key = headingKey(headings[name]);
		const range = key === "" ? null : rangeOf(found, key, body.length, keys);
		if (!range) continue;
		sections[name] = entriesFromSlice(body.slice(range.start, range.end), lineBreaksBefore(body, range.start) + 1);
	}
	return sections;
}
