/** What the letters say (DESIGN §3.2, issue 14 "Content"). */
import { describe, expect, it } from "vitest";
import { parseInterview, type Interview } from "../../../src/core/interview";
import { draftLetters, type LetterKind } from "../../../src/core/letters/index";
import { inBrackets } from "../../../src/core/letters/text";
import type { LetterFormat } from "../../../src/core/settings";
import type { NoteSections } from "../../../src/core/sections";
import { loadFixture, local, SENDER_SETTINGS } from "./load";

const EMPTY: NoteSections = { highlights: [], wishIHadSaid: [], sinceInterview: [], questionsAsked: [], debrief: [] };
const entry = (text: string, line = 1) => ({ text, line });
const iv = (fm: Record<string, unknown> = {}): Interview =>
	parseInterview("Interviews/T.md", {
		company: "Northwind Traders",
		role: "Operations Analyst",
		date: "2026-11-19 14:00",
		interviewers: [{ name: "Dana Whitfield", honorific: "Ms." }],
		...fm,
	}).interview;
const draft = (kind: LetterKind, interview: Interview, sections: NoteSections, format: LetterFormat = "email", extra = {}) =>
	draftLetters({ interview, sections, settings: SENDER_SETTINGS, kind, format, now: local(2026, 11, 20), ...extra });

describe("every wish and since point that fits", () => {
	it("all short points go in, in the note's order, with no warning", () => {
		const sections = { ...EMPTY, wishIHadSaid: [entry("I trained twelve dispatchers"), entry("That I speak Portuguese")], sinceInterview: [entry("I finished the APICS certificate")] };
		const [d] = draft("thank-you", iv(), sections);
		expect(d?.text).toContain(
			"I would also like to add a point I did not make clearly when we spoke: I trained twelve dispatchers. Another point worth adding: I speak Portuguese. Since we met, there is one update worth sharing: I finished the APICS certificate.",
		);
		expect(d?.warnings).toEqual([]);
	});

	it("what does not fit is named in a warning, never dropped without a word", () => {
		const long = (n: number) => `Point ${n} ${"about the routing project and the dispatch team ".repeat(4).trim()}`;
		const sections = { ...EMPTY, wishIHadSaid: [1, 2, 3, 4, 5].map((n) => entry(long(n))) };
		const [d] = draft("thank-you", iv(), sections);
		const inText = [1, 2, 3, 4, 5].filter((n) => d?.text.includes(`Point ${n} `));
		expect(inText).toEqual([1, 2]);
		expect(d?.warnings).toEqual([
			`To keep the email short, it leaves out '${long(3)}' (Wish I had said), '${long(4)}' (Wish I had said), '${long(5)}' (Wish I had said); swap one in by hand if it matters more.`,
		]);
	});

	it("a status check carries the news since the interview, not the thank-you's highlight", () => {
		const { interview, sections } = loadFixture("full");
		const [d] = draftLetters({ interview, sections, settings: SENDER_SETTINGS, kind: "status-check", format: "email", now: local(2026, 12, 4) });
		expect(d?.text).toContain("I remain very interested in the role and in joining Northwind Traders. Since we met, there is one update worth sharing: I completed the APICS supply chain certificate.");
		expect(d?.text).not.toContain("routing");
	});
});

describe("a panel", () => {
	const { interview, sections } = loadFixture("panel");
	const letters = draftLetters({ interview, sections, settings: SENDER_SETTINGS, kind: "thank-you", format: "email", now: local(2026, 11, 17), everyone: true });
	const pointOf = (text: string) => /stood out for me: ([^.]*)/.exec(text)?.[1] ?? "";

	it("each person gets their own point first, and different people different points", () => {
		expect(letters.map((d) => [d.recipient, pointOf(d.text)])).toEqual([
			["Priya Raman", "you described the plan to bring the children's titles to tablets first, which ties to my work launching the tablet edition of Skyline at Wingtip"],
			["Jordan Blake", "your team tests every new level with families before release"],
			["Alex Kim", "Engineering ships a playable build every Friday"],
		]);
	});

	it("the closing differs by what the note gives for each reader", () => {
		const last = letters.map((d) => d.text.split("\n\n").find((p) => p.startsWith("Our conversation")) ?? "");
		expect(new Set(last).size).toBe(3);
		expect(last[1]).toContain("I look forward to hearing from you by 30 November");
		expect(last[0]).toContain("your perspective as VP of Product");
	});

	it("with more readers than points, points are shared only once each has been given", () => {
		const few = { ...EMPTY, highlights: [entry("The team reviews every delay on Mondays")] };
		const two = iv({ interviewers: [{ name: "Dana Whitfield", honorific: "Ms." }, { name: "Lee Chen", honorific: "Dr." }] });
		expect(draft("thank-you", two, few).map((d) => pointOf(d.text))).toEqual(["the team reviews every delay on Mondays", "the team reviews every delay on Mondays"]);
	});
});

