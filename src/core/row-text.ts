/**
 * What a follow-ups row says beside its label: the date in the user's style,
 * the people the label does not already name, and who to phone for a call.
 */
import { shortDate, type DateStyle } from "./dates";
import { distanceInWords } from "./distance";
import { contactOf, prefersPhone } from "./follow-ups/kinds";
import { relativeWhen } from "./groups";
import type { Interview } from "./interview";
import type { FollowUpItem } from "./items";
import { nameParts } from "./people";
import { foldText } from "./text-compare";

/** The moment a row's date shows: when a waiting item opens, else when it is due. */
export const rowMoment = (item: FollowUpItem): Date => (item.state === "waiting" && item.notBefore ? item.notBefore : item.due);

/** When in words beside the date: "2 days late", "due in 4 days", "opens in 12 days" (the date says which day). */
export function rowWords(item: FollowUpItem, now: Date): string {
	return item.state === "waiting" && item.notBefore ? `opens in ${distanceInWords(item.notBefore, now)}` : relativeWhen(item, now);
}

/** A day's start or end is a whole-day deadline: no time is shown for it. */
const wholeDay = (d: Date): boolean =>
	(d.getHours() === 0 && d.getMinutes() === 0 && d.getSeconds() === 0) || (d.getHours() === 23 && d.getMinutes() === 59 && d.getSeconds() === 59);

/** The calendar day in the user's style: "Sun 22 Nov" (uk), with the year when it is not `now`'s. */
export const dayText = (d: Date, now: Date, style: DateStyle): string => shortDate(d, style, { now });

/** "Sun 22 Nov, 14:00" (uk), or "Sun 22 Nov" for a whole-day deadline. */
export const rowDate = (d: Date, now: Date, style: DateStyle): string => shortDate(d, style, { now, time: !wholeDay(d) });

const wordsOf = (text: string): Set<string> => new Set(foldText(text).split(/[^\p{L}\p{N}']+/u).filter((w) => w !== ""));

/**
 * The names of `item.interviewers` its label does not already give: a name is
 * given when the label holds it whole, or its surname as a word ("Dr. Raman"
 * names Priya Raman), compared without case or accents.
 */
export function unnamedPeople(item: Pick<FollowUpItem, "label" | "interviewers">): string[] {
	if (item.interviewers.length === 0) return [];
	const label = foldText(item.label);
	const words = wordsOf(item.label);
	return item.interviewers.filter((name) => {
		if (label.includes(foldText(name))) return false;
		const surname = wordsOf(nameParts(name).surname);
		return surname.size === 0 || ![...surname].every((w) => words.has(w));
	});
}

/** For a status check or request whose contact would rather be phoned: their name and number. */
export function callTarget(iv: Interview, item: Pick<FollowUpItem, "kind">): { name: string; phone: string } | null {
	if (item.kind !== "status-check" && item.kind !== "request") return null;
	const contact = contactOf(iv);
	const phone = contact?.phone?.trim();
	return contact && prefersPhone(contact) && phone ? { name: contact.name, phone } : null;
}
