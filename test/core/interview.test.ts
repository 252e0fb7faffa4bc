import { describe, expect, it } from "vitest";
import { toLocalIso } from "../../src/core/dates";
import { formalName, openRequests, parseInterview } from "../../src/core/interview";

const full = {
	type: "interview",
	company: "Northwind Traders",
	role: "Operations Analyst",
	date: "2026-11-19 14:00",
	round: 1,
	interviewers: [
		{ name: "Dana Whitfield", honorific: "Ms.", title: "Head of Operations", email: "dana.whitfield@northwind.example", phone: "+1 555 0142", prefers: "email", thanked: "2026-11-20" },
		"Sam Ortiz",
	],
	decision_by: "2026-12-03",
	next_step: "Panel with the team",
	next_round: "2026-12-10",
	interest: "yes",
	outcome: "pending",
	outcome_date: "2026-12-05",
	debriefed: "2026-11-19",
	thank_you_sent: "2026-11-20",
	references_notified: "2026-11-20",
	status_checks: ["2026-12-11", "2026-12-04"],
	rejection_thanks_sent: null,
	withdrawal_sent: null,
	requests: [{ item: "Writing sample", asked: "2026-11-19", sent: null }],
	snoozed_until: null,
};

const iso = (w?: { at: Date }) => (w ? toLocalIso(w.at) : undefined);

describe("parseInterview: the DESIGN §1 example", () => {
	const { interview: i, problems } = parseInterview("Interviews/Northwind.md", full);
	it("has no problems", () => expect(problems).toEqual([]));
	it("reads text, numbers and enums", () => {
		expect(i).toMatchObject({ path: "Interviews/Northwind.md", company: "Northwind Traders", role: "Operations Analyst", round: 1, nextStep: "Panel with the team", interest: "yes", outcome: "pending" });
	});
	it("reads the date as local wall-clock time", () => {
		expect(iso(i.date)).toBe("2026-11-19T14:00:00");
		expect(i.date?.dateOnly).toBe(false);
		expect(i.decisionBy?.dateOnly).toBe(true);
		expect(iso(i.decisionBy)).toBe("2026-12-03T00:00:00");
	});
	it("reads interviewers as objects or bare strings", () => {
		expect(i.interviewers.map((p) => p.name)).toEqual(["Dana Whitfield", "Sam Ortiz"]);
		expect(i.interviewers[0]).toMatchObject({ honorific: "Ms.", title: "Head of Operations", prefers: "email" });
		expect(iso(i.interviewers[0]?.thanked)).toBe("2026-11-20T00:00:00");
	});
	it("sorts status checks and reads requests with their list index", () => {
		expect(i.statusChecks.map(iso)).toEqual(["2026-12-04T00:00:00", "2026-12-11T00:00:00"]);
		expect(i.requests).toHaveLength(1);
		expect(i.requests[0]).toMatchObject({ item: "Writing sample", index: 0 });
		expect(i.requests[0]?.sent).toBeUndefined();
	});
	it("lists the requests not yet sent, in note order", () => {
		const requests = [{ item: "CV", asked: "2026-11-19", sent: "2026-11-20" }, { item: "Writing sample", asked: "2026-11-19" }, "Two references"];
		const iv = parseInterview("Interviews/N.md", { ...full, requests }).interview;
		expect(openRequests(iv).map((r) => [r.item, r.index])).toEqual([["Writing sample", 1], ["Two references", 2]]);
	});
	it("leaves empty keys unset", () => {
		expect(i.done.rejection_thanks_sent).toBeUndefined();
		expect(i.snoozedUntil).toBeUndefined();
	});
});

