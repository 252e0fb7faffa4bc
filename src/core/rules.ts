/**
 * The follow-up rules of DESIGN §2: an interview note and `now` in, the open
 * follow-up items out. Pure; every number comes from Settings.
 */
import { format } from "date-fns";
import { addLocalDays, endOfLocalDay, startOfLocalDay, type When } from "./dates";
import { formalName, type Interview, type Interviewer } from "./interview";
import { ITEM_KINDS, type FollowUpItem, type ItemKind, type ItemState } from "./items";
import type { Settings } from "./settings";

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
function thankYouDone(iv: Interview): boolean {
	return iv.thankYouSent !== undefined || (iv.interviewers.length > 0 && iv.interviewers.every((p) => p.thanked !== undefined));
}

/** When the thank-you was done: `thank_you_sent`, or the last `thanked` once every interviewer is thanked. */
export function thankYouDate(iv: Interview): Date | undefined {
	if (iv.thankYouSent) return iv.thankYouSent.at;
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

/** The day a status check becomes due, or undefined when none is due any more. */
function statusCheckDay(iv: Interview, settings: Settings): Date | undefined {
	return iv.statusChecks.length >= settings.statusCheckMax ? undefined : statusCheckNotBefore(iv, settings);
}

interface Pending {
	kind: ItemKind;
	label: string;
	notBefore?: Date;
	due: Date;
	interviewers: Interviewer[];
	request?: { item: string; index: number };
}

function rulesNeedingDate(iv: Interview, interviewDate: When, settings: Settings, now: Date): Pending[] {
	const out: Pending[] = [];
	const people = iv.interviewers;
	const begun = now.getTime() >= interviewDate.at.getTime();
	const open = iv.outcome === "pending" || iv.outcome === "next-round";
	const interested = iv.interest !== "no";
	if (begun && !iv.debriefed) {
		out.push({ kind: "debrief", label: "Write your debrief while the interview is fresh", due: endOfLocalDay(interviewDate.at), interviewers: [] });
	}
	if (interested && iv.outcome !== "rejected" && iv.outcome !== "withdrawn" && !thankYouDone(iv)) {
		const unthanked = people.filter((p) => !p.thanked);
		const to = unthanked.length ? ` to ${joinNames(unthanked.map(formalName))}` : "";
		out.push({ kind: "thank-you", label: `Send a thank-you note${to}`, due: afterHours(interviewDate, settings.thankYouHours), interviewers: unthanked });
	}
	if (!interested && open && !iv.withdrawalSent) {
		const to = people.length ? ` to ${joinNames(people.map(formalName))}` : "";
		out.push({ kind: "withdrawal", label: `Send a withdrawal note${to}`, due: afterHours(interviewDate, settings.thankYouHours), interviewers: people });
	}
	if (interested && open && settings.referencesReminder && !iv.referencesNotified) {
		out.push({ kind: "references", label: "Let your references know they may be called", due: endOfLocalDay(interviewDate.at, 1), interviewers: [] });
	}
	return out;
}

function rulesWithoutDate(iv: Interview, settings: Settings, now: Date, firstSeen?: Date): Pending[] {
	const out: Pending[] = [];
	const people = iv.interviewers;
	const names = joinNames(people.map(formalName));
	for (const r of iv.requests) {
		if (!r.asked || r.sent) continue;
		out.push({
			kind: "request",
			label: `Send what they asked for: ${r.item}`,
			due: afterHours(r.asked, settings.requestHours),
			interviewers: people,
			request: { item: r.item, index: r.index },
		});
	}
	if (iv.outcome === "pending" && iv.interest !== "no" && thankYouDone(iv)) {
		const day = statusCheckDay(iv, settings);
		if (day) {
			const k = iv.statusChecks.length;
			const who = names || "them";
			out.push({
				kind: "status-check",
				label: k === 0 ? `Ask ${who} whether a decision has been made` : `Ask ${who} again about the decision (check ${k + 1} of ${settings.statusCheckMax})`,
				notBefore: day,
				due: endOfLocalDay(day),
				interviewers: people,
			});
		}
	}
	if (iv.outcome === "rejected" && !iv.rejectionThanksSent) {
		const known = iv.outcomeDate?.at ?? firstSeen ?? now;
		out.push({
			kind: "rejection-thanks",
			label: `Thank ${names || "them"} anyway and keep the door open`,
			due: endOfLocalDay(known, 1),
			interviewers: people,
		});
	}
	if (iv.outcome === "next-round" && iv.nextRound && iv.nextRound.at.getTime() > now.getTime()) {
		const what = iv.nextStep ? `: ${iv.nextStep}` : "";
		const when = format(iv.nextRound.at, iv.nextRound.dateOnly ? "EEE d MMM" : "EEE d MMM 'at' HH:mm");
		out.push({
			kind: "next-round-prep",
			label: `Prepare for the next round on ${when}${what}`,
			due: endOfLocalDay(iv.nextRound.at, -1),
			interviewers: [],
		});
	}
	return out;
}

function itemId(path: string, d: Pending): string {
	return d.request ? `${path}#request:${d.request.index}:${d.request.item}` : `${path}#${d.kind}`;
}

/**
 * The open follow-up items of one interview at `now`. `firstSeen` is when a
 * rejection without `outcome_date` was first noticed; without it, `now`.
 * A note with no usable date still gets the items that do not hang on it.
 */
export function itemsForInterview(interview: Interview, now: Date, settings: Settings, firstSeen?: Date): FollowUpItem[] {
	if (interview.snoozedUntil && interview.snoozedUntil.at.getTime() > now.getTime()) return [];
	const drafts = [
		...(interview.date ? rulesNeedingDate(interview, interview.date, settings, now) : []),
		...rulesWithoutDate(interview, settings, now, firstSeen),
	];
	return drafts.map((d) => {
		const item: FollowUpItem = {
			id: itemId(interview.path, d),
			note: interview.path,
			company: interview.company,
			role: interview.role,
			kind: d.kind,
			label: d.label,
			notBefore: d.notBefore ?? null,
			due: d.due,
			state: "upcoming",
			interviewers: d.interviewers.map((p) => p.name),
		};
		if (d.request) item.request = d.request;
		item.state = itemState(item, now);
		return item;
	});
}

/** Due first; ties by note, then in the order of the table, then by request. */
export function compareItems(a: FollowUpItem, b: FollowUpItem): number {
	return (
		a.due.getTime() - b.due.getTime() ||
		(a.note < b.note ? -1 : a.note > b.note ? 1 : 0) ||
		ITEM_KINDS.indexOf(a.kind) - ITEM_KINDS.indexOf(b.kind) ||
		(a.request?.index ?? 0) - (b.request?.index ?? 0)
	);
}

/** Open items of every interview, sorted by due. */
export function computeItems(
	interviews: Interview[],
	now: Date,
	settings: Settings,
	firstSeen?: (path: string) => Date | undefined,
): FollowUpItem[] {
	return interviews.flatMap((iv) => itemsForInterview(iv, now, settings, firstSeen?.(iv.path))).sort(compareItems);
}
