/**
 * How far apart two moments are, in words: "less than a minute", "5 minutes",
 * "about 3 hours", "1 day", "12 days", "about 1 month", "4 months",
 * "about 1 year", "over 2 years", "almost 3 years".
 *
 * The words and thresholds of date-fns's `formatDistance` (v4, en-US, no
 * options), which the view used before: minutes are counted on the local wall
 * clock (a DST change does not add or take an hour) and years by local calendar
 * months. test/core/distance.test.ts compares the two over every duration the
 * view can show, past and future.
 */

const MINUTES_IN_DAY = 1440;
const MINUTES_IN_MONTH = 43_200;

/** `d` minus the same wall-clock reading taken as UTC (ms): the local offset, to the millisecond. */
function offsetMs(d: Date): number {
	const utc = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds()));
	utc.setUTCFullYear(d.getFullYear());
	return d.getTime() - utc.getTime();
}

/** The last moment of d's day, or of the last day of d's month (local). */
function endOf(d: Date, unit: "day" | "month"): number {
	const end = new Date(d.getTime());
	if (unit === "month") end.setFullYear(end.getFullYear(), end.getMonth() + 1, 0);
	end.setHours(23, 59, 59, 999);
	return end.getTime();
}

/** Whole local calendar months from `earlier` to `later` (later > earlier), counted as date-fns's differenceInMonths does. */
function monthsBetween(later: Date, earlier: Date): number {
	const months = (later.getFullYear() - earlier.getFullYear()) * 12 + later.getMonth() - earlier.getMonth();
	if (months < 1) return 0;
	const moved = new Date(later.getTime());
	if (moved.getMonth() === 1 && moved.getDate() > 27) moved.setDate(30);
	moved.setMonth(moved.getMonth() - months);
	const lastNotFull = moved.getTime() < earlier.getTime() && !(months === 1 && endOf(later, "day") === endOf(later, "month"));
	return months - (lastNotFull ? 1 : 0);
}

const count = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? "" : "s"}`;

/** The distance between `a` and `b` in words (the order does not matter). Throws a RangeError for an invalid date. */
export function distanceInWords(a: Date, b: Date): string {
	if (Number.isNaN(a.getTime() - b.getTime())) throw new RangeError("Invalid time value");
	const [earlier, later] = a.getTime() > b.getTime() ? [b, a] : [a, b];
	const seconds = Math.trunc((later.getTime() - earlier.getTime()) / 1000);
	const minutes = Math.round((seconds - (offsetMs(later) - offsetMs(earlier)) / 1000) / 60);
	// Negative only where a DST change makes the wall clock run back further than the moments are apart.
	if (minutes === 0) return "less than a minute";
	if (minutes < 45) return count(minutes, "minute");
	if (minutes < 90) return "about 1 hour";
	if (minutes < MINUTES_IN_DAY) return `about ${count(Math.round(minutes / 60), "hour")}`;
	if (minutes < 2520) return "1 day";
	if (minutes < MINUTES_IN_MONTH) return count(Math.round(minutes / MINUTES_IN_DAY), "day");
	const nearestMonth = Math.round(minutes / MINUTES_IN_MONTH);
	if (minutes < MINUTES_IN_MONTH * 2) return `about ${count(nearestMonth, "month")}`;
	const months = monthsBetween(later, earlier);
	if (months < 12) return count(nearestMonth, "month");
	const years = Math.trunc(months / 12);
	const rest = months % 12;
	if (rest < 3) return `about ${count(years, "year")}`;
	return rest < 9 ? `over ${count(years, "year")}` : `almost ${count(years + 1, "year")}`;
}
