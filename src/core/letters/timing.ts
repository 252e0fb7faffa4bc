/**
 * When a status check may go out, in words for the letter's warnings; the day
 * itself comes from the rules (DESIGN §2).
 */
import { longDate } from "../dates";
import type { Interview } from "../interview";
import { statusCheckNotBefore, thankYouDate } from "../rules";
import type { Settings } from "../settings";

export interface StatusCheckTiming {
	/** Before this a status check is early; undefined when the note does not say. */
	notBefore?: Date;
	/** Why that day, e.g. "they said they would decide by 3 December 2026". */
	reason: string;
}

export function statusCheckTiming(iv: Interview, settings: Settings): StatusCheckTiming {
	const notBefore = statusCheckNotBefore(iv, settings);
	if (!notBefore) return { reason: "the note records no decision date and no thank-you yet" };
	const last = iv.statusChecks[iv.statusChecks.length - 1];
	const thanked = thankYouDate(iv);
	const reason = last
		? `your last status check went out on ${longDate(last.at, settings.dateStyle)}, and the next should wait ${settings.statusCheckRepeatDays} days`
		: iv.decisionBy
			? `they said they would decide by ${longDate(iv.decisionBy.at, settings.dateStyle)}`
			: `they gave no decision date, so wait ${settings.statusCheckWaitDays} days after your thank-you of ${longDate(thanked ?? notBefore, settings.dateStyle)}`;
	return { notBefore, reason };
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
		out.push(`This status check is early: ${timing.reason}. Wait until ${longDate(timing.notBefore, settings.dateStyle)}; chasing before then can hurt your chances.`);
	}
	return out;
}
