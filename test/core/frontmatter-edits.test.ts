import { describe, expect, it } from "vitest";
import { appendStatusCheck, markRequestSent, markThanked, setDateKey, setOutcome, stepEdit } from "../../src/core/frontmatter-edits";

describe("mark-done edits", () => {
	it("sets a date key once and never overwrites it", () => {
		const fm: Record<string, unknown> = { debriefed: null };
		expect(setDateKey(fm, "debriefed", "2026-11-22", "Debriefed").changed).toBe(true);
		expect(fm.debriefed).toBe("2026-11-22");
		const again = setDateKey(fm, "debriefed", "2026-11-23", "Debriefed");
		expect(again).toEqual({ changed: false, message: "Debriefed was already recorded (debriefed: 2026-11-22)." });
		expect(fm.debriefed).toBe("2026-11-22");
	});

	it("appends status checks, turning a single date into a list", () => {
		const fm: Record<string, unknown> = { status_checks: "2026-12-04" };
		expect(appendStatusCheck(fm, "2026-12-11").changed).toBe(true);
		expect(fm.status_checks).toEqual(["2026-12-04", "2026-12-11"]);
		expect(appendStatusCheck(fm, "2026-12-11").changed).toBe(false);
		const empty: Record<string, unknown> = {};
		appendStatusCheck(empty, "2026-12-04");
		expect(empty.status_checks).toEqual(["2026-12-04"]);
	});

	it("marks one request sent, keeping its other fields", () => {
		const fm: Record<string, unknown> = { requests: [{ item: "Writing sample", asked: "2026-11-19", sent: null, note: "PDF" }, "References"] };
		expect(markRequestSent(fm, "Writing sample", "2026-11-20").changed).toBe(true);
		expect(markRequestSent(fm, "References", "2026-11-20").changed).toBe(true);
		expect(fm.requests).toEqual([
			{ item: "Writing sample", asked: "2026-11-19", sent: "2026-11-20", note: "PDF" },
			{ item: "References", sent: "2026-11-20" },
		]);
		expect(markRequestSent(fm, "Writing sample", "2026-11-21").changed).toBe(false);
		expect(markRequestSent(fm, "Portfolio", "2026-11-21").changed).toBe(false);
	});

	it("sets outcome and outcome_date together", () => {
		const fm: Record<string, unknown> = { outcome: "pending" };
		expect(setOutcome(fm, "rejected", "2026-12-05").changed).toBe(true);
		expect(fm).toEqual({ outcome: "rejected", outcome_date: "2026-12-05" });
		expect(setOutcome(fm, "rejected", "2026-12-06").changed).toBe(false);
	});

	it("records today's local date", () => {
		const fm: Record<string, unknown> = {};
		stepEdit("thank-you", new Date(2026, 10, 22, 23, 59))(fm);
		expect(fm).toEqual({ thank_you_sent: "2026-11-22" });
	});

	it("finds a request by its item at write time, not by its position", () => {
		// A request was inserted above "Writing sample" after the view last refreshed.
		const fm: Record<string, unknown> = { requests: [{ item: "Portfolio", asked: "2026-11-21" }, { item: "Writing sample", asked: "2026-11-19" }] };
		expect(markRequestSent(fm, "writing  SAMPLE", "2026-11-22").changed).toBe(true);
		expect(fm.requests).toEqual([{ item: "Portfolio", asked: "2026-11-21" }, { item: "Writing sample", asked: "2026-11-19", sent: "2026-11-22" }]);
		const gone = markRequestSent({ requests: [] }, "Writing sample", "2026-11-22");
		expect(gone).toEqual({ changed: false, message: "The request 'Writing sample' is no longer in the note's requests list; nothing was written.", notFound: true });
	});

	it("asks before replacing a value that is not a date, and replaces it when told", () => {
		for (const value of ["not yet", false, "soon"]) {
			const fm: Record<string, unknown> = { thank_you_sent: value };
			const asked = stepEdit("thank-you", new Date(2026, 10, 22, 9))(fm);
			expect(asked.changed).toBe(false);
			expect(asked.notADate).toEqual({ key: "thank_you_sent", value: typeof value === "string" ? value : "false" });
			expect(fm.thank_you_sent).toBe(value);
			const replaced = stepEdit("thank-you", new Date(2026, 10, 22, 9), { replace: true })(fm);
			expect(replaced).toEqual({ changed: true, message: "Thank-you sent: recorded 2026-11-22." });
			expect(fm.thank_you_sent).toBe("2026-11-22");
		}
	});

	it("never replaces a date, even when told to", () => {
		const fm: Record<string, unknown> = { debriefed: "2026-11-19 18:00" };
		expect(stepEdit("debriefed", new Date(2026, 10, 22), { replace: true })(fm).changed).toBe(false);
		expect(fm.debriefed).toBe("2026-11-19 18:00");
	});
});

