/** `not-specific`: the draft shares no significant word with what the note recorded. */
import type { Interview } from "../interview";
import type { SectionEntry, NoteSections } from "../sections";
import type { SectionHeadings } from "../settings";
import { COMMON_WORDS } from "./common-words";
import { letterParts } from "./structure";
import type { RawFinding } from "./types";

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** A crude stem so "moves", "moved" and "moving" meet "move". */
export function stem(word: string): string {
	let w = word.toLocaleLowerCase().replace(/['’]s$/, "").replace(/['’]/g, "");
	for (const suffix of ["ing", "ed", "es", "s"]) {
		if (w.endsWith(suffix) && w.length - suffix.length >= 4 && !w.endsWith("ss")) {
			w = w.slice(0, -suffix.length);
			break;
		}
	}
	return w.replace(/e$/, "");
}

/** Stems of the words that carry meaning: four letters or more, not ordinary, not the note's names. */
export function significantStems(text: string, exclude: ReadonlySet<string> = new Set()): Set<string> {
	const out = new Set<string>();
	for (const m of text.matchAll(WORD_RE)) {
		const lower = m[0].toLocaleLowerCase().replace(/['’]s$/, "");
		if (lower.length < 4 || COMMON_WORDS.has(lower) || /^\d/.test(lower)) continue;
		const s = stem(lower);
		if (!exclude.has(s) && !COMMON_WORDS.has(s)) out.add(s);
	}
	return out;
}

function namesOf(interview: Interview | undefined): Set<string> {
	if (!interview) return new Set();
	const text = [interview.company, interview.role, ...interview.interviewers.map((p) => `${p.name} ${p.title ?? ""}`)].join(" ");
	return new Set([...text.matchAll(WORD_RE)].map((m) => stem(m[0])));
}

const entryText = (e: SectionEntry): string => `${e.text} ${e.tiesTo ?? ""}`;

/**
 * The draft is specific when, for some entry of Highlights, Wish I had said or
 * Since the interview, it shares two of the entry's significant words (or its
 * only one). With nothing in those sections there is nothing to compare.
 */
export function notSpecific(lines: string[], sections: NoteSections, interview: Interview | undefined, headings: SectionHeadings): RawFinding[] {
	const entries = [...sections.highlights, ...sections.wishIHadSaid, ...sections.sinceInterview];
	const names = namesOf(interview);
	const wanted = entries.map((e) => significantStems(entryText(e), names)).filter((s) => s.size > 0);
	if (wanted.length === 0) return [];
	const first = letterParts(lines).flatMap((p) => p.paragraphs)[0];
	// An empty draft has other problems; there is nothing to judge yet.
	if (!first) return [];
	const draft = significantStems(lines.join("\n"), names);
	const specific = wanted.some((stems) => {
		let shared = 0;
		for (const s of stems) if (draft.has(s)) shared++;
		return shared >= Math.min(2, stems.size);
	});
	if (specific) return [];
	const example = entries.find((e) => significantStems(entryText(e), names).size > 0)?.text ?? "";
	const short = example.length > 60 ? `${example.slice(0, 57).trimEnd()}…` : example;
	return [{
		rule: "not-specific",
		line: first.start + 1,
		message: `Nothing from the note's ${headings.highlights}, ${headings.wishIHadSaid} or ${headings.sinceInterview} appears here; name one specific point, such as '${short}'.`,
	}];
}
