/** Who letters go to: the recipient policies the letter kinds table names, and the person a draft request picks. */
import type { Interview, Interviewer } from "../interview";
import { matchPerson, type Person } from "../people";
import type { Settings } from "../settings";
import { sameText } from "../text-compare";
import type { LetterKindSpec } from "./kinds";

type References = Pick<Settings, "references">;

/** The one person process letters go to: `contact`, else the first interviewer. */
export const contactPerson = (interview: Interview): Interviewer | undefined => interview.contact ?? interview.interviewers[0];

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

/** The note's connections: people the user knows near the company. */
export const connectionsOf = (interview: Interview): Interviewer[] => interview.connections;

/** A letter to someone outside the company (a reference): nobody from the note. */
export const nobodyAtTheCompany = (): Interviewer[] => [];

/** Everyone at the company the note names: the interviewers, and the contact when they are not one. */
export function everyoneAtTheCompany(interview: Interview): Interviewer[] {
	const contact = interview.contact;
	const separate = contact !== undefined && !interview.interviewers.some((p) => p === contact || sameText(p.name, contact.name));
	return separate ? [...interview.interviewers, contact] : interview.interviewers;
}

/** The people a kind of letter is for: the kind's policy, or your references from the settings. */
export function recipientsOf(spec: LetterKindSpec, interview: Interview, settings: References): Person[] {
	return spec.reader === "reference" ? settings.references : spec.recipients(interview);
}

/** Whom a draft request may name with `to`, and what "everyone" means for it. */
export function candidatesOf(spec: LetterKindSpec, interview: Interview, settings: References): Person[] {
	if (spec.reader === "connection") return interview.connections;
	return spec.reader === "reference" ? settings.references : everyoneAtTheCompany(interview);
}

export type RecipientChoice = { ok: true; people: Person[] } | { ok: false; reason: "none" | "ambiguous"; candidates: Person[] };

/**
 * The people one draft request is for: the one `to` names (a unique first name
 * or surname is enough), everyone with `everyone`, else the kind's policy.
 * `people` may be empty: one draft then holds a placeholder for the name.
 */
export function chooseRecipients(
	spec: LetterKindSpec,
	req: { interview: Interview; settings: References; to?: string; everyone?: boolean },
): RecipientChoice {
	const candidates = candidatesOf(spec, req.interview, req.settings);
	if (req.everyone) return { ok: true, people: candidates };
	if (req.to === undefined) return { ok: true, people: recipientsOf(spec, req.interview, req.settings) };
	const m = matchPerson(candidates, req.to);
	if ("found" in m) return { ok: true, people: [m.found] };
	return "ambiguous" in m ? { ok: false, reason: "ambiguous", candidates: m.ambiguous } : { ok: false, reason: "none", candidates };
}

/** The interviewer (or separate contact) named `to`, if exactly one person of the note has that name. */
export function interviewerNamed(interview: Interview, to: string): Interviewer | undefined {
	const m = matchPerson(everyoneAtTheCompany(interview), to);
	return "found" in m ? m.found : undefined;
}
