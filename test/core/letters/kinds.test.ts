/**
 * Adding a letter kind is one entry in LETTER_KIND_TABLE plus its composer:
 * titles, commands, help and review's expectations come from the table.
 */
import { describe, expect, it } from "vitest";
import { LETTER_KINDS, LETTER_KIND_TABLE, draftLetters, isLetterKind, letterKind } from "../../../src/core/letters/index";
import { parseInterview } from "../../../src/core/interview";
import { resolveSettings } from "../../../src/core/settings";

const { interview } = parseInterview("Interviews/Northwind.md", {
	company: "Northwind Traders",
	role: "Operations Analyst",
	date: "2026-11-19 14:00",
	outcome: "rejected",
	interviewers: [{ name: "Dana Whitfield", honorific: "Ms.", email: "dana@northwind.example" }],
	requests: [{ item: "Writing sample", asked: "2026-11-19" }],
});
const settings = resolveSettings(undefined).settings;
const sections = { highlights: [], wishIHadSaid: [], sinceInterview: [], questionsAsked: [], debrief: [] };

describe("the letter kinds table", () => {
	it("lists every kind once", () => {
		expect(LETTER_KINDS).toEqual(Object.keys(LETTER_KIND_TABLE));
		for (const kind of LETTER_KINDS) expect(isLetterKind(kind)).toBe(true);
		expect(isLetterKind("constructor")).toBe(false);
	});

	it("names each kind distinctly for titles, files and commands", () => {
		for (const field of ["title", "short", "command", "help"] as const) {
			const values = LETTER_KINDS.map((k) => letterKind(k)[field]);
			expect(new Set(values).size).toBe(values.length);
		}
		for (const kind of LETTER_KINDS) expect(letterKind(kind).command).toMatch(/^Draft [a-z]/);
	});

	it.each(LETTER_KINDS)("%s drafts from a note with the table's title", (kind) => {
		const drafts = draftLetters({ interview, sections, settings, kind, format: "email", now: new Date(2026, 10, 22, 9) });
		expect(drafts).toHaveLength(1);
		expect(drafts[0]?.title.startsWith(letterKind(kind).title)).toBe(true);
		expect(drafts[0]?.text.startsWith(letterKind(kind).reader === "company" ? "To: Dana Whitfield <dana@northwind.example>\nSubject: " : "Subject: ")).toBe(true);
	});
});
