import { formatDistance } from "date-fns";
import { describe, expect, it } from "vitest";
import { distanceInWords } from "../../src/core/distance";

/**
 * distanceInWords replaces date-fns's formatDistance in the view ("2 days late",
 * "due in about 3 hours", "opens in 12 days"): the same words for every pair of
 * moments, compared here over a dense range of durations either way round, from
 * base moments at month ends, leap days, the turn of the year and DST changes
 * (the suite runs in three time zones). date-fns stays a devDependency for this.
 */
const BASES = [
	new Date(2026, 10, 22, 9, 0),
	new Date(2026, 0, 31, 23, 59, 59),
	new Date(2026, 1, 28, 12, 0),
	new Date(2028, 1, 29, 0, 0),
	new Date(2026, 11, 31, 23, 30),
	new Date(2026, 2, 8, 1, 30), // US spring forward
	new Date(2026, 10, 1, 1, 30), // US fall back
	new Date(2026, 2, 29, 0, 30), // EU spring forward
	new Date(2026, 9, 25, 2, 30), // EU fall back
	new Date(2026, 4, 31, 23, 59, 59),
];

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Offsets from 0 to `to` (ms) every `step`, both ways. */
function offsets(to: number, step: number): number[] {
	const out: number[] = [];
	for (let ms = 0; ms <= to; ms += step) out.push(ms, -ms);
	return out;
}

const OFFSETS = [
	...offsets(3 * HOUR, 13 * SECOND),
	...offsets(4 * DAY, MINUTE),
	...offsets(75 * DAY, 17 * MINUTE),
	...offsets(5 * 366 * DAY, 5 * HOUR + 13 * MINUTE + 7 * SECOND),
	...offsets(40 * 366 * DAY, 3 * DAY + 11 * MINUTE),
];

describe("distanceInWords says what date-fns's formatDistance said", () => {
	it.each(BASES.map((base) => [base.toString(), base] as const))("from %s", (_name, base) => {
		const differ: string[] = [];
		for (const ms of OFFSETS) {
			const other = new Date(base.getTime() + ms);
			for (const [a, b] of [[other, base], [base, other]] as const) {
				const want = formatDistance(a, b);
				const got = distanceInWords(a, b);
				if (got !== want && differ.length < 5) differ.push(`${a.toISOString()} / ${b.toISOString()}: ${got} (date-fns: ${want})`);
			}
		}
		expect(differ).toEqual([]);
	});

	it("reads as the view shows it", () => {
		const now = new Date(2026, 10, 22, 9, 0);
		const at = (ms: number): Date => new Date(now.getTime() + ms);
		expect([0, 29 * SECOND, 31 * SECOND, 5 * MINUTE, 50 * MINUTE, 3 * HOUR, DAY, 12 * DAY, 40 * DAY, 100 * DAY, 400 * DAY, 600 * DAY, 1050 * DAY].map((ms) => distanceInWords(at(ms), now))).toEqual([
			"less than a minute",
			"less than a minute",
			"1 minute",
			"5 minutes",
			"about 1 hour",
			"about 3 hours",
			"1 day",
			"12 days",
			"about 1 month",
			"3 months",
			"about 1 year",
			"over 1 year",
			"almost 3 years",
		]);
	});

	it("throws for an invalid date, as formatDistance did", () => {
		expect(() => distanceInWords(new Date(NaN), new Date())).toThrow(RangeError);
		expect(() => formatDistance(new Date(NaN), new Date())).toThrow(RangeError);
	});
});
