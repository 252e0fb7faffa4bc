/**
 * Links to person notes, resolved through a lookup the adapter supplies
 * (plugin: the metadata cache; CLI: the vault's files). The person note's
 * frontmatter gives the fields and its `name` (else its file name) the name —
 * never the link's alias; fields written in the linking note win. A link the
 * lookup cannot resolve stays a plain name.
 */
import { describeValue } from "../dates";
import { isBlank, isRecord, scalarText } from "../values";
import { readPersonFields, type Person, type PersonFields } from "./person";

/** A resolved person note. */
export interface PersonNote {
	/** Vault path, e.g. "People/Dana Whitfield.md". */
	path: string;
	/** File name without extension: "Dana Whitfield". */
	basename: string;
	/** Its frontmatter, as the metadata cache or a YAML parser gives it. */
	frontmatter?: unknown;
	/** Why its frontmatter could not be read (CLI), when it could not. */
	problem?: string;
}

/** Obsidian's link resolution: the note `linkpath` points to from `sourcePath`, if any. */
export type PersonLookup = (linkpath: string, sourcePath: string) => PersonNote | undefined;

interface NoteFields {
	name: string;
	path: string;
	fields: PersonFields;
}

/** Resolves each link once per call and reports each person note's problems once. */
export class PersonResolver {
	private readonly notes = new Map<string, NoteFields | null>();
	readonly problems: string[] = [];

	constructor(
		private readonly lookup: PersonLookup,
		private readonly sourcePath: string,
	) {}

	resolve<T extends Person>(person: T): T {
		const link = person.link;
		if (!link) return person;
		const note = this.note(link.linkpath);
		if (!note) return person;
		const own: Partial<T> = { ...person };
		delete own.name;
		delete own.link;
		return { ...note.fields, ...own, name: note.name, link: { ...link, path: note.path } } as T;
	}

	private note(linkpath: string): NoteFields | undefined {
		const known = this.notes.get(linkpath);
		if (known !== undefined) return known ?? undefined;
		const found = this.lookup(linkpath, this.sourcePath);
		const read = found ? this.read(found) : null;
		this.notes.set(linkpath, read);
		return read ?? undefined;
	}

	private read(note: PersonNote): NoteFields {
		const fm = isRecord(note.frontmatter) ? note.frontmatter : {};
		const label = `The person note ${note.path}`;
		if (note.problem !== undefined) this.problems.push(`${label}: ${note.problem}`);
		const fields = readPersonFields(fm, label, this.problems);
		let name = note.basename.trim();
		if (!isBlank(fm.name)) {
			const t = scalarText(fm.name);
			if (t) name = t;
			else this.problems.push(`${label}: name is ${describeValue(fm.name)}; it should be plain text, so its file name is used.`);
		}
		return { name, path: note.path, fields };
	}
}

/** True when any of `people` links to a person note (else there is nothing to resolve). */
export const hasLinks = (people: readonly Person[]): boolean => people.some((p) => p.link !== undefined);
