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
 * The entries of each section come from the Markdown structure of its range
 * (src/core/section-entries.ts), which the caller provides: the plugin from
 * Obsidian's metadata cache, the CLI from remark (src/cli/markdown.ts), or a
 * line scan (src/core/line-structure.ts). No Markdown parser is in the core.
 */
import { sectionEntries, type NoteStructure, type SectionEntry } from "./section-entries";
import type { SectionHeadings } from "./settings";

export { splitTiesTo, type NoteStructure, type SectionEntry } from "./section-entries";

/** The structure of body[start, end): blocks and list items, offsets into the body. */
export type StructureOf = (start: number, end: number) => NoteStructure;

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
	let key = text.trim();
	// Most headings have single spaces and no colon: only the others pay for the replacements.
	if (ODD_SPACE.test(key)) key = key.replace(/\s+/g, " ");
	if (key.endsWith(":")) key = key.replace(/\s*:$/, "");
	return key.toLowerCase();
}

/** Whitespace other than one space between words. */
const ODD_SPACE = /[^\S ]| {2}/;

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

// A note's body is often read for more than one section in a row (the debrief check, then
// the questions): the headings of the last body are kept for the next call on the same text.
let lastBody: string | undefined;
let lastHeadings: readonly HeadingLine[] = [];
function headingsOf(body: string): readonly HeadingLine[] {
	if (body !== lastBody) {
		lastHeadings = scanHeadings(body);
		lastBody = body;
	}
	return lastHeadings;
}

/** The section under the first heading `key`; it also stops at any heading in `stopAt`. */
function rangeOf(headings: readonly HeadingLine[], key: string, bodyLength: number, stopAt?: Set<string>): SectionRange | null {
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
	return rangeOf(headingsOf(body), key, body.length);
}

/**
 * Reads the named sections of a note body. Missing or empty sections give
 * empty lists. Besides the usual end (a heading of the same or a higher
 * level), a section here also ends where another named section begins, so
 * "### Wish I had said" under "# Highlights" is not read as highlights.
 * Entry lines count from 1 at the body's first line.
 */
export function readSections(body: string, headings: SectionHeadings, structureOf: StructureOf): NoteSections {
	const found = headingsOf(body);
	const keys = new Set(SECTION_KEYS.map((name) => headingKey(headings[name])));
	const sections: NoteSections = { highlights: [], wishIHadSaid: [], sinceInterview: [], questionsAsked: [], debrief: [] };
	for (const name of SECTION_KEYS) {
		const key = headingKey(headings[name]);
		const range = key === "" ? null : rangeOf(found, key, body.length, keys);
		if (!range || body.slice(range.start, range.end).trim() === "") continue;
		sections[name] = sectionEntries(body, range.start, range.end, structureOf(range.start, range.end));
	}
	return sections;
}

/** The section of `body` under `heading`, with its entries (each nested bullet left out when `foldNested` is false). */
export function readSection(body: string, heading: string, structureOf: StructureOf, foldNested = true): SectionEntry[] {
	const range = findSection(body, heading);
	if (!range || body.slice(range.start, range.end).trim() === "") return [];
	return sectionEntries(body, range.start, range.end, structureOf(range.start, range.end), { foldNested });
}
