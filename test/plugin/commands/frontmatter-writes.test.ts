import { describe, expect, it } from "vitest";
import { appendStatusCheck, markRequestSent, setDateKey, setOutcome, stepEdit } from "../../../src/plugin/frontmatter-writes";

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
		expect(markRequestSent(fm, 0, "2026-11-20").changed).toBe(true);
		expect(markRequestSent(fm, 1, "2026-11-20").changed).toBe(true);
		expect(fm.requests).toEqual([
			{ item: "Writing sample", asked: "2026-11-19", sent: "2026-11-20", note: "PDF" },
			{ item: "References", sent: "2026-11-20" },
		]);
		expect(markRequestSent(fm, 0, "2026-11-21").changed).toBe(false);
		expect(markRequestSent(fm, 5, "2026-11-21").changed).toBe(false);
	});

	it("sets outcome and outcome_date together", () => {
		const fm: Record<string, unknown> = { outcome: "pending" };
		expect(setOutcome(fm, "rejected", "2026-12-05").changed).toBe(true);
		expect(fm).toEqual({ outcome: "rejected", outcome_date: "2026-12-05" });
		expect(setOutcome(fm, "rejected", "2026-12-06").changed).toBe(false);
	});

	it("records today's local date", () => {
		const fm: Record<string, unknown> = {};
		stepEdit("thank-you-sent", new Date(2026, 10, 22, 23, 59))(fm);
		expect(fm).toEqual({ thank_you_sent: "2026-11-22" });
	});
});
