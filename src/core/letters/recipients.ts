/** Who each kind of letter goes to. */
import type { Interview, Interviewer } from "../interview";
import type { LetterKind } from "./kinds";
import { sameName } from "./salutation";

/**
 * The person to ask about the decision or to tell about a late item: the first
 * interviewer with an email address or a stated contact preference, else the
 * first interviewer.
 */
export function contactPerson(interview: Interview): Interviewer | undefined {
	return interview.interviewers.find((p) => p.email !== undefined || p.prefers !== undefined) ?? interview.interviewers[0];
}

/**
 * Who a kind of letter is addressed to, one letter each:
 * - thank-you: every interviewer not yet marked `thanked` (all of them when everyone is);
 * - withdrawal and rejection-thanks: every interviewer;
 * - status-check and request-progress: the contact person (see contactPerson);
 * - reference-heads-up: nobody from the company ([]); it goes to a reference.
 */
export function recipientsFor(kind: LetterKind, interview: Interview): Interviewer[] {
	const all = interview.interviewers;
	switch (kind) {
		case "thank-you": {
			const open = all.filter((p) => p.thanked === undefined);
			return open.length > 0 ? open : all;
		}
		case "withdrawal":
		case "rejection-thanks":
			return all;
		case "status-check":
		case "request-progress": {
			const contact = contactPerson(interview);
			return contact ? [contact] : [];
		}
		case "reference-heads-up":
			return [];
	}
}

/** The interviewer named `to` (full name, case and spacing ignored), if the note has one. */
export function interviewerNamed(interview: Interview, to: string): Interviewer | undefined {
	return interview.interviewers.find((p) => sameName(p.name, to));
}
