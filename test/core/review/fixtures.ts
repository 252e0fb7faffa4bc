/** Shared inputs for the review tests: the Northwind interview of DESIGN §1 and its sections. */
import { parseInterview, type Interview } from "../../../src/core/interview";
import type { NoteSections, SectionEntry } from "../../../src/core/sections";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/core/settings";
import { reviewDraft, type Finding, type ReviewContext } from "../../../src/core/review";

export const NOW = new Date(2026, 10, 20, 9, 0);

export function interview(extra: Record<string, unknown> = {}): Interview {
	return parseInterview("Interviews/Northwind.md", {
		type: "interview",
		company: "Northwind Traders",
		role: "Operations Analyst",
		date: "2026-11-19 14:00",
		interviewers: [
			{ name: "Dana Whitfield", honorific: "Ms.", title: "Head of Operations" },
			{ name: "Sam Ortiz" },
		],
		...extra,
	}).interview;
}

const entry = (text: string, line: number, tiesTo?: string): SectionEntry => (tiesTo ? { text, tiesTo, line } : { text, line });

export const SECTIONS: NoteSections = {
	highlights: [entry("Their warehouse moves to a new routing system in spring", 3, "my routing project at Contoso")],
	wishIHadSaid: [entry("I led the vendor consolidation that cut freight costs by 12%", 6)],
	sinceInterview: [entry("I finished the APICS supply chain certificate", 9)],
	questionsAsked: [],
	debrief: [],
};

export const settings = (over: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...over });

export const ctx = (over: Partial<ReviewContext> = {}): ReviewContext => ({
	now: NOW,
	settings: settings(),
	interview: interview(),
	sections: SECTIONS,
	kind: "thank-you",
	...over,
});

/** 1-based line of the first line containing `needle`. */
export const lineOf = (text: string, needle: string): number => text.split("\n").findIndex((l) => l.includes(needle)) + 1;

/** The findings of one rule for `text`. */
export const only = (text: string, rule: string, c: ReviewContext = ctx()): Finding[] => reviewDraft(text, c).filter((x) => x.rule === rule);
