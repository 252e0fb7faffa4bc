/** Everything one letter needs, gathered once from the request and its recipient. */
import { dayInYear } from "../dates";
import { formalName, type Interview, type Interviewer } from "../interview";
import { placeholder } from "../placeholder";
import type { NoteSections, SectionEntry } from "../sections";
import type { LetterFormat, Settings } from "../settings";
import type { LetterKind } from "./kinds";
import { addressName, familiarName, fullFormalName } from "./salutation";
import { addressedToReader, inSentence, ownExperience, plainText, toSecondPerson } from "./text";

export interface LetterContext {
	kind: LetterKind;
	/** The company's people, the user's reference, or a connection of theirs (from the kinds table). */
	reader: Reader;
	format: LetterFormat;
	now: Date;
	interview: Interview;
	settings: Settings;
	/** The interviewer the letter goes to; undefined for a reference or a note without interviewers. */
	person?: Interviewer;
	/** "Ms. Whitfield", or a placeholder ("Sam" for a kind that greets by first name). */
	name: string;
	/** The kind greets by first name: "Dear Sam," even in a formal letter. */
	familiar: boolean;
	/** The company and role, or placeholders. */
	company: string;
	role: string;
	/** " on 19 November" (in the date style), or "" when the note has no date. */
	met: string;
	/** One Highlights entry for this reader, ready to sit in a sentence. */
	highlight?: { text: string; tiesTo?: string };
	/** Every "Wish I had said" and "Since the interview" entry, ready to sit in a sentence. */
	wishes: string[];
	since: string[];
	/** A date in the user's style, without the year when it is this year's. */
	day(d: Date): string;
	/** request-progress: the item asked for. */
	requestItem?: string;
	/** The note's company_address lines ([] when it has none). */
	companyAddress: string[];
}

const texts = (entries: SectionEntry[]): string[] => entries.map((e) => e.text).filter((t) => inSentence(t) !== "");

/** Who reads a kind of letter: the company's people, a reference from the settings, or a connection from the note. */
export type Reader = "company" | "reference" | "connection";

export interface ContextInput {
	kind: LetterKind;
	reader: Reader;
	/** "first-name": the kind greets people the user knows by first name (see familiarName). */
	addressBy?: "formal" | "first-name";
	format: LetterFormat;
	now: Date;
	interview: Interview;
	sections: NoteSections;
	settings: Settings;
	person: Interviewer | undefined;
	/** This reader's Highlights entry, chosen across the panel (see highlights.ts); null: none. Omitted: the first that ties to experience. */
	highlight?: SectionEntry | null;
	requestItem?: string;
	companyAddress?: string[];
}

export function letterContext(input: ContextInput): LetterContext {
	const { interview, person, kind, reader } = input;
	/** Letters to the company read the note's "they" as "you"; a reference hears about "them". */
	const toCompany = reader === "company";
	const names = person ? [person.name, formalName(person), fullFormalName(person), ...person.name.split(/\s+/)] : [];
	const voice = (text: string): string => (toCompany ? inSentence(addressedToReader(toSecondPerson(plainText(text)), names)) : inSentence(text));
	const ctx: LetterContext = {
		kind,
		reader,
		format: input.format,
		now: input.now,
		interview,
		settings: input.settings,
		name: input.addressBy === "first-name"
			? familiarName(person)
			: reader === "reference" && !person ? placeholder("your reference's name") : addressName(person),
		company: interview.company.trim() || placeholder("company name"),
		role: interview.role.trim() || placeholder("job title"),
		familiar: input.addressBy === "first-name",
		day: (d) => dayInYear(d, input.now, input.settings.dateStyle),
		met: interview.date ? ` on ${dayInYear(interview.date.at, input.now, input.settings.dateStyle)}` : "",
		// "Wish I had said: that I have run a migration before" -> "I have run a migration before".
		wishes: texts(input.sections.wishIHadSaid).map((w) => voice(w.replace(/^\s*that\s+/i, ""))),
		since: texts(input.sections.sinceInterview).map(voice),
		companyAddress: input.companyAddress ?? [],
	};
	if (person) ctx.person = person;
	const highlights = input.sections.highlights;
	// A reference or a connection hears what to stress: the first highlight that ties to the user's experience.
	const highlight = input.highlight === null ? undefined : (input.highlight ?? highlights.find((h) => h.tiesTo) ?? highlights[0]);
	const text = highlight ? voice(highlight.text) : "";
	if (highlight && text !== "") {
		ctx.highlight = { text };
		const ties = highlight.tiesTo?.trim();
		if (ties) ctx.highlight.tiesTo = ownExperience(ties);
	}
	if (input.requestItem !== undefined) ctx.requestItem = input.requestItem;
	return ctx;
}

/** "very interested", or just "interested" when the note says interest: unsure. */
export const keen = (ctx: LetterContext): string => (ctx.interview.interest === "unsure" ? "interested" : "very interested");

/** "Ms. Whitfield" in a placeholder hint, or "the interviewer". */
export const whoHint = (ctx: LetterContext): string =>
	ctx.person ? ctx.name.startsWith("[") ? ctx.person.name : ctx.name : "the interviewer";
