import { describe, expect, it } from "vitest";
import { reviewFindings, reviewTarget, type ReviewedNote } from "../../../src/core/review/target";
import { ctx } from "./fixtures";

const DRAFTS = "Drafts";
const note = (over: Partial<ReviewedNote>): ReviewedNote => ({ body: "", bodyLine: 0, isInterview: false, ...over });

describe("reviewTarget", () => {
	it("a draft note: its whole body, the draft_of link, its kind and format", () => {
		const body = "Dear Ms. Whitfield,\n\nThank you.\n";
		const fm = { draft_of: "[[Interviews/Northwind|Northwind]]", kind: " thank-you ", format: "card" };
		expect(reviewTarget(note({ frontmatter: fm, body, bodyLine: 5 }), DRAFTS)).toEqual({
			text: body,
			lineOffset: 5,
			interview: { link: "Interviews/Northwind" },
			kind: "thank-you",
			format: "card",
		});
	});
	it("a draft without draft_of, or with an unknown kind or format, names nothing", () => {
		const fm = { kind: "love-letter", format: "fax", draft_of: 7 };
		expect(reviewTarget(note({ frontmatter: fm, body: "Hi\n", bodyLine: 4 }), DRAFTS)).toEqual({ text: "Hi\n", lineOffset: 4, interview: null });
		expect(reviewTarget(note({ body: "Hi\n" }), DRAFTS)).toEqual({ text: "Hi\n", lineOffset: 0, interview: null });
	});
	it("an interview note: the text under its drafts heading, on the note's lines, against itself", () => {
		const body = "## Highlights\n- a\n\n## Drafts\nDear Ms. Whitfield,\nThanks.\n## After\nx\n";
		const target = reviewTarget(note({ frontmatter: { type: "interview", kind: "thank-you" }, body, bodyLine: 3, isInterview: true }), DRAFTS);
		expect(target).toEqual({ text: "Dear Ms. Whitfield,\nThanks.\n", lineOffset: 3 + 4, interview: "self" });
	});
	it("an interview note without a drafts section says so", () => {
		expect(reviewTarget(note({ body: "## Highlights\n", isInterview: true }), DRAFTS)).toEqual({ noSection: DRAFTS });
	});
	it("an interview note that names draft_of is reviewed as a draft", () => {
		const target = reviewTarget(note({ frontmatter: { draft_of: "[[Other]]" }, body: "Hi\n", isInterview: true }), DRAFTS);
		expect(target).toEqual({ text: "Hi\n", lineOffset: 0, interview: { link: "Other" } });
	});
});

describe("reviewFindings", () => {
	it("numbers findings as the note's lines and checks the target's format", () => {
		const body = `Dear Ms. Whitfield,\n\n${"Thank you for showing me the Harbour Street warehouse. ".repeat(12).trim()}\n\nKind regards,\nAlex\n`;
		const target = reviewTarget(note({ frontmatter: { format: "card" }, body, bodyLine: 4 }), DRAFTS);
		if ("noSection" in target) throw new Error("expected a target");
		const { kind: _kind, format: _format, ...base } = ctx();
		const long = reviewFindings(target, base).filter((f) => f.rule === "too-long");
		expect(long.map((f) => f.line)).toEqual([4 + 3]);
		expect(long[0]?.message).toMatch(/card/);
	});
});
