import { describe, expect, it } from "vitest";
import { load } from "js-yaml";
import { parseInterview } from "../../src/core/interview";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import {
	newInterviewName,
	newInterviewText,
	parseInterviewerList,
	safeFileName,
	validateFields,
	yamlScalar,
} from "../../src/core/new-note";

const fields = { company: "Northwind Traders", role: "Operations Analyst", date: "2026-11-19 14:00", interviewers: "Ms. Dana Whitfield, dr sam ortiz\nLee Park" };

describe("new interview fields", () => {
	it("reads interviewers separated by commas or lines, with honorifics", () => {
		expect(parseInterviewerList(fields.interviewers)).toEqual([
			{ name: "Dana Whitfield", honorific: "Ms." },
			{ name: "sam ortiz", honorific: "Dr." },
			{ name: "Lee Park" },
		]);
		expect(parseInterviewerList(" ,\n ")).toEqual([]);
		// A lone word that looks like an honorific is a name, not a title.
		expect(parseInterviewerList("Prof")).toEqual([{ name: "Prof" }]);
	});

	it("rejects a bad date with the reason and how to write it", () => {
		const r = validateFields({ ...fields, date: "next Tuesday" });
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.message).toMatch(/'next Tuesday' is not a date; write it as 2026-11-19/);
		const r2 = validateFields({ ...fields, date: "2026-02-30" });
		expect(r2.ok).toBe(false);
		if (!r2.ok) expect(r2.message).toMatch(/not a real calendar day/);
	});

	it("asks for missing company, role and date", () => {
		expect(validateFields({ ...fields, company: "  " })).toEqual({ ok: false, message: "Enter the company's name." });
		expect(validateFields({ ...fields, role: "" })).toEqual({ ok: false, message: "Enter the role you interviewed for." });
		expect(validateFields({ ...fields, date: "" }).ok).toBe(false);
	});
});

describe("new interview note", () => {
	const ok = validateFields(fields);
	if (!ok.ok) throw new Error(ok.message);
	const input = ok.value;

	it("writes the design's keys, which parse back to the same interview, and the headings", () => {
		const text = newInterviewText(input, DEFAULT_SETTINGS);
		const fm = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? "";
		const parsed = parseInterview("Interviews/x.md", load(fm));
		expect(parsed.problems).toEqual([]);
		expect(parsed.interview.company).toBe("Northwind Traders");
		expect(parsed.interview.date?.dateOnly).toBe(false);
		expect(parsed.interview.date?.at.getTime()).toBe(new Date(2026, 10, 19, 14, 0).getTime());
		expect(parsed.interview.interviewers.map((p) => [p.name, p.honorific])).toEqual([
			["Dana Whitfield", "Ms."],
			["sam ortiz", "Dr."],
			["Lee Park", undefined],
		]);
		for (const key of ["type", "decision_by", "interest", "outcome", "debriefed", "thank_you_sent", "status_checks", "requests", "snoozed_until"]) {
			expect(fm).toMatch(new RegExp(`^${key}:`, "m"));
		}
		const headings = text.split("\n").filter((l) => l.startsWith("## "));
		expect(headings).toEqual(["## Highlights", "## Wish I had said", "## Since the interview", "## Questions they asked", "## Debrief"]);
	});

	it("quotes values YAML would misread", () => {
		expect(yamlScalar("Acme: Labs")).toBe('"Acme: Labs"');
		expect(yamlScalar("yes")).toBe('"yes"');
		expect(yamlScalar("3M")).toBe('"3M"');
		expect(yamlScalar("# Tag")).toBe('"# Tag"');
		expect(yamlScalar("Northwind Traders")).toBe("Northwind Traders");
		const text = newInterviewText({ ...input, company: 'Acme: "Labs" #1', interviewers: [] }, DEFAULT_SETTINGS);
		const fm = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? "";
		expect((load(fm) as Record<string, unknown>).company).toBe('Acme: "Labs" #1');
	});

	it("names the file from the pattern without illegal characters", () => {
		expect(newInterviewName(input, DEFAULT_SETTINGS)).toBe("2026-11-19 Northwind Traders - Operations Analyst");
		expect(newInterviewName({ ...input, company: "A/B: C?", role: "R*|D" }, DEFAULT_SETTINGS)).toBe("2026-11-19 A B C - R D");
		expect(safeFileName("..\u0007..", "Fallback")).toBe("Fallback");
	});
});
