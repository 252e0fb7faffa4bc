/**
 * Letter drafts from an interview note (DESIGN §3): each kind of the letter
 * kinds table as an email, a formal letter or a short card. Pure: the note's
 * model and sections in, text out.
 */
import { openRequests, type Interview, type Interviewer } from "../interview";
import { letterContext, type LetterContext } from "./context";
import { render } from "./formats";
import { letterKind, type LetterKind } from "./kinds";
import { interviewerNamed } from "./recipients";
import type { Draft, DraftRequest } from "./types";

export { LETTER_KIND_TABLE, LETTER_KINDS, isLetterKind, letterKind, type LetterKind, type LetterKindSpec } from "./kinds";
export { LETTER_FORMATS, isLetterFormat } from "./types";
export type { Draft, DraftRequest } from "./types";
export { contactPerson, interviewerNamed } from "./recipients";
export { addressName } from "./salutation";
export { statusCheckTiming } from "./timing";
export { draftNoteText } from "./note";

/** Who a kind of letter is addressed to, one letter each (the kind's recipients policy). */
export const recipientsFor = (kind: LetterKind, interview: Interview): Interviewer[] => letterKind(kind).recipients(interview);

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
	const to = ctx.reader === "reference" ? "" : ` to ${ctx.person ? ctx.name : "the interviewer"}`;
	const company = ctx.interview.company.trim();
	return `${letterKind(ctx.kind).title}${to}${company ? ` — ${company}` : ""}`;
}

/**
 * The drafts for a request: one per person the kind is addressed to, only the
 * one named by `to` when given. A note without interviewers gets one draft
 * with a placeholder for the name. [] when `to` names nobody in the note, or
 * for a kind about a request when none is named or open.
 */
export function draftLetters(req: DraftRequest): Draft[] {
	const spec = letterKind(req.kind);
	let people: (Interviewer | undefined)[];
	if (spec.reader === "reference") people = [undefined];
	else if (req.to !== undefined) {
		const named = interviewerNamed(req.interview, req.to);
		if (!named) return [];
		people = [named];
	} else {
		const list = spec.recipients(req.interview);
		people = list.length > 0 ? list : [undefined];
	}
	const item = spec.aboutRequest ? requestItemFor(req.interview, req.requestItem) : undefined;
	if (spec.aboutRequest && item === undefined) return [];
	const warnings = spec.warnings(req.interview, req.settings, req.now);
	return people.map((person) => {
		const ctx = letterContext({ ...req, reader: spec.reader, person, ...(item !== undefined ? { requestItem: item } : {}) });
		const composition = spec.compose(ctx);
		const draft: Draft = { kind: req.kind, format: req.format, title: titleOf(ctx), text: render(ctx, composition), warnings: [...warnings] };
		if (person) draft.recipient = person.name;
		if (req.format === "email") draft.subject = composition.subject;
		return draft;
	});
}