describe("closing letters keep the door open and go to the contact", () => {
	const panel = iv({ interviewers: [{ name: "Dana Whitfield", honorific: "Ms." }, { name: "Lee Chen", honorific: "Dr." }], contact: "Lee Chen", outcome: "rejected" });
	it.each([
		["withdrawal", "if a role closer to my plans opens in the future, please keep me in mind"],
		["rejection-thanks", "If a role that suits my background opens in the future"],
	] as const)("%s", (kind, door) => {
		const drafts = draft(kind, panel, EMPTY);
		expect(drafts.map((d) => d.recipient)).toEqual(["Lee Chen"]);
		expect(drafts[0]?.text).toContain(door);
		expect(draft(kind, panel, EMPTY, "email", { everyone: true }).map((d) => d.recipient)).toEqual(["Dana Whitfield", "Lee Chen"]);
	});
});

describe("small things", () => {
	it("the card keeps the ties-to link", () => {
		const [d] = draft("thank-you", iv(), { ...EMPTY, highlights: [{ text: "Their routing system changes in spring", tiesTo: "my routing project", line: 1 }] }, "card");
		expect(d?.text).toContain("What stayed with me most was this: your routing system changes in spring, which ties to my routing project.");
	});

	it("asides never nest brackets", () => {
		expect(inBrackets("Visiting Fellow, Operations Research (Trinity partnership)")).toBe("(Visiting Fellow, Operations Research, Trinity partnership)");
		const withTitle = iv({ interviewers: [{ name: "Dana Whitfield", honorific: "Ms.", title: "Visiting Fellow, Operations Research (Trinity partnership)" }] });
		const [d] = draftLetters({ interview: withTitle, sections: EMPTY, settings: SENDER_SETTINGS, kind: "reference-heads-up", format: "email", now: local(2026, 11, 20) });
		expect(d?.text).toContain("Ms. Dana Whitfield (Visiting Fellow, Operations Research, Trinity partnership)");
	});
});

describe("drafting stays linear (issue 11, item 14)", () => {
	it("50 interviewers and a 1 MB note draft in a few seconds at most", () => {
		const interviewers = Array.from({ length: 50 }, (_, i) => ({ name: `Person${i} Surname${i}`, honorific: "Dr." }));
		// The sections of a 1 MB note as the adapters read them (the Markdown parsers are timed in their own tests).
		const highlights = Array.from({ length: 14_000 }, (_, i) => ({ text: `Person${i % 60} explained how the depot ${i} handles returns at the northern site`, tiesTo: "my returns project", line: i + 2 }));
		const sections = { ...EMPTY, highlights, wishIHadSaid: [entry("word ".repeat(200))] };
		expect(highlights.reduce((n, h) => n + h.text.length + h.tiesTo.length + 16, 0)).toBeGreaterThan(1_000_000);
		const start = performance.now();
		const drafts = draftLetters({ interview: iv({ interviewers }), sections, settings: SENDER_SETTINGS, kind: "thank-you", format: "email", now: local(2026, 11, 20) });
		const ms = performance.now() - start;
		expect(drafts).toHaveLength(50);
		expect(drafts[7]?.text).toContain("stood out for me: you explained how the depot 7 handles returns");
		expect(ms).toBeLessThan(3000);
	});
});