describe("parseInterview: table of field rules", () => {
	const base = { company: "Acme", role: "Engineer", date: "2026-11-19" };
	it.each([
		["defaults for interest and outcome", {}, { interest: "yes", outcome: "pending" }, []],
		["YAML 1.1 booleans for interest", { interest: false }, { interest: "no" }, []],
		["case-insensitive enum", { outcome: "Next-Round" }, { outcome: "next-round" }, []],
		["status_checks as a single date", { status_checks: "2026-12-04" }, { statusChecks: [expect.objectContaining({ dateOnly: true })] }, []],
		["a single interviewer string", { interviewers: "Sam Ortiz" }, { interviewers: [{ name: "Sam Ortiz" }] }, []],
		["numbers as text", { company: 3, role: 42 }, { company: "3", role: "42" }, []],
		["bad enum falls back", { outcome: "ghosted" }, { outcome: "pending" }, ["outcome is 'ghosted'; it should be one of pending, next-round, offer, rejected, withdrawn, no-response. Using 'pending'."]],
		["bad date is a problem", { debriefed: "yesterday" }, { debriefed: undefined }, ["debriefed 'yesterday' is not a date; write it as 2026-11-19 or 2026-11-19 14:00."]],
		["bad round", { round: "first" }, { round: undefined }, ["round is 'first'; it should be a whole number such as 1 or 2."]],
		["interviewer without name", { interviewers: [{ title: "CTO" }] }, { interviewers: [] }, ["interviewers item 1 has no name; add name: with the person's full name."]],
		["request without item", { requests: [{ asked: "2026-11-19" }] }, { requests: [] }, ["requests item 1 has no item; say what was asked for with item:."]],
		["requests not a list", { requests: "CV" }, { requests: [] }, ["requests is 'CV'; it should be a list of items with item:, asked: and sent:."]],
		["bad status check date", { status_checks: ["2026-12-04", "soon"] }, { statusChecks: [expect.anything()] }, ["status_checks item 2 'soon' is not a date; write it as 2026-11-19 or 2026-11-19 14:00."]],
		["company as a list", { company: ["a"] }, { company: "" }, ["company is a list; it should be plain text."]],
		["a nested value as a date", { debriefed: { on: "2026-11-19" } }, { debriefed: undefined }, ["debriefed is a nested value, not a date; write it as 2026-11-19 or 2026-11-19 14:00."]],
		["a list as a date", { thank_you_sent: ["2026-11-20"] }, { thankYouSent: undefined }, ["thank_you_sent is a list, not a date; write it as 2026-11-19 or 2026-11-19 14:00."]],
		["a nested thanked", { interviewers: [{ name: "Dana Whitfield", thanked: { on: "2026-11-20" } }] }, { interviewers: [{ name: "Dana Whitfield" }] }, ["interviewers item 1 (Dana Whitfield): thanked is a nested value, not a date; write it as 2026-11-19 or 2026-11-19 14:00."]],
		["a nested asked", { requests: [{ item: "CV", asked: { on: "x" } }] }, { requests: [{ item: "CV", index: 0 }] }, ["requests item 1 (CV): asked is a nested value, not a date; write it as 2026-11-19 or 2026-11-19 14:00."]],
		["a year before 1000", { decision_by: "0026-11-20" }, { decisionBy: undefined }, ["decision_by '0026-11-20' has the year 0026; years before 1000 are not accepted, write it as 2026-11-19 or 2026-11-19 14:00."]],
	] as const)("%s", (_name, extra, expected, problems) => {
		const r = parseInterview("x.md", { ...base, ...extra });
		const want: Record<string, unknown> = expected;
		for (const [key, value] of Object.entries(want)) {
			if (value === undefined) expect((r.interview as unknown as Record<string, unknown>)[key]).toBeUndefined();
			else expect(r.interview).toMatchObject({ [key]: value });
		}
		expect(r.problems).toEqual(problems);
	});

	it("a nested date is a sentence, not 'date a nested value is not a date'", () => {
		const r = parseInterview("x.md", { date: { day: "2026-11-19" } });
		expect(r.interview.date).toBeUndefined();
		expect(r.problems).toEqual(["date is a nested value, not a date; write it as 2026-11-19 or 2026-11-19 14:00."]);
	});
	it("a year before 1000 is a problem, never a date in the 1900s", () => {
		for (const date of ["0026-11-20", "0999-01-01 10:00", "0000-01-01"]) {
			const r = parseInterview("x.md", { date });
			expect(r.interview.date, date).toBeUndefined();
			expect(r.problems[0], date).toMatch(/^date '.+' has the year 0\d\d\d; years before 1000 are not accepted/);
		}
	});
	it("a note without a date is a problem", () => {
		expect(parseInterview("x.md", { company: "Acme" }).problems).toEqual(["date is missing; add the interview's date, e.g. date: 2026-11-19 14:00."]);
	});
	it("an unparseable date names the key and value", () => {
		const r = parseInterview("x.md", { date: "next tuesday" });
		expect(r.interview.date).toBeUndefined();
		expect(r.problems).toEqual(["date 'next tuesday' is not a date; write it as 2026-11-19 or 2026-11-19 14:00."]);
	});
	it.each([[null], [undefined], ["text"], [[1, 2]], [42], [new Date(0)]])("never throws on frontmatter %j", (fm) => {
		expect(() => parseInterview("x.md", fm)).not.toThrow();
		const problems = parseInterview("x.md", fm).problems;
		// Nothing to read: only the missing date; anything else that is not key: value lines is named first.
		expect(problems).toHaveLength(fm === null || fm === undefined ? 1 : 2);
		expect(problems.at(-1)).toBe("date is missing; add the interview's date, e.g. date: 2026-11-19 14:00.");
	});
});

describe("formalName", () => {
	it.each([
		[{ name: "Dana Whitfield", honorific: "Ms." }, "Ms. Whitfield"],
		[{ name: "Priya van der Berg", honorific: "Dr." }, "Dr. van der Berg"],
		[{ name: "Sam Ortiz" }, "Sam Ortiz"],
		[{ name: "Lee", honorific: "Mx." }, "Mx. Lee"],
	])("%j → %s", (person, expected) => expect(formalName(person)).toBe(expected));
});
