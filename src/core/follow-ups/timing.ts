/** Deadlines and states shared by the follow-up rules, the letters and the view. */
import { addLocalDays, endOfLocalDay, startOfLocalDay, type When } from "../dates";
import type { Interview } from "../interview";
import type { FollowUpItem, ItemState } from "../items";
import type { Settings } from "../settings";

const HOUR = 3_600_000;

/** "A", "A and B", "A, B and C". */
export function joinNames(names: string[]): string {
	if (names.length <= 1) return names[0] ?? "";
	return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1] ?? ""}`;
}

/**
 * `hours` after a moment. Whole days are added on the local wall clock, so
 * "24 hours after 14:00" is 14:00 the next day even across a DST change.
 * A date-only value has no hour: its deadline is the end of the day the
 * hours reach (24 h -> end of the next day).
 */
export function afterHours(when: When, hours: number): Date {
	if (when.dateOnly) return endOfLocalDay(when.at, Math.max(1, Math.ceil(hours / 24)));
	const days = Math.floor(hours / 24);
	return new Date(addLocalDays(when.at, days).getTime() + (hours - days * 24) * HOUR);
}

/** The state of an item at `now` (DESIGN §2). */
export function itemState(item: Pick<FollowUpItem, "notBefore" | "due">, now: Date): ItemState {
	if (item.notBefore && now.getTime() < item.notBefore.getTime()) return "waiting";
	if (now.getTime() > item.due.getTime()) return "overdue";
	if (startOfLocalDay(now).getTime() === startOfLocalDay(item.due).getTime()) return "today";
	return "upcoming";
}

/** Whether the thank-you is done: recorded for the note, or every interviewer thanked. */
export function thankYouDone(iv: Interview): boolean {
	return iv.done.thank_you_sent !== undefined || (iv.interviewers.length > 0 && iv.interviewers.every((p) => p.thanked !== undefined));
}

/** When the thank-you was done: `thank_you_sent`, or the last `thanked` once every interviewer is thanked. */
export function thankYouDate(iv: Interview): Date | undefined {
	const sent = iv.done.thank_you_sent;
	if (sent) return sent.at;
	if (!thankYouDone(iv)) return undefined;
	return new Date(Math.max(...iv.interviewers.map((p) => p.thanked?.at.getTime() ?? 0)));
}

/**
 * The day the next status check may go out, the cap aside: the last check plus the
 * repeat setting; else the day after `decision_by`; else the thank-you plus the wait.
 */
export function statusCheckNotBefore(iv: Interview, settings: Settings): Date | undefined {
	const last = iv.statusChecks[iv.statusChecks.length - 1];
	if (last) return addLocalDays(startOfLocalDay(last.at), settings.statusCheckRepeatDays);
	if (iv.decisionBy) return addLocalDays(startOfLocalDay(iv.decisionBy.at), 1);
	const thanked = thankYouDate(iv);
	return thanked ? addLocalDays(startOfLocalDay(thanked), settings.statusCheckWaitDays) : undefined;
}
