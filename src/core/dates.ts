/**
 * Dates as users write them in frontmatter. A value without an offset is local
 * wall-clock time: "2026-11-19 14:00" is 14:00 wherever the machine is.
 */

export interface When {
	/** The instant. For a date-only value: local midnight at the start of that day. */
	at: Date;
	/** True when the user wrote a calendar day without a time. */
	dateOnly: boolean;
}

export type DateResult = { ok: true; value: When } | { ok: false; message: string };

const DATE_RE =
	/^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** Formats how a date may be written, for messages. */
export const DATE_HINT = "write it as 2026-11-19 or 2026-11-19 14:00";

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

// By arithmetic: a local Date just to count a month's days costs more than the rest of the parse.
function isValidDay(y: number, m: number, d: number): boolean {
	if (m < 1 || m > 12 || d < 1) return false;
	return d <= (m === 2 && isLeapYear(y) ? 29 : (MONTH_DAYS[m - 1] ?? 0));
}

/** Parses a date written as text. Never throws. */
export function parseDateText(text: string): DateResult {
	const trimmed = text.trim();
	const m = DATE_RE.exec(trimmed);
	if (!m) return { ok: false, message: `'${text}' is not a date; ${DATE_HINT}` };
	const y = Number(m[1]);
	const mo = Number(m[2]);
	const d = Number(m[3]);
	// new Date(26, …) means 1926, and a real year before 1000 is a typo in an interview note.
	if (y < 1000) return { ok: false, message: `'${text}' has the year ${m[1] ?? ""}; years before 1000 are not accepted, ${DATE_HINT}` };
	if (!isValidDay(y, mo, d)) return { ok: false, message: `'${text}' is not a real calendar day; ${DATE_HINT}` };
	if (m[4] === undefined) return { ok: true, value: { at: new Date(y, mo - 1, d), dateOnly: true } };
	const hh = Number(m[4]);
	const mi = Number(m[5]);
	const ss = m[6] === undefined ? 0 : Number(m[6]);
	const ms = m[7] === undefined ? 0 : Math.round(Number(`0.${m[7]}`) * 1000);
	if (hh > 23 || mi > 59 || ss > 59) return { ok: false, message: `'${text}' has a time that does not exist; ${DATE_HINT}` };
	const zone = m[8];
	if (zone === undefined) {
		return { ok: true, value: { at: new Date(y, mo - 1, d, hh, mi, ss, ms), dateOnly: false } };
	}
	let offsetMinutes = 0;
	if (zone !== "Z" && zone !== "z") {
		const sign = zone.startsWith("-") ? -1 : 1;
		const digits = zone.slice(1).replace(":", "");
		offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || "0"));
	}
	const utc = Date.UTC(y, mo - 1, d, hh, mi, ss, ms) - offsetMinutes * 60_000;
	return { ok: true, value: { at: new Date(utc), dateOnly: false } };
}

/**
 * Parses a frontmatter value: text, or a Date from a YAML parser. A YAML parser
 * reads `2026-11-19` and `2026-11-19T14:00:00` as UTC; the user meant local time,
 * so the UTC fields are taken as the local wall clock. A Date at exactly UTC
 * midnight is read as a calendar day.
 */
export function parseDateValue(value: unknown): DateResult {
	if (value instanceof Date) {
		if (Number.isNaN(value.getTime())) return { ok: false, message: `'Invalid Date' is not a date; ${DATE_HINT}` };
		const year = value.getUTCFullYear();
		if (year < 1000) return { ok: false, message: `'${value.toISOString()}' has the year ${year}; years before 1000 are not accepted, ${DATE_HINT}` };
		const dateOnly =
			value.getUTCHours() === 0 && value.getUTCMinutes() === 0 && value.getUTCSeconds() === 0 && value.getUTCMilliseconds() === 0;
		const at = new Date(
			value.getUTCFullYear(), value.getUTCMonth(), value.getUTCDate(),
			value.getUTCHours(), value.getUTCMinutes(), value.getUTCSeconds(), value.getUTCMilliseconds(),
		);
		return { ok: true, value: { at, dateOnly } };
	}
	if (typeof value === "string") return parseDateText(value);
	if (typeof value === "number") return { ok: false, message: `'${String(value)}' is a number, not a date; ${DATE_HINT}` };
	return { ok: false, message: `${describeValue(value)} is not a date; ${DATE_HINT}` };
}

/** A short, readable rendering of any value for problem messages. */
export function describeValue(value: unknown): string {
	if (value === null || value === undefined) return "an empty value";
	if (typeof value === "string") return `'${value}'`;
	if (typeof value === "number" || typeof value === "boolean") return `'${String(value)}'`;
	if (value instanceof Date) return `'${value.toISOString()}'`;
	if (Array.isArray(value)) return "a list";
	return "a nested value";
}

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

