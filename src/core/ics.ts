/**
 * Follow-up items as an iCalendar file: one all-day event per item on its due
 * day. ical-generator does the RFC 5545 escaping and line folding; it has no
 * dependencies and no Node built-ins, so it is safe in the plugin bundle.
 */
import ical from "ical-generator";
import { formatLocalDate } from "./dates";
import type { FollowUpItem } from "./items";

export const ICS_PRODID = { company: "Interview Follow-up", product: "Follow-ups", language: "EN" };

/** The same for an item in every export, so a calendar updates the event instead of adding another. */
export function icsUid(item: FollowUpItem): string {
	return `${encodeURIComponent(item.id)}@interview-follow-up`;
}

/**
 * ical-generator writes an all-day date from a Date's UTC fields (when the
 * calendar has no time zone), so the local calendar day is passed as UTC midnight.
 */
function localDayAsUtc(d: Date, plusDays = 0): Date {
	return new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate() + plusDays));
}

function description(item: FollowUpItem): string {
	const lines = [[item.company, item.role].filter(Boolean).join(", "), `Note: ${item.note}`];
	if (item.notBefore) lines.push(`Not before ${formatLocalDate(item.notBefore)}.`);
	return lines.filter(Boolean).join("\n");
}

export function buildIcs(items: FollowUpItem[], now: Date): string {
	const calendar = ical({ prodId: ICS_PRODID, name: "Interview follow-ups" });
	for (const item of items) {
		calendar.createEvent({
			id: icsUid(item),
			stamp: now,
			allDay: true,
			start: localDayAsUtc(item.due),
			end: localDayAsUtc(item.due, 1),
			summary: item.company ? `${item.label} (${item.company})` : item.label,
			description: description(item),
		});
	}
	const text = calendar.toString();
	// RFC 5545 ends every content line, the last one too, with CRLF.
	return text.endsWith("\r\n") ? text : `${text}\r\n`;
}
