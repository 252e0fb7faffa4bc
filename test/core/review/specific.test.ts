import { describe, expect, it } from "vitest";
import { ctx, only, SECTIONS } from "./fixtures";

describe("not-specific", () => {
	const generic = "Dear Ms. Whitfield,\n\nThank you for your time yesterday. I enjoyed our conversation and remain very interested in the role.\n\nKind regards,\nAlex\n";
	it("flags a draft that names nothing from the note, on its first body line", () => {
		const [f] = only(generic, "not-specific");
		expect(f?.line).toBe(3);
		expect(f?.message).toMatch(/^Nothing from the note's Highlights, Wish I had said or Since the interview appears here; name one specific point, such as 'Their warehouse/);
	});
	it("passes when the draft picks up a highlight in other words", () => {
		const text = generic.replace("I enjoyed our conversation", "I enjoyed hearing how your warehouse is moving to new routing");
		expect(only(text, "not-specific")).toEqual([]);
	});
	it("is skipped without sections, with empty sections, and for kinds that need no detail", () => {
		expect(only(generic, "not-specific", ctx({ sections: undefined }))).toEqual([]);
		expect(only(generic, "not-specific", ctx({ sections: { ...SECTIONS, highlights: [], wishIHadSaid: [], sinceInterview: [] } }))).toEqual([]);
		expect(only(generic, "not-specific", ctx({ kind: "withdrawal" }))).toEqual([]);
	});
});
