/** Names: near-miss spellings of the interviewers' and company's names, and first-name salutations. */
import type { Interview } from "../interview";
import type { Settings } from "../settings";
import { COMMON_WORDS } from "./common-words";
import { letterParts, type Token } from "./structure";
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
const partsOf = (name: string): string[] => (name.match(NAME_PART_RE) ?? []).map((p) => p.replace(/['’-]+$/, ""));
const key = (s: string): string => s.toLocaleLowerCase().replace(/’/g, "'");

interface Target {
	/** The name part as the note spells it. */
	part: string;
	/** Whose name it is, for the message. */
	whole: string;
	company: boolean;
}

function targetsOf(interview: Interview): Target[] {
	const out: Target[] = [];
	for (const person of interview.interviewers) {
		for (const part of partsOf(person.name)) {
			if (!HONORIFICS.includes(key(part))) out.push({ part, whole: person.name, company: false });
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
		...interview.interviewers.flatMap((p) => [p.name, p.title ?? "", p.honorific ?? ""]),
		...interview.requests.map((r) => r.item),
	];
	return new Set(texts.flatMap(partsOf).map(key));
}

/** `name-spelling`: capitalised words one or two letters away from a name in the note. */
export function nameSpelling(words: Token[], interview: Interview, settings: Settings): RawFinding[] {
	const targets = targetsOf(interview);
	if (targets.length === 0) return [];
	const known = knownWords(interview, settings);
	const out: RawFinding[] = [];
	const seen = new Set<string>();
	for (const t of words) {
		const w = key(t.word);
		const first = t.word.charAt(0);
		// Lower-case words are taken as ordinary words: names are written with a capital.
		if (w.length < 3 || first === first.toLocaleLowerCase() || known.has(w) || COMMON_WORDS.has(w)) continue;
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
		if (!best || seen.has(`${t.line}:${w}`)) continue;
		seen.add(`${t.line}:${w}`);
		const { part, whole, company } = best.target;
		const of = part === whole ? part : `${part} (${whole})`;
		out.push({
			rule: "name-spelling",
			line: t.line + 1,
			message: `'${t.word}' looks like a misspelling of ${of}; check the ${company ? "company's name" : "name"} against the note.`,
		});
	}
	return out;
}

const GENERIC_ADDRESSEES = new Set(["sir", "madam", "team", "all", "everyone", "everybody", "there", "colleagues", "friends", "committee", "panel", "recruiter"]);

/** `first-name-salutation`: "Hey Dana," where the note knows Dana Whitfield, or any lone capitalised name when it knows no one. */
export function firstNameSalutation(lines: string[], interview: Interview | undefined): RawFinding[] {
	const out: RawFinding[] = [];
	for (const { salutation } of letterParts(lines)) {
		if (!salutation) continue;
		const words = partsOf(salutation.addressee);
		if (words.length === 0) continue;
		const withHonorific = HONORIFICS.includes(key(words[0] ?? "")) && words.length === 2;
		const bare = words.length === 1 || withHonorific;
		const name = words.at(-1) ?? "";
		if (!bare || GENERIC_ADDRESSEES.has(key(name))) continue;
		const line = salutation.index + 1;
		if (interview && interview.interviewers.length > 0) {
			// Only the note's interviewers are known to be first names here.
			const person = interview.interviewers.find((p) => {
				const parts = partsOf(p.name).filter((x) => !HONORIFICS.includes(key(x)));
				return parts.length > 1 && key(parts[0] ?? "") === key(name);
			});
			if (!person) continue;
			const surname = partsOf(person.name).at(-1) ?? person.name;
			const formal = person.honorific ? `${person.honorific} ${surname}` : person.name;
			out.push({
				rule: "first-name-salutation",
				line,
				message: withHonorific
					? `'${salutation.addressee}' pairs a title with a first name; write '${formal}' instead.`
					: `'${salutation.greeting} ${name}' addresses ${person.name} by first name; write '${formal}' instead.`,
			});
		} else if (words.length === 1 && /^\p{Lu}/u.test(name)) {
			out.push({
				rule: "first-name-salutation",
				line,
				message: `'${salutation.greeting} ${salutation.addressee}' reads as a first name; address the reader by title and surname, or by full name.`,
			});
		}
	}
	return out;
}
