/**
 * `spelling` (DESIGN §3.3): words a Hunspell dictionary does not know. The
 * dictionary is the caller's (the CLI's nspell with dictionary-en; the plugin
 * gives none and leaves spelling to Obsidian's editor), so the core stays
 * pure. The note's names, company, role and words, and the sender's and
 * references' details, are known words; British spellings of American words
 * pass; words with capitals inside, all capitals or letters outside English
 * are not judged.
 */
import type { Interview } from "../interview";
import { everyoneAtTheCompany } from "../letters/recipients";
import type { NoteSections, SectionEntry } from "../sections";
import type { Settings } from "../settings";
import { HONORIFICS } from "./names";
import { prose } from "./prose";
import type { RawFinding } from "./types";

/** What a spelling dictionary answers (nspell's shape). */
export interface Speller {
	correct(word: string): boolean;
}

/** British endings and their American forms: "organisation", "colour", "centre", "travelled", "catalogue", "licence". */
const BRITISH: [RegExp, string][] = [
	[/is(ation|e|es|ed|ing|er|ers)$/, "iz$1"],
	[/ys(e|es|ed|ing)$/, "yz$1"],
	[/our(s|ed|ing|ite|ites|able|er)?$/, "or$1"],
	[/tre(s|d)?$/, "ter$1"],
	[/ll(ed|ing|er|ers|ist|ists|or|ors|ation)$/, "l$1"],
	[/ogue(s)?$/, "og$1"],
	[/ence(s)?$/, "ense$1"],
	[/amme(s)?$/, "am$1"],
	[/gement(s)?$/, "gment$1"],
	[/ssed$/, "sed"],
	[/ise$/, "ice"],
	[/ol(s)?$/, "oll$1"],
	[/que(s)?$/, "ck$1"],
	[/ae/, "e"],
];

const WORD_RE = /\p{L}[\p{L}\p{M}'’]*/gu;
/** Only plain English letters (and apostrophes) are judged. */
const ENGLISH_RE = /^[A-Za-z]+(?:'[A-Za-z]+)*$/;
/** At most this many distinct misspellings get suggestions (each costs a few hundred dictionary look-ups). */
const MAX_SUGGESTED = 50;
const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/**
 * Dictionary words one edit away (two letters swapped, one replaced, dropped
 * or added), swaps first, at most three. Bounded, unlike nspell's own
 * suggest, which can take seconds on a word far from any other.
 */
function suggestions(word: string, speller: Speller): string[] {
	const w = word.toLowerCase();
	const out: string[] = [];
	const tryWord = (c: string): void => {
		if (out.length < 3 && c !== w && c.length > 1 && !out.includes(c) && speller.correct(c)) out.push(c);
	};
	for (let i = 0; i + 1 < w.length; i++) tryWord(w.slice(0, i) + (w[i + 1] ?? "") + (w[i] ?? "") + w.slice(i + 2));
	for (let i = 0; i < w.length; i++) for (const l of LETTERS) tryWord(w.slice(0, i) + l + w.slice(i + 1));
	for (let i = 0; i < w.length; i++) tryWord(w.slice(0, i) + w.slice(i + 1));
	for (let i = 0; i <= w.length; i++) for (const l of LETTERS) tryWord(w.slice(0, i) + l + w.slice(i));
	const capital = word.charAt(0) !== w.charAt(0);
	return out.map((c) => (capital ? c.charAt(0).toUpperCase() + c.slice(1) : c));
}
const MAX_FINDINGS = 100;

const lower = (s: string): string => s.normalize("NFC").toLowerCase().replace(/[\u2018\u2019\u02BC]/g, "'");

/** Every word of `texts`, lower-cased, possessive and apostrophes both ways. */
export function wordsOf(texts: readonly string[]): Set<string> {
	const out = new Set<string>();
	for (const text of texts) {
		for (const m of text.matchAll(WORD_RE)) {
			const w = lower(m[0]).replace(/'s$/, "").replace(/'+$/, "");
			out.add(w);
		}
	}
	return out;
}

const entriesOf = (s: NoteSections): SectionEntry[] => [...s.highlights, ...s.wishIHadSaid, ...s.sinceInterview, ...s.questionsAsked, ...s.debrief];

/** The words a draft may use without the dictionary knowing them. */
export function knownWords(interview: Interview | undefined, sections: NoteSections | undefined, settings: Settings, noteText = ""): Set<string> {
	const people = interview ? [...everyoneAtTheCompany(interview), ...interview.connections] : [];
	const texts = [
		noteText,
		...HONORIFICS,
		interview?.company ?? "",
		interview?.role ?? "",
		interview?.nextStep ?? "",
		...people.flatMap((p) => [p.name, p.title ?? "", p.honorific ?? "", p.surname ?? "", p.salutation ?? "", p.email ?? "", p.address ?? ""]),
		...(interview?.requests.map((r) => r.item) ?? []),
		...(sections ? entriesOf(sections).map((e) => `${e.text} ${e.tiesTo ?? ""}`) : []),
		settings.sender.name,
		settings.sender.address,
		settings.sender.email,
		...settings.references.flatMap((r) => [r.name, r.relationship ?? "", r.email ?? ""]),
	];
	return wordsOf(texts);
}

/** The line with addresses and links blanked: "dana@northwind.example" is not a word to spell. */
const prosePart = (line: string): string =>
	prose(line)
		.split(/(\s+)/)
		.map((chunk) => (chunk.includes("@") || /^www\./i.test(chunk) ? " " : chunk))
		.join("");

function isJudged(word: string): boolean {
	if (word.length < 2 || !ENGLISH_RE.test(word)) return false;
	// "APICS", "PowerBI", "McKinsey": acronyms and names with inner capitals are left alone.
	return !/[A-Z]/.test(word.slice(1));
}

function spelt(word: string, speller: Speller): boolean {
	if (speller.correct(word) || speller.correct(word.toLowerCase())) return true;
	const w = word.toLowerCase();
	return BRITISH.some(([re, us]) => re.test(w) && speller.correct(w.replace(re, us)));
}

export function spelling(lines: string[], speller: Speller, known: ReadonlySet<string>): RawFinding[] {
	const out: RawFinding[] = [];
	const verdicts = new Map<string, string | null>();
	let suggested = 0;
	for (let i = 0; i < lines.length && out.length < MAX_FINDINGS; i++) {
		const line = prosePart(lines[i] ?? "");
		const seen = new Set<string>();
		for (const m of line.matchAll(WORD_RE)) {
			if (out.length >= MAX_FINDINGS) break;
			// Words glued to other word characters (file names, paths) are not prose.
			if (m.index > 0 && /[\w/.\\]/.test(line.charAt(m.index - 1))) continue;
			for (const part of m[0].replace(/[\u2018\u2019\u02BC]/g, "'").replace(/'s$/i, "").replace(/'+$/, "").split("-")) {
				if (!isJudged(part) || known.has(lower(part)) || seen.has(part)) continue;
				let message = verdicts.get(part);
				if (message === undefined) {
					if (spelt(part, speller)) message = null;
					else {
						const options = suggested++ < MAX_SUGGESTED ? suggestions(part, speller) : [];
						message = options.length > 0
							? `'${part}' is not in the dictionary; did you mean ${options.map((o) => `'${o}'`).join(" or ")}?`
							: `'${part}' is not in the dictionary; check its spelling.`;
					}
					verdicts.set(part, message);
				}
				seen.add(part);
				if (message !== null && out.length < MAX_FINDINGS) out.push({ rule: "spelling", line: i + 1, message, word: part });
			}
		}
	}
	return out;
}
