/**
 * Letter drafts from an interview note (DESIGN §3): each kind of the letter
 * kinds table as an email, a formal letter or a short card. Pure: the note's
 * model and sections in, text out.
 */
import { openRequests, type Interview, type Interviewer } from "../interview";
import type { Settings } from "../settings";
import { letterContext, type LetterContext } from "./context";
import { render } from "./formats";
import { leftOutWarning } from "./fit";
import { assignHighlights } from "./highlights";
import { letterKind, type LetterKind } from "./kinds";
import { chooseRecipients, recipientsOf } from "./recipients";
import { addressWarnings } from "./salutation";
import type { Draft, DraftRequest } from "./types";

export { LETTER_KIND_TABLE, LETTER_KINDS, isLetterKind, letterKind, type LetterKind, type LetterKindSpec } from "./kinds";
export { formatsOf, LETTER_FORMATS, isLetterFormat, preferredFormat } from "./types";
export type { Draft, DraftRequest } from "./types";
export { candidatesOf, chooseRecipients, contactPerson, everyoneAtTheCompany, interviewerNamed, type RecipientChoice } from "./recipients";
export { addressName } from "./salutation";
export { statusCheckTiming } from "./timing";
export { draftNoteText } from "./note";
export { TemplateError } from "./templates/engine";
export { templateExport, templateFileName, templateFromFile, type TemplateLookup } from "./templates/files";

/** Who a kind of letter is addressed to, one letter each (the kind's recipients policy; for a reference, your references). */
export const recipientsFor = (kind: LetterKind, interview: Interview, settings: Pick<Settings, "references"> = { references: [] }): Interviewer[] =>
	recipientsOf(letterKind(kind), interview, settings);

/** The requested item, or the first one not yet sent; undefined when there is none. */
function requestItemFor(interview: Interview, named: string | undefined): string | undefined {
	const asked = named?.trim();
	if (asked) return asked;
	return openRequests(interview)[0]?.item;
}

/** The open requests a letter of `kind` may be about; [] for a kind not about a request. */
export const requestChoices = (kind: LetterKind, interview: Interview): string[] =>
	letterKind(kind).aboutRequest ? openRequests(interview).map((r) => r.item) : [];

/** True when `kind` is about a request but none is named and none is open: there is nothing to draft. */
export const lacksOpenRequest = (kind: LetterKind, interview: Interview, named?: string): boolean =>
	letterKind(kind).aboutRequest === true && requestItemFor(interview, named) === undefined;

/** "Thank-you note to Ms. Whitfield — Northwind Traders". */
function titleOf(ctx: LetterContext): string {
	const who = ctx.reader === "connection" ? ctx.person?.name ?? "your contact" : ctx.person ? ctx.name : "the interviewer";
	const to = ctx.reader === "reference" ? "" : ` to ${who}`;
	const company = ctx.interview.company.trim();
	return `${letterKind(ctx.kind).title}${to}${company ? ` — ${company}` : ""}`;
}

/**
 * The drafts for a request: one per person the kind is addressed to, only the
 * one named by `to` when given. A note without interviewers gets one draft
 * with a placeholder for the name. [] when `to` names nobody (or more than one
 * person) in the note, or for a kind about a request when none is named or open.
 */
export function draftLetters(req: DraftRequest): Draft[] {
	const spec = letterKind(req.kind);
	const chosen = chooseRecipients(spec, req);
	if (!chosen.ok) return [];
	const people: (Interviewer | undefined)[] = chosen.people.length > 0 ? chosen.people : [undefined];
	const item = spec.aboutRequest ? requestItemFor(req.interview, req.requestItem) : undefined;
	if (spec.aboutRequest && item === undefined) return [];
	if (req.format === "call" && !spec.talkingPoints) return [];
	const warnings = spec.warnings(req.interview, req.settings, req.now);
	const highlights = spec.reader === "company" ? assignHighlights(req.sections.highlights, people, req.interview.interviewers) : [];
	return people.map((person, i) => {
		const ctx = letterContext({
			...req,
			reader: spec.reader,
			person,
			...(spec.reader === "company" ? { highlight: highlights[i] ?? null } : {}),
			...(spec.addressBy ? { addressBy: spec.addressBy } : {}),
			...(item !== undefined ? { requestItem: item } : {}),
		});
		const composition = spec.compose(ctx);
		const call = req.format === "call" ? spec.talkingPoints?.(ctx) : undefined;
		const text = render(ctx, composition, req.templates?.(req.kind, req.format), call);
		const left = leftOutWarning(composition.left ?? [], req.format);
		const draft: Draft = { kind: req.kind, format: req.format, title: titleOf(ctx), text, warnings: [...warnings, ...left, ...addressWarnings(person)] };
		if (person) draft.recipient = person.name;
		if (person?.email) draft.email = person.email;
		// A user's template may word the subject its own way (or not have one).
		if (req.format === "email" && draft.text.includes(composition.subject)) draft.subject = composition.subject;
		return draft;
	});
}
