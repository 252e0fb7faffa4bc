import { describe, expect, it } from "vitest";
import { dateStyleForLocale, dayInYear, longDate, shortDate, type DateStyle } from "../../src/core/dates";
import { resolveSettings } from "../../src/core/settings";

const local = (y: number, mo: number, d: number, h = 0, mi = 0) => new Date(y, mo - 1, d, h, mi);

describe("date style: one formatter for letters, labels and the view", () => {
	const day = local(2026, 11, 21);
	const sunday = local(2026, 11, 22, 14, 0);
	it.each<[DateStyle, string, string, string, string, string]>([
		["us", "November 21, 2026", "November 21", "Sun, Nov 22, 14:00", "Sun, Nov 22", "Sun, Nov 22, 2026"],
		["uk", "21 November 2026", "21 November", "Sun 22 Nov, 14:00", "Sun 22 Nov", "Sun 22 Nov 2026"],
		["iso", "2026-11-21", "2026-11-21", "2026-11-22 14:00", "2026-11-22", "2026-11-22"],
	])("%s", (style, long, sameYear, withTime, dateOnly, otherYear) => {
		expect(longDate(day, style)).toBe(long);
		expect(dayInYear(day, local(2026, 1, 1), style)).toBe(sameYear);
		expect(dayInYear(day, local(2027, 1, 1), style)).toBe(long);
		expect(shortDate(sunday, style, { time: true })).toBe(withTime);
		expect(shortDate(sunday, style)).toBe(dateOnly);
		expect(shortDate(sunday, style, { now: local(2027, 3, 1) })).toBe(otherYear);
		expect(shortDate(sunday, style, { now: local(2026, 3, 1) })).toBe(dateOnly);
	});

	it("writes the local wall-clock day and time, in any zone", () => {
		expect(shortDate(local(2026, 3, 29, 1, 5), "uk", { time: true })).toBe("Sun 29 Mar, 01:05");
		expect(longDate(local(2027, 1, 1, 23, 59), "us")).toBe("January 1, 2027");
	});
});

describe("dateStyleForLocale: the default from the system's locale", () => {
	it.each([
		["en-US", "us"],
		["en", "us"],
		["en_US.UTF-8", "us"],
		["en-Latn-US", "us"],
		["en-PR", "us"],
		["en-GB", "uk"],
		["en-AU", "uk"],
		["en-IN", "uk"],
		["de-DE", "uk"],
		["fr", "uk"],
		["ja-JP", "uk"],
		["", "uk"],
		[undefined, "uk"],
		["not a locale", "uk"],
	] as const)("%s -> %s", (locale, style) => {
		expect(dateStyleForLocale(locale)).toBe(style);
	});
});

describe("dateStyle setting", () => {
	it("defaults to the locale's style, else uk; a saved value wins", () => {
		expect(resolveSettings(undefined).settings.dateStyle).toBe("uk");
		expect(resolveSettings(undefined, { locale: "en-US" }).settings.dateStyle).toBe("us");
		expect(resolveSettings({}, { locale: "en-GB" }).settings.dateStyle).toBe("uk");
		expect(resolveSettings({ dateStyle: "iso" }, { locale: "en-US" }).settings.dateStyle).toBe("iso");
	});

	it("a value that is not a style is a problem and the locale default is used", () => {
		const r = resolveSettings({ dateStyle: "american" }, { locale: "en-US" });
		expect(r.settings.dateStyle).toBe("us");
		expect(r.problems).toEqual([`Setting 'dateStyle' should be 'us', 'uk' or 'iso', not "american"; the default is used.`]);
	});
});
