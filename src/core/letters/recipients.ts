/** Who letters go to: the recipient policies the letter kinds table names. */
import type { Interview, Interviewer } from "../interview";
import { sameName } from "./salutation";

/**
 * The person to ask about the decision or to tell about a late item: the first
 * interviewer with an email address or a stated contact preference, else the
 * first interviewer.
 */
export function contactPerson(interview: Interview): Interviewer | undefined {
	return interview.interviewers.find((p) => p.email !== undefined || p.prefers !== undefined) ?? interview.interviewers[0];
}

/** Every interviewer not yet marked `thanked` (all of them when everyone is). */
export function unthankedInterviewers(interview: Interview): Interviewer[] {
	const open = interview.interviewers.filter((p) => p.thanked === undefined);
	return open.length > 0 ? open : interview.interviewers;
}

export const allInterviewers = (interview: Interview): Interviewer[] => interview.interviewers;

/** The contact person alone (see contactPerson). */
export function contactOnly(interview: Interview): Interviewer[] {
	const contact = contactPerson(interview);
	return contact ? [contact] : [];
}

/** A letter to someone outside the company (a reference): nobody from the note. */
export const nobodyAtTheCompany = (): Interviewer[] => [];

/** The interviewer named `to` (full name, case and spacing ignored), if the note has one. */
export function interviewerNamed(interview: Interview, to: string): Interviewer | undefined {
	return interview.interviewers.find((p) => sameName(p.name, to));
}
