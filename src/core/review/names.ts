/**
 * Names (DESIGN §1.1, §3.3): near-miss and accent-less spellings of the
 * people's and company's names, first-name salutations, and an honorific put
 * before a part of the name that is not the surname.
 */
import type { Interview } from "../interview";
import { everyoneAtTheCompany } from "../letters/recipients";
import { addressName } from "../letters/salutation";
import { nameParts, type Person } from "../people";
import type { Settings } from "../settings";
import { foldText, sameSpelling, sameText } from "../text-compare";
import { COMMON_WORDS } from "./common-words";
import { letterParts, type Salutation, type Token } from "./structure";
import type { RawFinding } from "./types";

/**
 * Damerau-Levenshtein distance (optimal string alignment): insertions,
 * deletions, substitutions and swaps of two neighbouring letters cost 1.
 */
export function editDistance(a: string, b: string): number {
	const n = b.length;
	let prev2: number[] = [];
	let prev: number[] = Array.from({ length: n + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row: number[] = [i];
		for (let j = 1; j <= n; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (prev2[j - 2] ?? 0) + 1);
			row.push(d);
		}
		prev2 = prev;
		prev = row;
	}
	return prev[n] ?? 0;
}

/** How many edits still count as a near miss of a name of this length. */
export function allowedEdits(length: number): number {
	if (length < 4) return 0;
	return length < 8 ? 1 : 2;
}

