/**
 * Follow-up items as an iCalendar file (RFC 5545): one all-day event per item
 * on its due day. The text is written here (src/core/ical-text.ts escapes and
 * folds it in one pass, counting UTF-8 octets arithmetically); the tests read
 * every export back with ical.js.
 */
import { formatLocalDate } from "./dates";
import { contentLine, icsDate, icsUtcTime } from "./ical-text";
import type { FollowUpItem } from "./items";

export const ICS_PRODID = { company: "Interview Follow-up", product: "Follow-ups", language: "EN" };

/**
 * The same for an item in every export, so a calendar updates the event
 * instead of adding another: from the note's path and the kind, or from the
 * note's own `id:` in place of the path, so that a rename keeps it.
 */
export function icsUid(item: FollowUpItem): string {
	const key = item.noteId !== undefined && item.id.startsWith(item.note) ? `id:${item.noteId}${item.id.slice(item.note.length)}` : item.id;
	return `${encodeURIComponent(key)}@interview-follow-up`;
}

function description(item: FollowUpItem): string {
	const lines = [[item.company, item.role].filter(Boolean).join(", "), `Note: ${item.note}`];
	if (item.notBefore) lines.push(`Not before ${formatLocalDate(item.notBefore)}.`);
	return lines.filter(Boolean).join("\n");
}

export function buildIcs(items: FollowUpItem[], now: Date): string {
	const { company, product, language } = ICS_PRODID;
	const lines = [
		"BEGIN:VCALENDAR",
		"VERSION:2.0",
		contentLine("PRODID", `-//${company}//${product}//${language}`, false),
		contentLine("NAME", "Interview follow-ups"),
		contentLine("X-WR-CALNAME", "Interview follow-ups"),
	];
	const stamp = icsUtcTime(now);
	for (const item of items) {
		lines.push(
			"BEGIN:VEVENT",
			contentLine("UID", icsUid(item), false),
			"SEQUENCE:0",
			`DTSTAMP:${stamp}`,
			// All-day: the item's local calendar day, and the next day as the (exclusive) end.
			`DTSTART;VALUE=DATE:${icsDate(item.due)}`,
			`DTEND;VALUE=DATE:${icsDate(item.due, 1)}`,
			"X-MICROSOFT-CDO-ALLDAYEVENT:TRUE",
			"X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT:TRUE",
			contentLine("SUMMARY", item.company ? `${item.label} (${item.company})` : item.label),
			contentLine("DESCRIPTION", description(item)),
			"END:VEVENT",
		);
	}
	lines.push("END:VCALENDAR");
	// RFC 5545 ends every content line, the last one too, with CRLF.
	return `${lines.join("\r\n")}\r\n`;
}
