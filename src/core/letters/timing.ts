/**
 * When a status check may go out (DESIGN §2, the same computation as the
 * rules): the day after `decision_by`; with no date, `thank_you_sent` plus
 * the wait setting; after k checks, the last one plus the repeat setting.
 */
import { addLocalDays, startOfLocalDay } from "../dates";
import type { Interview } from "../interview";
import type { Settings } from "../settings";
import { longDate } from "./text";

/** When the thank-you was done: `thank_you_sent`, or the latest interviewer's `thanked` once all are thanked. */
function thankYouDate(iv: Interview): Date | undefined {
	if (iv.thankYouSent) return iv.thankYouSent.at;
	if (iv.interviewers.length === 0 || iv.interviewers.some((p) => p.thanked === undefined)) return undefined;
	return new Date(Math.max(...iv.interviewers.map((p) => p.thanked?.at.getTime() ?? 0)));
}

export interface StatusCheckTiming {
	/** Before this a status check is early; undefined when the note does not say. */
	notBefore?: Date;
	/** Why that day, e.g. "they said they would decide by 3 December 2026". */
	reason: string;
}

export function statusCheckTiming(iv: Interview, settings: Settings): StatusCheckTiming {
	const last = iv.statusChecks[iv.statusChecks.length - 1];
	if (last) {
		return {
			notBefore: addLocalDays(startOfLocalDay(last.at), settings.statusCheckRepeatDays),
			reason: `your last status check went out on ${longDate(last.at)}, and the next should wait ${settings.statusCheckRepeatDays} days`,
		};
	}
	if (iv.decisionBy) {
		return {
			notBefore: addLocalDays(startOfLocalDay(iv.decisionBy.at), 1),
			reason: `they said they would decide by ${longDate(iv.decisionBy.at)}`,
		};
	}
	const thanked = thankYouDate(iv);
	if (thanked) {
		return {
			notBefore: addLocalDays(startOfLocalDay(thanked), settings.statusCheckWaitDays),
			reason: `they gave no decision date, so wait ${settings.statusCheckWaitDays} days after your thank-you of ${longDate(thanked)}`,
		};
	}
	return { reason: "the note records no decision date and no thank-you yet" };
}

/** Warnings for a status check drafted at `now`: too early, too many, or not the right moment. */
export function statusCheckWarnings(iv: Interview, settings: Settings, now: Date): string[] {
	const out: string[] = [];
	if (iv.outcome !== "pending") {
		out.push(`The note's outcome is '${iv.outcome}', so there is no pending decision to ask about; check the outcome before sending this.`);
	}
	if (settings.statusCheckMax > 0 && iv.statusChecks.length >= settings.statusCheckMax) {
		out.push(`You have already sent ${iv.statusChecks.length} status checks; after ${settings.statusCheckMax}, let them come back to you rather than ask again.`);
		return out;
	}
	const timing = statusCheckTiming(iv, settings);
	if (!timing.notBefore) {
		out.push(`Send the thank-you first: ${timing.reason}. A status check comes ${settings.statusCheckWaitDays} days after the thank-you when they gave no decision date.`);
	} else if (now.getTime() < timing.notBefore.getTime()) {
		out.push(`This status check is early: ${timing.reason}. Wait until ${longDate(timing.notBefore)}; chasing before then can hurt your chances.`);
	}
	return out;
}
