/**
 * A person as the notes write one (DESIGN §1.1): a name, a link to a person
 * note, or an object with `name:` and person fields. Reading never throws;
 * a bad value is a plain sentence naming where it is and what to write.
 */
import { DATE_HINT, describeValue, parseDateValue, type When } from "../dates";
import { isBlank, isRecord, scalarText } from "../values";
import { linkName, parseWikiLink, unquotedLink } from "./links";

export const PREFERS_VALUES = ["email", "phone", "letter"] as const;
export type Prefers = (typeof PREFERS_VALUES)[number];

/** The fields a person may carry, in the interview note or in their person note. */
export const PERSON_TEXT_FIELDS = ["honorific", "surname", "salutation", "title", "email", "phone", "address"] as const;
type TextField = (typeof PERSON_TEXT_FIELDS)[number];

export interface PersonFields {
	honorific?: string;
	/** The family name letters use, when the name alone does not tell it. */
	surname?: string;
	/** How a letter greets them, as written ("Professor O'Brien"). */
	salutation?: string;
	title?: string;
	email?: string;
	phone?: string;
	prefers?: Prefers;
	address?: string;
}

export interface PersonLink {
	/** The link as the note writes it: "[[People/Dana Whitfield|Dana]]". */
	written: string;
	/** What Obsidian resolves: "People/Dana Whitfield". */
	linkpath: string;
	/** The person note's vault path, once the link is resolved. */
	path?: string;
}

export interface Person extends PersonFields {
	/** The full name: as written, or the person note's `name`, else its file name. */
	name: string;
	/** Interview notes only: when this person was thanked. */
	thanked?: When;
	/** Set when the entry is a link to a person note. */
	link?: PersonLink;
}

export interface PersonRead {
	person?: Person;
	problems: string[];
}

/** The name part of an entry: plain text, or a link (its note's name until it is resolved). */
function nameOf(text: string, where: string, problems: string[]): Pick<Person, "name" | "link"> | undefined {
	const link = parseWikiLink(text);
	if (!link) return { name: text };
	if (link.linkpath === "") {
		problems.push(`${where} is ${describeValue(text)}, a link to a heading rather than to a person note; write the person's name or link their note.`);
		return undefined;
	}
	return { name: linkName(link.linkpath), link: { written: text, linkpath: link.linkpath } };
}

/** Text of a field, or a problem: multi-line addresses may also be a list of lines. */
function fieldText(key: TextField, v: unknown): string | undefined {
	if (key === "address" && Array.isArray(v) && v.every((line) => typeof line === "string")) return v.join("\n").trim();
	return scalarText(v);
}

/**
 * The person fields of a record (an interview note's entry or a person note's
 * frontmatter). `label` starts each problem: "interviewers item 1 (Dana Whitfield)".
 */
export function readPersonFields(record: Record<string, unknown>, label: string, problems: string[]): PersonFields {
	const out: PersonFields = {};
	for (const key of PERSON_TEXT_FIELDS) {
		const v = record[key];
		if (isBlank(v)) continue;
		const t = fieldText(key, v);
		if (t !== undefined && t !== "") out[key] = t;
		else problems.push(`${label}: ${key} is ${describeValue(v)}; it should be plain text.`);
	}
	const prefers = record.prefers;
	if (!isBlank(prefers)) {
		const t = scalarText(prefers)?.toLowerCase();
		if (t !== undefined && (PREFERS_VALUES as readonly string[]).includes(t)) out.prefers = t as Prefers;
		else problems.push(`${label}: prefers is ${describeValue(prefers)}; it should be one of ${PREFERS_VALUES.join(", ")}.`);
	}
	return out;
}

/**
 * One person entry. `where` names it in problems ("interviewers item 2",
 * "contact"); `withThanked` reads the per-person `thanked` date.
 */
export function readPerson(entry: unknown, where: string, withThanked = false): PersonRead {
	const problems: string[] = [];
	const unquoted = unquotedLink(entry);
	if (unquoted !== undefined) {
		problems.push(`${where} is ${unquoted} without quotes, which YAML reads as a list; write "${unquoted}" in quotes so that Obsidian sees the link.`);
		return { ...readPerson(unquoted, where, withThanked), problems };
	}
	if (typeof entry === "string" || typeof entry === "number") {
		const text = String(entry).trim();
		const named = text === "" ? undefined : nameOf(text, where, problems);
		return named ? { person: named, problems } : { problems };
	}
	if (!isRecord(entry)) {
		if (!isBlank(entry)) problems.push(`${where} is ${describeValue(entry)}; write a name, a link to their note, or name: and honorific: lines.`);
		return { problems };
	}
	const rawName = unquotedLink(entry.name) ?? scalarText(entry.name);
	if (rawName === undefined || rawName === "") {
		problems.push(`${where} has no name; add name: with the person's full name.`);
		return { problems };
	}
	const named = nameOf(rawName, where, problems);
	if (!named) return { problems };
	const person: Person = { ...readPersonFields(entry, `${where} (${rawName})`, problems), ...named };
	if (withThanked && !isBlank(entry.thanked)) {
		const value: unknown = entry.thanked;
		const r = parseDateValue(value);
		if (r.ok) person.thanked = r.value;
		else if (typeof value === "object" && !(value instanceof Date)) problems.push(`${where} (${rawName}): thanked is ${describeValue(value)}, not a date; ${DATE_HINT}.`);
		else problems.push(`${where} (${rawName}): thanked ${r.message}.`);
	}
	return { person, problems };
}

/** A list of people (a single entry counts as a list of one). */
export function readPeople(value: unknown, key: string, withThanked = false): { people: Person[]; problems: string[] } {
	const people: Person[] = [];
	const problems: string[] = [];
	if (isBlank(value)) return { people, problems };
	// An unquoted single link is a nested list: one entry, not a list of entries.
	const list: unknown[] = Array.isArray(value) && unquotedLink(value) === undefined ? value : [value];
	list.forEach((entry, i) => {
		const r = readPerson(entry, `${key} item ${i + 1}`, withThanked);
		problems.push(...r.problems);
		if (r.person) people.push(r.person);
	});
	return { people, problems };
}
