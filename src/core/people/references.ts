/**
 * Your references, as the settings list them (data.json `references`): each
 * a person (DESIGN §1.1) with how you know them. The reference heads-up goes
 * to each of them by name.
 */
import { describeValue } from "../dates";
import { isBlank, isRecord, scalarText } from "../values";
import { readPerson, type Person } from "./person";
import { hasLinks, PersonResolver, type PersonLookup } from "./resolve";

export interface Reference extends Person {
	/** How you know them: "my manager at Contoso". */
	relationship?: string;
}

/** The keys the settings tab edits; data.json may also hold any person field. */
export const REFERENCE_KEYS = ["name", "email", "phone", "relationship"] as const;

/** Reads the `references` setting; bad entries are left out and reported. */
export function readReferences(raw: unknown, problems: string[]): Reference[] {
	if (isBlank(raw)) return [];
	if (!Array.isArray(raw)) {
		problems.push(`Setting 'references' should be a list of people with name, email, phone and relationship, not ${describeValue(raw)}; it is ignored.`);
		return [];
	}
	const out: Reference[] = [];
	raw.forEach((entry, i) => {
		const where = `Setting 'references' item ${i + 1}`;
		const r = readPerson(entry, where);
		problems.push(...r.problems);
		if (!r.person) return;
		const reference: Reference = r.person;
		const relationship = isRecord(entry) ? entry.relationship : undefined;
		const text = scalarText(relationship);
		if (text) reference.relationship = text;
		else if (!isBlank(relationship)) problems.push(`${where} (${reference.name}): relationship is ${describeValue(relationship)}; it should be plain text.`);
		out.push(reference);
	});
	return out;
}

/** A reference as data.json stores it: only the fields that hold something. */
export function referenceToSave(reference: Reference): Record<string, string> {
	const out: Record<string, string> = { name: reference.link?.written ?? reference.name };
	for (const [key, value] of Object.entries(reference)) {
		if (key !== "name" && key !== "link" && key !== "thanked" && typeof value === "string" && value.trim() !== "") out[key] = value;
	}
	return out;
}

/** References whose names link to person notes, completed from those notes (links read from the vault root). */
export function withReferenceNotes(references: Reference[], lookup: PersonLookup): { references: Reference[]; problems: string[] } {
	if (!hasLinks(references)) return { references, problems: [] };
	const resolver = new PersonResolver(lookup, "");
	return { references: references.map((r) => resolver.resolve(r)), problems: [...new Set(resolver.problems)] };
}
