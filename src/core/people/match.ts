/**
 * Finding the person a user typed (`--to`, `mark --to`, review): Unicode NFC,
 * case, accents, apostrophe style, dots and hyphens ignored. The full name (or
 * "Ms. Whitfield") matches; failing that, a first name or a surname alone does
 * when only one person has it.
 */
import { foldText } from "../text-compare";
import { addressOf, fullFormalName, partsOf } from "./address";
import { PARTICLES } from "./name-data";
import type { Person } from "./person";

export type PersonMatch<T> = { found: T } | { ambiguous: T[] } | { none: true };

const fold = (s: string): string => foldText(s.replace(/\./g, " ")).replace(/[[\]]/g, "").trim();

function wholeForms(p: Person): string[] {
	const parts = partsOf(p);
	const forms = [p.name, parts.full, parts.native ?? "", addressOf(p).name, fullFormalName(p)];
	if (p.link) forms.push(p.link.written, p.link.linkpath);
	return forms;
}

function partForms(p: Person): string[] {
	const parts = partsOf(p);
	const words = parts.full.split(/\s+/).filter((w) => !PARTICLES.has(fold(w)));
	return [parts.surname, ...(parts.given !== undefined ? [parts.given] : []), ...words];
}

/** The people among `people` that `forms` gives `typed` as one of their forms. */
function withForm<T extends Person>(people: T[], typed: string, forms: (p: Person) => string[]): T[] {
	return people.filter((p) => forms(p).some((f) => f.trim() !== "" && fold(f) === typed));
}

export function matchPerson<T extends Person>(people: readonly T[], typed: string): PersonMatch<T> {
	const want = fold(typed);
	if (want === "") return { none: true };
	const unique = [...new Set(people)];
	for (const forms of [wholeForms, partForms]) {
		const hits = withForm(unique, want, forms);
		if (hits.length === 1 && hits[0]) return { found: hits[0] };
		if (hits.length > 1) return { ambiguous: hits };
	}
	return { none: true };
}

/** "Sam Ortiz or Sam Lee", "Dana Whitfield, Sam Ortiz or Priya Raman". */
export function candidateList(people: readonly Person[]): string {
	const names = people.map((p) => p.name);
	return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} or ${names.at(-1) ?? ""}`;
}