/** Local ISO without offset, e.g. 2026-11-20T14:00:00. */
export function toLocalIso(d: Date): string {
	return `${formatLocalDate(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** Local calendar day, e.g. 2026-11-20. */
export function formatLocalDate(d: Date): string {
	return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Local midnight at the start of d's day. */
export function startOfLocalDay(d: Date): Date {
	return new Date(d.getFullYear(), d.getMonth(), d.getDate());
}

/** 23:59:59 local on d's day plus `days` calendar days. */
export function endOfLocalDay(d: Date, days = 0): Date {
	return new Date(d.getFullYear(), d.getMonth(), d.getDate() + days, 23, 59, 59);
}

/** Local midnight `days` calendar days after d's day (wall clock kept across DST). */
export function addLocalDays(d: Date, days: number): Date {
	return new Date(d.getFullYear(), d.getMonth(), d.getDate() + days, d.getHours(), d.getMinutes(), d.getSeconds());
}

/** How dates are written in letters, labels and the view (setting `dateStyle`). */
export type DateStyle = "us" | "uk" | "iso";

export const DATE_STYLES: readonly DateStyle[] = ["us", "uk", "iso"];

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

const month = (d: Date): string => MONTHS[d.getMonth()] ?? "";
const shortMonth = (d: Date): string => month(d).slice(0, 3);

/** "14:00": the local time of day on a 24-hour clock. */
export const clockTime = (d: Date): string => `${pad(d.getHours())}:${pad(d.getMinutes())}`;

/** "November 21, 2026" (us), "21 November 2026" (uk), "2026-11-21" (iso). */
export function longDate(d: Date, style: DateStyle): string {
	if (style === "iso") return formatLocalDate(d);
	return style === "us" ? `${month(d)} ${d.getDate()}, ${d.getFullYear()}` : `${d.getDate()} ${month(d)} ${d.getFullYear()}`;
}

/** As longDate, without the year when it is the year of `now` ("November 21", "21 November"); ISO keeps the year. */
export function dayInYear(d: Date, now: Date, style: DateStyle): string {
	if (style === "iso" || d.getFullYear() !== now.getFullYear()) return longDate(d, style);
	return style === "us" ? `${month(d)} ${d.getDate()}` : `${d.getDate()} ${month(d)}`;
}

/** "4 Dec" (uk), "Dec 4" (us), "2026-12-04" (iso), with the year when it is not the year of `now`. */
export function dayMonth(d: Date, now: Date, style: DateStyle): string {
	if (style === "iso") return formatLocalDate(d);
	const year = d.getFullYear() === now.getFullYear() ? "" : `${style === "us" ? "," : ""} ${d.getFullYear()}`;
	return style === "us" ? `${shortMonth(d)} ${d.getDate()}${year}` : `${d.getDate()} ${shortMonth(d)}${year}`;
}

export interface ShortDateOptions {
	/** Add the time of day (24-hour clock); leave it out for a date-only value. */
	time?: boolean;
	/** Add the year when it is not the year of `now` (ISO always has it). */
	now?: Date;
}

/**
 * A compact date with the weekday, for labels and the view: "Sun, Nov 22, 14:00"
 * (us), "Sun 22 Nov, 14:00" (uk), "2026-11-22 14:00" (iso).
 */
export function shortDate(d: Date, style: DateStyle, options: ShortDateOptions = {}): string {
	const time = options.time ? clockTime(d) : "";
	if (style === "iso") return time ? `${formatLocalDate(d)} ${time}` : formatLocalDate(d);
	const otherYear = options.now !== undefined && options.now.getFullYear() !== d.getFullYear();
	const weekday = WEEKDAYS[d.getDay()] ?? "";
	const day = style === "us"
		? `${weekday}, ${shortMonth(d)} ${d.getDate()}${otherYear ? `, ${d.getFullYear()}` : ""}`
		: `${weekday} ${d.getDate()} ${shortMonth(d)}${otherYear ? ` ${d.getFullYear()}` : ""}`;
	return time ? `${day}, ${time}` : day;
}

/** Regions that write the month first (US English and the US territories). */
const MONTH_FIRST_REGIONS = new Set(["US", "PR", "GU", "VI", "AS", "MP", "UM"]);

/**
 * The date style a locale writes by default: "us" for English in the US (and
 * bare "en", which is US English), "uk" for every other locale. ISO is only
 * ever chosen in the settings. A missing or unreadable locale gives "uk".
 */
export function dateStyleForLocale(locale: string | undefined): DateStyle {
	const m = /^([A-Za-z]{2,3})(?:[-_][A-Za-z]{4})?(?:[-_]([A-Za-z]{2}|\d{3}))?(?:[-_.@]|$)/.exec(locale?.trim() ?? "");
	if (!m || m[1]?.toLowerCase() !== "en") return "uk";
	const region = m[2]?.toUpperCase();
	return region === undefined || MONTH_FIRST_REGIONS.has(region) ? "us" : "uk";
}