export const HONORIFICS = ["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "madam", "madame"];

const NAME_PART_RE = /\p{L}[\p{L}\p{M}'’-]*/gu;
const partsOf = (name: string): string[] => (name.normalize("NFC").match(NAME_PART_RE) ?? []).map((p) => p.replace(/['’-]+$/, ""));
const key = (s: string): string => s.normalize("NFC").toLocaleLowerCase().replace(/’/g, "'");
const isHonorific = (word: string): boolean => HONORIFICS.includes(key(word).replace(/\.$/, ""));

interface Target {
	/** The name part as the note spells it. */
	part: string;
	/** Whose name it is, for the message. */
	whole: string;
	company: boolean;
}

function targetsOf(interview: Interview): Target[] {
	const out: Target[] = [];
	for (const person of everyoneAtTheCompany(interview)) {
		for (const part of partsOf(person.name)) {
			if (!isHonorific(part)) out.push({ part, whole: person.name, company: false });
		}
	}
	for (const part of partsOf(interview.company)) {
		// "Traders" or "Group" in a company name are ordinary words; near misses of them are too.
		if (!COMMON_WORDS.has(key(part))) out.push({ part, whole: interview.company, company: true });
	}
	return out;
}

/** Words the note itself uses for other things (role, titles, sender): never misspellings. */
function knownWords(interview: Interview, settings: Settings): Set<string> {
	const texts = [
		interview.company,
		interview.role,
		interview.nextStep ?? "",
		settings.sender.name,
		settings.sender.address,
		...everyoneAtTheCompany(interview).flatMap((p) => [p.name, p.title ?? "", p.honorific ?? ""]),
		...interview.requests.map((r) => r.item),
	];
	return new Set(texts.flatMap(partsOf).map(key));
}

const ofWhom = ({ part, whole }: Target): string => (part === whole ? part : `${part} (${whole})`);

/** The closest name part `word` (lower-cased) is a near miss of, if any. */
function nearMiss(w: string, targets: Target[]): Target | undefined {
	let best: { target: Target; distance: number } | undefined;
	for (const target of targets) {
		const p = key(target.part);
		const limit = allowedEdits(p.length);
		if (limit === 0 || Math.abs(p.length - w.length) > limit) continue;
		const distance = editDistance(w, p);
		// A different first letter is a different name unless the rest is nearly identical.
		if (distance === 0 || distance > limit || (w[0] !== p[0] && (distance > 1 || p.length < 6))) continue;
		if (!best || distance < best.distance) best = { target, distance };
	}
	return best?.target;
}

/** What is wrong with a word as written, or null: the same for every occurrence of it. */
function misspelt(word: string, w: string, targets: Target[]): string | null {
	// "Nunez" for Ñúñez: the same letters, the accents left out.
	const unaccented = targets.find((x) => sameText(x.part, word) && !sameSpelling(x.part, word));
	if (unaccented) {
		const what = unaccented.company ? "the company's name" : "the name";
		return `'${word}' drops the accents of ${ofWhom(unaccented)}; write ${unaccented.part} as in the note (${what}).`;
	}
	if (w.length < 3 || COMMON_WORDS.has(w)) return null;
	const target = nearMiss(w, targets);
	if (!target) return null;
	return `'${word}' looks like a misspelling of ${ofWhom(target)}; check the ${target.company ? "company's name" : "name"} against the note.`;
}

/** `name-spelling`: capitalised words (any word of a salutation line, 0-based) one or two letters away from a name in the note, or the name without its accents. */
export function nameSpelling(words: Token[], interview: Interview, settings: Settings, salutationLines: ReadonlySet<number> = new Set()): RawFinding[] {
	const targets = targetsOf(interview);
	if (targets.length === 0) return [];
	const known = knownWords(interview, settings);
	const out: RawFinding[] = [];
	const seen = new Set<string>();
	// A long draft repeats its words: each distinct word is judged once.
	const verdicts = new Map<string, string | null>();
	for (const t of words) {
		const first = t.word.charAt(0);
		// Lower-case words are taken as ordinary words (names are written with a capital), except in a salutation: "Dear Mr. nunez,".
		if (first === first.toLocaleLowerCase() && !salutationLines.has(t.line)) continue;
		let message = verdicts.get(t.word);
		if (message === undefined) {
			const w = key(t.word);
			message = w.length < 2 || known.has(w) ? null : misspelt(t.word, w, targets);
			verdicts.set(t.word, message);
		}
		if (message === null || seen.has(`${t.line}:${t.word}`)) continue;
		seen.add(`${t.line}:${t.word}`);
		out.push({ rule: "name-spelling", line: t.line + 1, message, word: t.word });
	}
	return out;
}

const GENERIC_ADDRESSEES = new Set(["sir", "madam", "team", "all", "everyone", "everybody", "there", "colleagues", "friends", "committee", "panel", "recruiter"]);

/** What to write instead, by the same rule letters use (never a surname the note does not give), and a hint when it is a guess. */
function advice(person: Person, honorific: string | undefined): string {
	const parts = nameParts(person.name, person.surname);
	const formal = honorific && !person.honorific && !person.salutation && !parts.honorific ? `${honorific} ${parts.surname}` : addressName(person);
	const hint = parts.guess && formal.includes(parts.surname) ? `; if ${parts.surname} is not the family name, add surname: to the note` : "";
	return `write '${formal}' instead${hint}`;
}

/** Whether an honorific may stand before `name` for `person`: their surname (either of two Spanish ones), or their whole name. */
function fitsHonorific(person: Person, name: string): boolean {
	const parts = nameParts(person.name, person.surname);
	const surname = foldText(parts.surname);
	const folded = foldText(name);
	if (folded === surname || folded.endsWith(` ${surname}`) || sameText(name, parts.full) || sameText(name, parts.native ?? "")) return true;
	return parts.guess === "two-surnames" && folded === surname.split(" ")[0];
}

/** A person of the note whose given name is `word`, if the name shows one. */
const byGivenName = (people: Person[], word: string): Person | undefined =>
	people.find((p) => {
		const given = nameParts(p.name, p.surname).given;
		return given !== undefined && sameText(given, word);
	});

/**
 * `first-name-salutation`: "Hey Dana," where the note knows Dana Whitfield (accents
 * and case ignored), or any lone capitalised name when it knows no one.
 * `wrong-surname`: "Dear Ms. Fang" where the note's Wang Fang has the surname Wang,
 * or "Mr. Ceallaigh" for Ó Ceallaigh.
 */
export function firstNameSalutation(lines: string[], interview: Interview | undefined): RawFinding[] {
	const people = interview ? everyoneAtTheCompany(interview) : [];
	const out: RawFinding[] = [];
	// Many letters greet the same way: each greeting is judged once.
	const verdicts = new Map<string, Omit<RawFinding, "line"> | null>();
	for (const { salutation } of letterParts(lines)) {
		if (!salutation) continue;
		const memo = `${salutation.greeting}\u0000${salutation.addressee}`;
		let verdict = verdicts.get(memo);
		if (verdict === undefined) {
			verdict = salutationFinding(salutation, people);
			verdicts.set(memo, verdict);
		}
		if (verdict) out.push({ ...verdict, line: salutation.index + 1 });
	}
	return out;
}

function salutationFinding(salutation: Salutation, people: Person[]): Omit<RawFinding, "line"> | null {
	const words = partsOf(salutation.addressee);
	if (words.length === 0) return null;
	// The honorific as written, with its dot ("Mr."): advice repeats it.
	const honorific = words.length >= 2 && isHonorific(words[0] ?? "") ? salutation.addressee.trim().split(/\s+/)[0] : undefined;
	const rest = honorific ? words.slice(1) : words;
	const name = rest.join(" ");
	if (GENERIC_ADDRESSEES.has(key(name))) return null;
	if (people.length === 0) {
		return words.length === 1 && /^\p{Lu}/u.test(name)
			? { rule: "first-name-salutation", message: `'${salutation.greeting} ${salutation.addressee}' reads as a first name; address the reader by title and surname, or by full name.` }
			: null;
	}
	if (honorific && people.some((p) => fitsHonorific(p, name))) return null;
	const given = rest.length === 1 ? byGivenName(people, name) : undefined;
	const familyFirst = given !== undefined && nameParts(given.name, given.surname).guess === "family-first";
	if (given && !(honorific && familyFirst)) {
		return {
			rule: "first-name-salutation",
			message: honorific
				? `'${salutation.addressee}' pairs a title with a first name; ${advice(given, honorific)}.`
				: `'${salutation.greeting} ${name}' addresses ${given.name} by first name; ${advice(given, honorific)}.`,
		};
	}
	if (!honorific) return null;
	const person = people.find((p) => rest.every((w) => partsOf(p.name).some((x) => sameText(x, w))));
	if (!person) return null;
	const surname = nameParts(person.name, person.surname).surname;
	return {
		rule: "wrong-surname",
		message: `'${salutation.addressee}' does not use the surname of ${person.name}, which is ${surname}; ${advice(person, honorific)}.`,
	};
}
