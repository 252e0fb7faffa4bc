/**
 * The people of one interview note: `interviewers`, `contact` (default: the
 * first interviewer) and `connections`, read from its frontmatter and, once
 * a lookup is at hand, completed from their person notes.
 */
import type { ParsedInterview } from "../interview";
import { foldText } from "../text-compare";
import type { RawRecord } from "../values";
import { matchPerson } from "./match";
import { readPeople, readPerson, type Person } from "./person";
import { hasLinks, PersonResolver, type PersonLookup } from "./resolve";

export interface InterviewPeople {
	interviewers: Person[];
	/** Who process letters go to: `contact`, else the first interviewer. */
	contact?: Person;
	/** People the user knows near the company. */
	connections: Person[];
}

const ownFields = (p: Person): Partial<Person> => {
	const own: Partial<Person> = { ...p };
	delete own.name;
	delete own.link;
	return own;
};

/** The interviewer `written` names (same note, or a name that picks exactly one), else undefined. */
function sameAs(interviewers: Person[], written: Person): Person | undefined {
	const link = written.link;
	if (link) {
		const byLink = interviewers.find(
			(p) => p.link && ((link.path !== undefined && p.link.path === link.path) || foldText(p.link.linkpath) === foldText(link.linkpath)),
		);
		if (byLink) return byLink;
	}
	const m = matchPerson(interviewers, written.name);
	return "found" in m ? m.found : undefined;
}

/** The contact: an interviewer when `written` is one of them (with any fields it adds), else `written` itself. */
function contactOf(interviewers: Person[], written: Person | undefined): Person | undefined {
	if (!written) return interviewers[0];
	const same = sameAs(interviewers, written);
	if (!same) return written;
	const own = ownFields(written);
	return Object.keys(own).length > 0 ? { ...same, ...own } : same;
}

/** Reads the people keys of an interview note's frontmatter; problems go to `problems`. */
export function readInterviewPeople(raw: RawRecord, problems: string[]): InterviewPeople {
	const interviewers = readPeople(raw.interviewers ?? raw.interviewer, "interviewers", true);
	const connections = readPeople(raw.connections, "connections");
	problems.push(...interviewers.problems);
	let entry: unknown = raw.contact;
	if (Array.isArray(entry) && entry.length > 1 && !Array.isArray(entry[0])) {
		problems.push("contact is a list; name the one person process questions go to. Using the first.");
		entry = entry[0];
	} else if (Array.isArray(entry) && entry.length === 1 && !Array.isArray(entry[0])) {
		entry = entry[0];
	}
	const contact = readPerson(entry, "contact");
	problems.push(...contact.problems, ...connections.problems);
	const people: InterviewPeople = { interviewers: interviewers.people, connections: connections.people };
	const chosen = contactOf(interviewers.people, contact.person);
	if (chosen) people.contact = chosen;
	return people;
}

/**
 * The parsed interview with every link to a person note resolved through
 * `lookup` (links read from `sourcePath`, by default the note's path), and the
 * person notes' problems added. The same object when the note links to no one.
 */
export function withPersonNotes(parsed: ParsedInterview, lookup: PersonLookup, sourcePath = parsed.interview.path): ParsedInterview {
	const iv = parsed.interview;
	if (!linksToPeople(iv)) return parsed;
	const contact = iv.contact;
	const separateContact = contact !== undefined && !iv.interviewers.includes(contact) ? contact : undefined;
	const resolver = new PersonResolver(lookup, sourcePath);
	const interviewers = iv.interviewers.map((p) => resolver.resolve(p));
	const connections = iv.connections.map((p) => resolver.resolve(p));
	const interview = { ...iv, interviewers, connections };
	const index = contact ? iv.interviewers.indexOf(contact) : -1;
	const resolvedContact = index >= 0 ? interviewers[index] : separateContact ? contactOf(interviewers, resolver.resolve(separateContact)) : undefined;
	if (resolvedContact) interview.contact = resolvedContact;
	else delete interview.contact;
	return { interview, problems: [...parsed.problems, ...new Set(resolver.problems)] };
}

/** Whether any of the people links to a person note (else there is nothing to resolve). */
export const linksToPeople = (people: InterviewPeople): boolean =>
	hasLinks(people.interviewers) || hasLinks(people.connections) || people.contact?.link !== undefined;

/** The person notes an interview's people link to (resolved ones only): a change to one of them changes the interview. */
export function personNotePaths(people: InterviewPeople): string[] {
	const all = [...people.interviewers, ...people.connections, ...(people.contact ? [people.contact] : [])];
	return [...new Set(all.flatMap((p) => (p.link?.path !== undefined ? [p.link.path] : [])))];
}
