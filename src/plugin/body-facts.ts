/**
 * The body facts the rules need, from Obsidian's metadata cache alone (no file
 * read on the index path): headings, sections and listItems with positions,
 * as CachedMetadata documents them.
 */
import type { CachedMetadata } from "obsidian";
import type { BodyFacts } from "../core/follow-ups/kinds";
import type { Settings } from "../core/settings";
import { foldText } from "../core/text-compare";

/** Section types that hold no words of the user's (the heading line itself, frontmatter, comments). */
const NOT_TEXT = new Set(["heading", "yaml", "comment", "thematicBreak"]);

/**
 * foldText(heading) === wanted, without folding most headings: one that starts
 * (after spaces) with an ASCII letter or digit folds to text starting with it in
 * lower case, so another first letter rules it out.
 */
function foldsTo(heading: string, wanted: string): boolean {
	let i = 0;
	while (heading.charCodeAt(i) === 32) i++;
	const c = heading.charCodeAt(i);
	const alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
	if (alnum && wanted !== "" && (c | (c >= 65 ? 0x20 : 0)) !== wanted.charCodeAt(0)) return false;
	return foldText(heading) === wanted;
}

// The setting's folded form, kept for the setting's text: an index build asks for it once per note.
let folded = { heading: "", wanted: "" };
function wantedOf(heading: string): string {
	if (folded.heading !== heading) folded = { heading, wanted: foldText(heading) };
	return folded.wanted;
}

export function bodyFactsFromCache(cache: CachedMetadata | null | undefined, settings: Settings): BodyFacts {
	const headings = cache?.headings ?? [];
	const wanted = wantedOf(settings.headings.debrief);
	const at = headings.findIndex((h) => foldsTo(h.heading, wanted));
	const heading = headings[at];
	if (!heading) return { debriefWritten: false };
	const from = heading.position.start.line;
	const next = headings.slice(at + 1).find((h) => h.level <= heading.level);
	const to = next ? next.position.start.line : Number.POSITIVE_INFINITY;
	const inside = (line: number): boolean => line > from && line < to;
	const items = cache?.listItems ?? [];
	const written = (cache?.sections ?? []).some((s) => {
		if (!inside(s.position.start.line) || NOT_TEXT.has(s.type)) return false;
		if (s.type !== "list") return true;
		// A list is the user's text when one of its items is not a checklist line.
		return items.some((li) => li.position.start.line >= s.position.start.line && li.position.start.line <= s.position.end.line && li.task === undefined);
	});
	return { debriefWritten: written };
}
