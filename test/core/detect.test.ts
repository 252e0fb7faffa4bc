import { describe, expect, it } from "vitest";
import { hasInlineInterviewTag, isInterviewNote, isInterviewTag, mightBeInterview } from "../../src/core/detect";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings";

const s = (over: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...over });

describe("isInterviewNote", () => {
	it.each([
		["type: interview anywhere", { path: "Jobs/a.md", frontmatter: { type: "interview" } }, s(), true],
		["type switched off", { path: "Jobs/a.md", frontmatter: { type: "interview" } }, s({ detectByType: false }), false],
		["frontmatter tag list", { path: "a.md", frontmatter: { tags: ["job", "interview"] } }, s(), true],
		["frontmatter tag text with #", { path: "a.md", frontmatter: { tags: "job, #interview" } }, s(), true],
		["nested tag", { path: "a.md", frontmatter: { tags: ["interview/phone"] } }, s(), true],
		["similar tag is not it", { path: "a.md", frontmatter: { tags: ["interviewing"] } }, s(), false],
		["inline tag from the cache", { path: "a.md", inlineTags: ["#interview"] }, s(), true],
		["inline tag, tags switched off", { path: "a.md", inlineTags: ["#interview"] }, s({ detectByTag: false }), false],
		["in the interviews folder", { path: "Interviews/2026/a.md" }, s(), true],
		["folder switched off", { path: "Interviews/a.md" }, s({ detectByFolder: false }), false],
		["folder name prefix is not the folder", { path: "Interviews-old/a.md" }, s(), false],
		["another type in the folder", { path: "Interviews/Acme.md", frontmatter: { type: "company" } }, s(), false],
		["drafts folder never", { path: "Interviews/Drafts/a.md", frontmatter: { type: "interview" } }, s(), false],
		["templates folder never", { path: "Interviews/Templates/thank-you.md", frontmatter: { type: "interview" } }, s(), false],
		["question bank never", { path: "Interviews/Question bank.md" }, s(), false],
		["not markdown", { path: "Interviews/a.canvas" }, s(), false],
		["ordinary note", { path: "Daily/2026-11-19.md", frontmatter: { tags: ["daily"] } }, s(), false],
	])("%s", (_n, note, settings, expected) => expect(isInterviewNote(note, settings)).toBe(expected));

	it.each([
		["tag text that spells the word only inside another tag", { tags: "interviewing, job" }, false],
		["tag text with the tag among others", { tags: "job  Interview/Phone,daily" }, true],
		["a list with values that are not text", { tags: [1, null, { a: "interview" }, " #INTERVIEW "] }, true],
		["a list that spells the word only inside a tag", { tags: ["pre-interview", "interviews"] }, false],
		["`tag:` rather than `tags:`", { tag: ["interview"] }, true],
		["the word in another key", { topic: "interview", tags: ["daily"] }, false],
	])("frontmatter: %s", (_n, frontmatter, expected) => expect(isInterviewNote({ path: "Notes/a.md", frontmatter }, s())).toBe(expected));
});

describe("isInterviewTag", () => {
	// The rule it keeps: trimmed, without a leading #, in lower case, `interview` or under it.
	const byRule = (tag: string): boolean => {
		const t = tag.trim().replace(/^#/, "").toLowerCase();
		return t === "interview" || t.startsWith("interview/");
	};
	it.each([
		"interview", "#interview", " #Interview ", "INTERVIEW/Phone", "interview/", "interviewing", "my-interview", "#interview\t",
		// Letters outside ASCII that look like, or lower-case near, the word's letters.
		"\u0130nterview", "\u0131nterview", "int\u0435rview", "interv\u0456ew", "INTERVIEW\u212A", "\uFF49nterview", "interview\u0307",
		"", "#", "/interview",
	])("%j", (tag) => expect(isInterviewTag(tag)).toBe(byRule(tag)));

	it("agrees with the rule on every way of writing the word with one letter swapped for any character up to U+FFFF", () => {
		const word = "interview";
		let disagreements = 0;
		for (let at = 0; at < word.length; at++) {
			for (let c = 0; c <= 0xffff; c += at === 0 ? 1 : 7) {
				const tag = `#${word.slice(0, at)}${String.fromCharCode(c)}${word.slice(at + 1)}`;
				if (isInterviewTag(tag) !== byRule(tag)) disagreements++;
			}
		}
		expect(disagreements).toBe(0);
	});
});

describe("hasInlineInterviewTag", () => {
	it.each([
		["Met them today #interview", true],
		["#interview at line start", true],
		["(#interview)", true],
		["#interview/phone", true],
		["#interviewing is another tag", false],
		["email#interview is not a tag", false],
		["`#interview` in code", false],
		["```\n#interview\n```", false],
		["no tag", false],
	])("%j → %s", (body, expected) => expect(hasInlineInterviewTag(body)).toBe(expected));
});

describe("mightBeInterview (cheap pre-check)", () => {
	it("never misses a note that isInterviewNote accepts", () => {
		expect(mightBeInterview("x/a.md", "---\ntype: interview\n---\n", s())).toBe(true);
		expect(mightBeInterview("Interviews/a.md", "", s())).toBe(true);
		expect(mightBeInterview("x/a.md", "#interview", s())).toBe(true);
	});
	it("skips notes that cannot be interviews", () => {
		expect(mightBeInterview("x/a.md", "---\ntags: [daily]\n---\nShopping list", s())).toBe(false);
		expect(mightBeInterview("Interviews/Drafts/a.md", "type: interview", s())).toBe(false);
		expect(mightBeInterview("Interviews/Templates/a.md", "type: interview", s())).toBe(false);
	});
});
