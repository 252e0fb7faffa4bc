/**
 * Letter drafts from an interview note (DESIGN §3): thank-you, withdrawal,
 * thank-you after a rejection, status check, progress on a late request and a
 * heads-up to a reference, each as an email, a formal letter or a short card.
 * Pure: the note's model and sections in, text out.
 */
import type { Interviewer } from "../interview";
import { withdrawal, rejectionThanks } from "./closing";
import { letterContext, type LetterContext } from "./context";
import { render, type Composition } from "./formats";
import { KIND_NAMES, type Draft, type DraftRequest, type LetterKind } from "./kinds";
import { interviewerNamed, recipientsFor } from "./recipients";
import { referenceHeadsUp } from "./reference";
import { requestProgress, statusCheck } from "./status";
import { thankYou } from "./thank-you";
import { statusCheckWarnings } from "./timing";

export { KIND_NAMES, LETTER_FORMATS, LETTER_KINDS, isLetterFormat, isLetterKind } from "./kinds";
export type { Draft, DraftRequest, LetterKind } from "./kinds";
export { contactPerson, interviewerNamed, recipientsFor } from "./recipients";
export { addressName } from "./salutation";
export { statusCheckTiming } from "./timing";
export { draftNoteText } from "./note";

const COMPOSERS: Record<LetterKind, (ctx: LetterContext) => Composition> = {
	"thank-you": thankYou,
	withdrawal,
	"rejection-thanks": rejectionThanks,
	"status-check": statusCheck,
	"request-progress": requestProgress,
	"reference-heads-up": referenceHeadsUp,
};

/** The requested item, or the first one not yet sent; undefined when there is none. */
function requestItemFor(req: DraftRequest): string | undefined {
	const asked = req.requestItem?.trim();
	if (asked) return asked;
	return req.interview.requests.find((r) => r.sent === undefined)?.item;
}

function warningsFor(req: DraftRequest): string[] {
	const { interview, settings, now } = req;
	switch (req.kind) {
		case "status-check":
			return statusCheckWarnings(interview, settings, now);
		case "thank-you":
			return interview.interest === "no"
				? ["The note says interest: no. A thank-you states your interest in the role; a withdrawal note may be what you need."]
				: [];
		case "rejection-thanks":
			return interview.outcome === "rejected"
				? []
				: [`The note's outcome is '${interview.outcome}', not 'rejected'; send this only once they have turned you down.`];
		default:
			return [];
	}
}

/** "Thank-you note to Ms. Whitfield — Northwind Traders". */
function titleOf(ctx: LetterContext): string {
	const to = ctx.kind === "reference-heads-up" ? "" : ` to ${ctx.person ? ctx.name : "the interviewer"}`;
	const company = ctx.interview.company.trim();
	return `${KIND_NAMES[ctx.kind]}${to}${company ? ` — ${company}` : ""}`;
}

/**
 * The drafts for a request: one per interviewer the kind is addressed to (see
 * recipientsFor), only the one named by `to` when given. A note without
 * interviewers gets one draft with a placeholder for the name. [] when `to`
 * names nobody in the note, or for request-progress when nothing is open.
 */
export function draftLetters(req: DraftRequest): Draft[] {
	let people: (Interviewer | undefined)[];
	if (req.kind === "reference-heads-up") people = [undefined];
	else if (req.to !== undefined) {
		const named = interviewerNamed(req.interview, req.to);
		if (!named) return [];
		people = [named];
	} else {
		const list = recipientsFor(req.kind, req.interview);
		people = list.length > 0 ? list : [undefined];
	}
	const item = req.kind === "request-progress" ? requestItemFor(req) : undefined;
	if (req.kind === "request-progress" && item === undefined) return [];
	const warnings = warningsFor(req);
	return people.map((person) => {
		const ctx = letterContext({ ...req, person, ...(item !== undefined ? { requestItem: item } : {}) });
		const composition = COMPOSERS[req.kind](ctx);
		const draft: Draft = { kind: req.kind, format: req.format, title: titleOf(ctx), text: render(ctx, composition), warnings: [...warnings] };
		if (person) draft.recipient = person.name;
		if (req.format === "email") draft.subject = composition.subject;
		return draft;
	});
}
