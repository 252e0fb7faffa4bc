/** `too-early`: a status check drafted before the day it may be sent (DESIGN §2). */
import { addLocalDays, formatLocalDate, startOfLocalDay } from "../dates";
import type { Interview } from "../interview";
import { itemsForInterview } from "../rules";
import type { Settings } from "../settings";
import type { RawFinding } from "./types";

interface NotBefore {
	day: Date;
	why: string;
}

/** The day a status check may go out, and why: the rules' own item first, else the plain rule. */
export function statusCheckNotBefore(interview: Interview, now: Date, settings: Settings): NotBefore | undefined {
	const decided = interview.decisionBy ? ` (they said they would decide by ${formatLocalDate(interview.decisionBy.at)})` : "";
	// Snoozing hides the item in the view; it does not move the date.
	const { snoozedUntil: _snoozed, ...awake } = interview;
	const item = itemsForInterview(awake, now, settings).find((i) => i.kind === "status-check");
	if (item?.notBefore) {
		const last = interview.statusChecks.at(-1);
		const why = last
			? ` (the last one went on ${formatLocalDate(last.at)}; leave ${settings.statusCheckRepeatDays} days between them)`
			: decided || ` (${settings.statusCheckWaitDays} days after the thank-you)`;
		return { day: item.notBefore, why };
	}
	if (interview.decisionBy) return { day: addLocalDays(startOfLocalDay(interview.decisionBy.at), 1), why: decided };
	const thanked = interview.done.thank_you_sent;
	if (thanked) {
		return {
			day: addLocalDays(startOfLocalDay(thanked.at), settings.statusCheckWaitDays),
			why: ` (${settings.statusCheckWaitDays} days after the thank-you)`,
		};
	}
	return undefined;
}

export function tooEarly(lines: string[], interview: Interview, now: Date, settings: Settings): RawFinding[] {
	const nb = statusCheckNotBefore(interview, now, settings);
	if (!nb || now.getTime() >= nb.day.getTime()) return [];
	const first = lines.findIndex((l) => l.trim() !== "");
	return [{
		rule: "too-early",
		line: Math.max(first, 0) + 1,
		message: `This status check is early: wait until ${formatLocalDate(nb.day)}${nb.why} before sending it, since chasing early can hurt.`,
	}];
}
