import { describe, expect, it } from "vitest";
import { addLocalDays, endOfLocalDay, parseDateText, parseDateValue, toLocalIso } from "../../src/core/dates";

const local = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0) => new Date(y, mo - 1, d, h, mi, s);

describe("parseDateText: a value without an offset is local wall-clock time", () => {
	it.each([
		["2026-11-19", local(2026, 11, 19), true],
		["2026-11-19 14:00", local(2026, 11, 19, 14), false],
		["2026-11-19T14:00", local(2026, 11, 19, 14), false],
		["2026-11-19T14:00:30", local(2026, 11, 19, 14, 0, 30), false],
		["2026-11-19 09:05:00", local(2026, 11, 19, 9, 5), false],
		["  2026-3-7  ", local(2026, 3, 7), true],
	])("%s", (text, at, dateOnly) => {
		const r = parseDateText(text);
		expect(r).toEqual({ ok: true, value: { at, dateOnly } });
		if (r.ok) expect(toLocalIso(r.value.at)).toBe(toLocalIso(at));
	});

	it.each([
		["2026-11-19T14:00:00Z", Date.UTC(2026, 10, 19, 14)],
		["2026-11-19T14:00:00+05:30", Date.UTC(2026, 10, 19, 8, 30)],
		["2026-11-19 14:00 -0800", Date.UTC(2026, 10, 19, 22)],
	])("an explicit offset is honoured: %s", (text, utc) => {
		const r = parseDateText(text);
		expect(r.ok && r.value.at.getTime()).toBe(utc);
	});

	it.each([
		["next tuesday", "'next tuesday' is not a date; write it as 2026-11-19 or 2026-11-19 14:00"],
		["2026-02-30", "'2026-02-30' is not a real calendar day; write it as 2026-11-19 or 2026-11-19 14:00"],
		["2026-11-19 25:00", "'2026-11-19 25:00' has a time that does not exist; write it as 2026-11-19 or 2026-11-19 14:00"],
		["19/11/2026", "'19/11/2026' is not a date; write it as 2026-11-19 or 2026-11-19 14:00"],
	])("rejects %s with a message", (text, message) => {
		expect(parseDateText(text)).toEqual({ ok: false, message });
	});
});

describe("real calendar days", () => {
	it("accepts exactly the days the calendar has, leap years included (checked against Date over 1000–2800)", () => {
		const wrong: string[] = [];
		for (let y = 1000; y <= 2800; y += y % 100 === 96 ? 1 : 3) {
			for (let m = 0; m <= 13; m++) {
				for (let d = 0; d <= 32; d++) {
					const real = m >= 1 && m <= 12 && d >= 1 && new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
					const text = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
					if (parseDateText(text).ok !== real) wrong.push(text);
				}
			}
		}
		expect(wrong).toEqual([]);
		expect(["2024-02-29", "2000-02-29", "1600-02-29"].map((t) => parseDateText(t).ok)).toEqual([true, true, true]);
		expect(["2026-02-29", "1900-02-29", "2100-02-29", "2026-04-31"].map((t) => parseDateText(t).ok)).toEqual([false, false, false, false]);
	});
});

describe("years before 1000 are a problem, never guessed", () => {
	it.each(["0026-11-20", "0026-11-20 14:00", "0026-11-20T14:00", "0999-12-31", "0000-01-01", "0100-02-28"])("%s", (text) => {
		const r = parseDateText(text);
		expect(r).toEqual({ ok: false, message: `'${text}' has the year ${text.slice(0, 4)}; years before 1000 are not accepted, write it as 2026-11-19 or 2026-11-19 14:00` });
	});
	it("the year 1000 and later are dates", () => {
		const r = parseDateText("1000-01-01");
		expect(r.ok && r.value.at.getFullYear()).toBe(1000);
	});
	it("a Date object from a YAML parser with a year before 1000 is a problem too", () => {
		for (const year of [26, 999, 0, -5]) {
			const d = new Date(Date.UTC(2000, 10, 20));
			d.setUTCFullYear(year);
			const r = parseDateValue(d);
			expect(r.ok, String(year)).toBe(false);
			if (!r.ok) expect(r.message).toMatch(new RegExp(`has the year ${year}; years before 1000 are not accepted`));
		}
		expect(parseDateValue(new Date(Date.UTC(1000, 0, 1))).ok).toBe(true);
	});
});

describe("parseDateValue: Date objects from a YAML parser are not shifted", () => {
	it("a YAML date (UTC midnight) is that local calendar day", () => {
		const r = parseDateValue(new Date(Date.UTC(2026, 10, 19)));
		expect(r).toEqual({ ok: true, value: { at: local(2026, 11, 19), dateOnly: true } });
	});
	it("a YAML timestamp without offset (read as UTC) keeps its wall-clock time", () => {
		const r = parseDateValue(new Date(Date.UTC(2026, 10, 19, 14, 0)));
		expect(r.ok && toLocalIso(r.value.at)).toBe("2026-11-19T14:00:00");
		expect(r.ok && r.value.dateOnly).toBe(false);
	});
	it.each([[42], [true], [[1, 2]], [{ a: 1 }], [new Date(NaN)], [null]])("%j is a problem, not a guess", (v) => {
		const r = parseDateValue(v);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.message).toMatch(/not a date/);
	});
});

describe("day arithmetic in local time", () => {
	it("end of day is 23:59:59 local", () => {
		expect(toLocalIso(endOfLocalDay(local(2026, 11, 19, 14), 1))).toBe("2026-11-20T23:59:59");
	});
	it("adding days keeps the wall clock across a month end", () => {
		expect(toLocalIso(addLocalDays(local(2026, 10, 28, 9), 7))).toBe("2026-11-04T09:00:00");
	});
});
