/**
 * How a letter names its reader: honorific and surname ("Ms. Whitfield"), or
 * the full name when the note gives no honorific — never a bare first name.
 */
import { formalName, type Interviewer } from "../interview";
import { placeholder } from "../placeholder";
import type { LetterFormat } from "../settings";

const words = (name: string): string[] => name.trim().split(/\s+/).filter((w) => w !== "");

/**
 * The name after "Dear". A one-word name without an honorific could be a first
 * name, so it becomes a placeholder asking for the honorific and surname.
 */
export function addressName(person: Interviewer | undefined): string {
	if (!person) return placeholder("the interviewer's honorific and surname, e.g. Ms. Whitfield");
	const honorific = person.honorific?.trim();
	if (!honorific && words(person.name).length < 2) {
		return placeholder(`honorific and surname of ${person.name.trim()}, e.g. Ms. Whitfield`);
	}
	return formalName({ ...person, name: words(person.name).join(" ") });
}

/** "Ms. Dana Whitfield" for an address block or a list of names; the full name when there is no honorific. */
export function fullFormalName(person: Interviewer): string {
	const honorific = person.honorific?.trim();
	const name = words(person.name).join(" ");
	return honorific ? `${honorific} ${name}` : name;
}

/** "Dear Ms. Whitfield:" in a formal letter, "Dear Ms. Whitfield," otherwise. */
export function greetingLine(name: string, format: LetterFormat): string {
	return `Dear ${name}${format === "letter" ? ":" : ","}`;
}

/** Case and spacing ignored: "dana  WHITFIELD" is Dana Whitfield. */
export function sameName(a: string, b: string): boolean {
	return words(a).join(" ").toLowerCase() === words(b).join(" ").toLowerCase();
}
