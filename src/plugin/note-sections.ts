/**
 * A note's named sections in the plugin, from Obsidian's metadata cache: its
 * `sections` (top-level blocks) and `listItems` (with their parents) give the
 * structure the core reads entries from, so main.js carries no Markdown
 * parser (DESIGN §8). Obsidian re-reads a note a moment after it changes:
 * when the cache does not describe the text at hand, a line scan stands in.
 */
import type { CachedMetadata } from "obsidian";
import { lineStructure } from "../core/line-structure";
import { questionsIn } from "../core/questions";
import { readSections, type NoteSections, type NoteStructure, type StructureOf } from "../core/sections";
import type { SectionHeadings } from "../core/settings";
import { splitFrontmatter } from "../core/note-text";

const ITEM_START = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

/** True when the cache's positions fit `text`: each heading and list item is where the cache says. */
export function cacheFits(cache: CachedMetadata, text: string): boolean {
	const sections = cache.sections ?? [];
	const last = sections[sections.length - 1];
	if (last !== undefined && last.position.end.offset > text.length) return false;
	for (const h of cache.headings ?? []) {
		if (!text.slice(h.position.start.offset, h.position.end.offset).includes(h.heading)) return false;
	}
	for (const item of cache.listItems ?? []) {
		if (!ITEM_START.test(text.slice(item.position.start.offset, item.position.end.offset))) return false;
	}
	return true;
}

/** The cache's structure, offsets into the body that starts at `bodyOffset` of the note's text. */
export function cacheStructure(cache: CachedMetadata, bodyOffset: number): NoteStructure {
	const blocks = (cache.sections ?? [])
		.filter((s) => s.position.start.offset >= bodyOffset)
		.map((s) => ({ type: s.type, start: s.position.start.offset - bodyOffset, end: s.position.end.offset - bodyOffset }));
	const listItems = cache.listItems ?? [];
	// `parent` is the parent item's line (or negative at the top of a list): find the item on that line.
	const byLine = new Map<number, number>();
	listItems.forEach((item, i) => {
		if (!byLine.has(item.position.start.line)) byLine.set(item.position.start.line, i);
	});
	const items = listItems.map((item) => ({
		start: item.position.start.offset - bodyOffset,
		end: item.position.end.offset - bodyOffset,
		parent: item.parent >= 0 ? (byLine.get(item.parent) ?? -1) : -1,
	}));
	return { blocks, items };
}

/** The note's body and the way to read its structure: the cache when it fits the text, else a line scan. */
export function bodyStructure(text: string, cache: CachedMetadata | null): { body: string; structureOf: StructureOf } {
	const { frontmatter, body } = splitFrontmatter(text);
	if (cache && cacheFits(cache, text)) {
		const structure = cacheStructure(cache, frontmatter.length);
		return { body, structureOf: () => structure };
	}
	return { body, structureOf: (start, end) => lineStructure(body, start, end) };
}

/** The named sections of a note, from its text and its metadata cache entry. */
export function noteSections(text: string, cache: CachedMetadata | null, headings: SectionHeadings): NoteSections {
	const { body, structureOf } = bodyStructure(text, cache);
	return readSections(body, headings, structureOf);
}

/** The questions listed under `heading` in a note. */
export function noteQuestions(text: string, cache: CachedMetadata | null, heading: string): string[] {
	const { body, structureOf } = bodyStructure(text, cache);
	return questionsIn(body, heading, structureOf);
}
