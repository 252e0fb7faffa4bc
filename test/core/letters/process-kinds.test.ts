/** The letters for the later steps of the process: materials, offer thanks and the update to a connection. */
import { describe, expect, it } from "vitest";
import { parseInterview, type Interview } from "../../../src/core/interview";
import { draftLetters, recipientsFor, type LetterKind } from "../../../src/core/letters/index";
import type { LetterFormat } from "../../../src/core/settings";
import { reviewDraft } from "../../../src/core/review";
import type { NoteSections } from "../../../src/core/sections";
import { local, SENDER_SETTINGS } from "./load";

const EMPTY: NoteSections = { highlights: [], wishIHadSaid: [], sinceInterview: [], questionsAsked: [], debrief: [] };

const interview = (fm: Record<string, unknown>): Interview =>
	parseInterview("Interviews/Test.md", {
		company: "Northwind Traders",
		role: "Operations Analyst",
		date: "2026-11-19 14:00",
		interviewers: [{ name: "Dana Whitfield", honorific: "Ms.", email: "dana@northwind.example" }, { name: "Lee Chen", honorific: "Dr." }],
		...fm,
	}).interview;

const draft = (kind: LetterKind, iv: Interview, format: LetterFormat = "email", sections = EMPTY, now = local(2026, 11, 28)) =>
	draftLetters({ interview: iv, sections, settings: SENDER_SETTINGS, kind, format, now });

describe("materials: the cover note sending what they asked for", () => {
	const iv = interview({ contact: "Lee Chen", requests: [{ item: "A writing sample", asked: "2026-11-19" }] });
	it("goes to the contact, names the item, and the subject has no tail", () => {
		const drafts = draft("materials", iv);
		expect(drafts.map((d) => d.recipient)).toEqual(["Lee Chen"]);
		expect(drafts[0]?.subject).toBe("Writing sample for the Operations Analyst role");
		expect(drafts[0]?.text).toContain("As you asked, I attach the writing sample.");
	});
	it("needs an open request, as the progress note does", () => {
		expect(draft("materials", interview({}))).toEqual([]);
	});
});

describe("offer-thanks", () => {
	it("thanks, confirms receipt and says the answer comes by the deadline, to the contact only", () => {
		const iv = interview({ outcome: "offer", outcome_date: "2026-11-27", offer_deadline: "2026-12-04" });
		const [d, ...rest] = draft("offer-thanks", iv);
		expect(rest).toEqual([]);
		expect(d?.recipient).toBe("Dana Whitfield");
		expect(d?.subject).toBe("Your offer for the Operations Analyst role");
		expect(d?.text).toContain("Thank you very much for the offer of the Operations Analyst role at Northwind Traders, which I received on 27 November.");
		expect(d?.text).toContain("I will give you my answer by 4 December.");
		expect(d?.warnings).toEqual([]);
	});
	it("without a deadline the day is a placeholder; a note that is not an offer warns", () => {
		const [d] = draft("offer-thanks", interview({ outcome: "pending" }));
		expect(d?.text).toContain("I will give you my answer by [TODO: the date you will reply by].");
		expect(d?.warnings).toEqual(["The note's outcome is 'pending', not 'offer'; send this once they have made you an offer."]);
	});
	it("follows the date style", () => {
		const iv = interview({ outcome: "offer", offer_deadline: "2026-12-04" });
		const [d] = draftLetters({ interview: iv, sections: EMPTY, settings: { ...SENDER_SETTINGS, dateStyle: "us" }, kind: "offer-thanks", format: "card", now: local(2026, 11, 28) });
		expect(d?.text).toContain("I will give you my answer by December 4.");
	});
});

describe("connection-update", () => {
	const iv = interview({ connections: ["Sam Ortiz", { name: "Dr. Ana Ruiz", salutation: "Ana" }, { name: "Kim Park", salutation: "Professor Park" }] });
	const sections: NoteSections = { ...EMPTY, highlights: [{ text: "Their warehouse moves to a new routing system in spring", tiesTo: "my routing project", line: 3 }] };
	it("one to each connection, greeted by first name unless a salutation is written", () => {
		expect(recipientsFor("connection-update", iv).map((p) => p.name)).toEqual(["Sam Ortiz", "Dr. Ana Ruiz", "Kim Park"]);
		const drafts = draft("connection-update", iv, "email", sections);
		expect(drafts.map((d) => d.text.split("\n")[2])).toEqual(["Dear Sam,", "Dear Ana,", "Dear Professor Park,"]);
		expect(drafts[0]?.title).toBe("Update to a connection to Sam Ortiz — Northwind Traders");
	});
	it("says where, for what and with whom; the note's 'their' stays the company's; a light ask", () => {
		const [d] = draft("connection-update", iv, "email", sections);
		expect(d?.text).toContain(
			"I wanted to let you know that I interviewed on 19 November for the Operations Analyst role at Northwind Traders with Ms. Whitfield and Dr. Chen. One thing that stood out: their warehouse moves to a new routing system in spring.",
		);
		expect(d?.text).toContain("I would be glad to hear it");
	});
	it("a formal letter's recipient block is the connection's full name", () => {
		const [d] = draft("connection-update", iv, "letter", sections);
		expect(d?.text).toContain("\n\nSam Ortiz\n\nDear Sam,\n");
	});
	it("--to picks among the connections, not the interviewers", () => {
		expect(draftLetters({ interview: iv, sections, settings: SENDER_SETTINGS, kind: "connection-update", format: "email", now: local(2026, 11, 20), to: "ortiz" }).map((d) => d.recipient)).toEqual(["Sam Ortiz"]);
		expect(draftLetters({ interview: iv, sections, settings: SENDER_SETTINGS, kind: "connection-update", format: "email", now: local(2026, 11, 20), to: "Dana" })).toEqual([]);
	});
	it("with no connections: a placeholder and a warning", () => {
		const [d] = draft("connection-update", interview({}));
		expect(d?.text).toContain("Dear [TODO: your contact's name],");
		expect(d?.warnings).toEqual(["The note lists no connections: add connections: with the people you know near the company."]);
	});
	it("review does not flag its first-name greeting (the descriptor says so); other kinds still are", () => {
		const text = "Dear Sam,\n\nI interviewed at Northwind Traders.\n\nBest wishes,\nMorgan Ellis\n";
		const none = interview({ interviewers: [] });
		const rules = (kind: LetterKind) => reviewDraft(text, { now: local(2026, 11, 20), settings: SENDER_SETTINGS, interview: none, kind, format: "email" }).map((f) => f.rule);
		expect(rules("connection-update")).not.toContain("first-name-salutation");
		expect(rules("thank-you")).toContain("first-name-salutation");
	});
});
