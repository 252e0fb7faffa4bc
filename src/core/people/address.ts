/**
 * How letters and labels name a person (DESIGN §1.1): `salutation` as written;
 * else honorific + surname; else the full name — never a bare first name.
 */
import { nameParts, type NameParts, type SurnameGuess } from "./name-parts";
import type { Person } from "./person";

export interface Address {
	/** What follows "Dear": "Ms. Wang", "Professor O'Brien", "Sam Ortiz". */
	name: string;
	/** How `name` was made. */
	by: "salutation" | "surname" | "full-name";
	/** With `by: "surname"`, when the rule guessed which part of the name is the surname. */
	guess?: SurnameGuess;
}

/** The parts of a person's name, `surname:` winning over the rule. */
export const partsOf = (person: Pick<Person, "name" | "surname">): NameParts => nameParts(person.name, person.surname);

/** The honorific to use: the person's field, else one the name starts with. */
export function honorificOf(person: Pick<Person, "name" | "honorific">, parts = nameParts(person.name)): string | undefined {
	return person.honorific?.trim() || parts.honorific;
}

export function addressOf(person: Person): Address {
	const salutation = person.salutation?.trim();
	if (salutation) return { name: salutation, by: "salutation" };
	const parts = partsOf(person);
	const honorific = honorificOf(person, parts);
	if (!honorific) return { name: parts.full || person.name.trim(), by: "full-name" };
	const address: Address = { name: `${honorific} ${parts.surname}`, by: "surname" };
	if (parts.guess) address.guess = parts.guess;
	return address;
}

/** "Ms. Wang", "Dr. van der Berg", "Sam Ortiz": for labels, the view and the .ics. */
export const formalName = (person: Person): string => addressOf(person).name;

/** "Ms. Wang Fang": an address block or a list of names; the full name when there is no honorific. */
export function fullFormalName(person: Person): string {
	const parts = partsOf(person);
	const honorific = honorificOf(person, parts);
	const full = parts.full || person.name.trim();
	return honorific ? `${honorific} ${full}` : full;
}

const WHY: Record<SurnameGuess, string> = {
	"family-first": "Chinese, Japanese and Korean names are written family name first",
	"korean-romanised": "a Korean name romanised this way usually puts the family name first",
	"two-surnames": "a Spanish name may carry two surnames",
	"two-given-names": "the name may hold two given names",
};

/** The drafting warning when a letter's salutation rests on a guessed surname. */
export function surnameWarning(person: Person): string | undefined {
	const address = addressOf(person);
	if (address.by !== "surname" || !address.guess) return undefined;
	return `add surname: for ${person.name.trim()} — "${address.name}" is a guess (${WHY[address.guess]}).`;
}