describe("markThanked", () => {
	const day = "2026-11-20";
	it.each([
		["a link entry becomes an object", ["[[Dana Whitfield]]", "Sam Ortiz"], "[[Dana Whitfield]]", [{ name: "[[Dana Whitfield]]", thanked: day }, "Sam Ortiz"]],
		["found by the person's name", ["[[People/Dana Whitfield|Dana]]"], "Dana Whitfield", [{ name: "[[People/Dana Whitfield|Dana]]", thanked: day }]],
		["a plain name becomes an object", ["Dana Whitfield", "Sam Ortiz"], "sam ortiz", ["Dana Whitfield", { name: "Sam Ortiz", thanked: day }]],
		["an object keeps its fields", [{ name: "[[Dana Whitfield]]", title: "COO" }], "[[Dana Whitfield]]", [{ name: "[[Dana Whitfield]]", title: "COO", thanked: day }]],
		["an unquoted link is written back as a link", [[["Dana Whitfield"]]], "Dana Whitfield", [{ name: "[[Dana Whitfield]]", thanked: day }]],
		["a single entry that is not a list", "[[Dana Whitfield]]", "Dana Whitfield", { name: "[[Dana Whitfield]]", thanked: day }],
		["a link entry found by its surname alone", ["[[Dana Whitfield]]", "Sam Ortiz"], "Whitfield", [{ name: "[[Dana Whitfield]]", thanked: day }, "Sam Ortiz"]],
		["a link entry found by its first name alone", ["[[People/Dana Whitfield|Dana]]", "Sam Ortiz"], "dana", [{ name: "[[People/Dana Whitfield|Dana]]", thanked: day }, "Sam Ortiz"]],
		["an object with a link name found by an accent-free surname", [{ name: "[[Seán Ó Ceallaigh]]" }], "O Ceallaigh", [{ name: "[[Seán Ó Ceallaigh]]", thanked: day }]],
	])("%s", (_label, interviewers, name, expected) => {
		const fm: Record<string, unknown> = { company: "Northwind", interviewers, thank_you_sent: null };
		const r = markThanked(fm, name, day);
		expect(r.changed).toBe(true);
		expect(fm).toEqual({ company: "Northwind", interviewers: expected, thank_you_sent: null });
	});

	it("a date already there stays; a non-date is replaced only when asked", () => {
		const fm = { interviewers: [{ name: "Dana", thanked: "2026-11-19" }, { name: "Sam", thanked: "yes" }] };
		expect(markThanked(fm, "Dana", day)).toMatchObject({ changed: false, message: "Dana was already marked thanked (2026-11-19)." });
		expect(markThanked(fm, "Sam", day)).toMatchObject({ changed: false, notADate: { key: "thanked", value: "yes" } });
		expect(fm.interviewers[1]?.thanked).toBe("yes");
		expect(markThanked(fm, "Sam", day, true).changed).toBe(true);
		expect(fm.interviewers[1]?.thanked).toBe(day);
	});

	it("writes nothing when the name is not there or is there twice", () => {
		const fm = { interviewers: ["Sam Ortiz", "[[Sam Ortiz]]", "Dana"] };
		const before = JSON.stringify(fm);
		expect(markThanked(fm, "Sam Ortiz", day)).toMatchObject({ changed: false, message: "More than one interviewer in the note's interviewers list is 'Sam Ortiz'; nothing was written." });
		expect(markThanked(fm, "Priya", day)).toMatchObject({ changed: false, message: "No interviewer named 'Priya' is in the note's interviewers list; nothing was written." });
		expect(markThanked(fm, "Ortiz", day)).toMatchObject({ changed: false, message: "More than one interviewer in the note's interviewers list is 'Ortiz'; nothing was written." });
		expect(markThanked({}, "Priya", day).changed).toBe(false);
		expect(JSON.stringify(fm)).toBe(before);
	});
});
