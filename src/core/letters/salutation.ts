/**
 * How a letter names its reader (DESIGN §1.1): `salutation` as written,
 * honorific and surname ("Ms. Whitfield", "Dr. van der Berg"), or the full
 * name when the note gives no honorific — never a bare first name.
 */
import { addressOf, fullFormalName as fullName, nameParts, surnameWarning, type Person } from "../people";
import { placeholder } from "../placeholder";
import type { LetterFormat } from "../settings";

/**
 * The name after "Dear". A one-word name without an honorific could be a first
 * name, so it becomes a placeholder asking for the honorific and surname.
 */
export function addressName(person: Person | undefined): string {
	if (!person) return placeholder("the interviewer's honorific and surname, e.g. Ms. Whitfield");
	const address = addressOf(person);
	const parts = nameParts(person.name);
	// A Han or Hangul name is whole without spaces; a single Latin word may be a first name.
	if (address.by === "full-name" && !parts.full.includes(" ") && parts.guess === undefined) {
		return placeholder(`honorific and surname of ${person.name.trim()}, e.g. Ms. Whitfield`);
	}
	return address.name;
}

/**
 * The name after "Dear" for someone the user knows (a connection): their
 * `salutation` as written, else their first name, else the full name.
 */
export function familiarName(person: Person | undefined): string {
	if (!person) return placeholder("your contact's name");
	return person.salutation?.trim() || nameParts(person.name, person.surname).given || person.name.trim();
}

/** What drafting should tell the user about how this person is addressed. */
export function addressWarnings(person: Person | undefined): string[] {
	const warning = person ? surnameWarning(person) : undefined;
	return warning ? [warning] : [];
}

/** "Ms. Dana Whitfield" for an address block or a list of names; the full name when there is no honorific. */
export const fullFormalName = (person: Person): string => fullName(person);

/** "Dear Ms. Whitfield:" in a formal letter, "Dear Ms. Whitfield," otherwise; "Dear Sam," always, to a first name. */
export function greetingLine(name: string, format: LetterFormat, familiar = false): string {
	return `Dear ${name}${format === "letter" && !familiar ? ":" : ","}`;
}


