import { describe, expect, it } from "vitest";
import { findSection, readSections, splitTiesTo, type SectionEntry } from "../../src/core/sections";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { entriesOf, PRODUCERS } from "./structures";

const H = DEFAULT_SETTINGS.headings;
const texts = (entries: SectionEntry[]): string[] => entries.map((e) => e.text);

describe("findSection", () => {
	const cases: { name: string; body: string; heading: string; want: string | null }[] = [
		{ name: "level 2", body: "## Highlights\n- a\n## Debrief\n- b\n", heading: "Highlights", want: "- a\n" },
		{ name: "level 1 ends at level 1 only", body: "# Highlights\n- a\n## Sub\n- b\n# Next\n", heading: "Highlights", want: "- a\n## Sub\n- b\n" },
		{ name: "level 3 ends at a higher level", body: "### Highlights\n- a\n## Up\n", heading: "Highlights", want: "- a\n" },
		{ name: "level 6", body: "###### Highlights\n- a\n", heading: "Highlights", want: "- a\n" },
		{ name: "case-insensitive, extra spaces", body: "##   HIGHLIGHTS  \n- a\n", heading: "highlights", want: "- a\n" },
		{ name: "closing hashes and trailing colon", body: "## Highlights: ##\n- a\n", heading: "Highlights", want: "- a\n" },
		{ name: "up to three leading spaces", body: "   ## Highlights\n- a\n", heading: "Highlights", want: "- a\n" },
		{ name: "four spaces is code, not a heading", body: "    ## Highlights\n- a\n", heading: "Highlights", want: null },
		{ name: "a hashtag is not a heading", body: "#Highlights\n- a\n", heading: "Highlights", want: null },
		{ name: "missing", body: "## Debrief\n- b\n", heading: "Highlights", want: null },
		{ name: "same words in a paragraph", body: "Highlights were many.\n## Debrief\n", heading: "Highlights", want: null },
		{ name: "heading on the last line without a break", body: "- x\n## Highlights", heading: "Highlights", want: "" },
		{ name: "empty section", body: "## Highlights\n## Debrief\n- b\n", heading: "Highlights", want: "" },
		{
			name: "headings inside backtick fences are ignored",
			body: "```md\n## Highlights\n- fake\n```\n## Highlights\n- real\n```\n# not a heading\n```\n- more\n## End\n",
			heading: "Highlights",
			want: "- real\n```\n# not a heading\n```\n- more\n",
		},
		{ name: "tilde fences, closed only by a long enough fence", body: "~~~~\n## Highlights\n~~~\n## x\n~~~~\n## Highlights\n- y\n", heading: "Highlights", want: "- y\n" },
		{ name: "an unclosed fence runs to the end", body: "```\n## Highlights\n- a\n", heading: "Highlights", want: null },
		{ name: "CRLF", body: "## Highlights\r\n- a\r\n## Debrief\r\n", heading: "Highlights", want: "- a\r\n" },
		{ name: "empty wanted heading", body: "## \n- a\n", heading: "  ", want: null },
	];
	for (const c of cases) {
		it(c.name, () => {
			const r = findSection(c.body, c.heading);
			expect(r === null ? null : c.body.slice(r.start, r.end)).toBe(c.want);
		});
	}

	it("start is just after the heading line and end at the next heading's line", () => {
		const body = "Intro\n\n## Highlights\n- a\n\n  ## Debrief\n";
		expect(findSection(body, "Highlights")).toEqual({ start: body.indexOf("- a"), end: body.indexOf("  ## Debrief") });
	});
});

describe("splitTiesTo", () => {
	const cases: [string, { text: string; tiesTo?: string }][] = [
		["Routing in spring (ties to: my routing project at Contoso)", { text: "Routing in spring", tiesTo: "my routing project at Contoso" }],
		["Routing in spring. (Ties To: my project (2024) at Contoso).", { text: "Routing in spring.", tiesTo: "my project (2024) at Contoso" }],
		["Routing (ties to:   )", { text: "Routing" }],
		["(ties to: only this)", { text: "(ties to: only this)" }],
		["The ties to my project (ties to: x) matter", { text: "The ties to my project (ties to: x) matter" }],
		["Plain text", { text: "Plain text" }],
	];
	for (const [input, want] of cases) it(input, () => expect(splitTiesTo(input)).toEqual(want));
});

describe.each(PRODUCERS)("entries, structure from %s", (_name, produce) => {
	const cases: { name: string; slice: string; want: SectionEntry[] }[] = [
		{ name: "bullets", slice: "- one\n- two\n", want: [{ text: "one", line: 1 }, { text: "two", line: 2 }] },
		{ name: "ordered and star bullets", slice: "1. one\n2. two\n\n* three\n", want: [{ text: "one", line: 1 }, { text: "two", line: 2 }, { text: "three", line: 4 }] },
		{ name: "paragraphs, lines joined", slice: "\nFirst line\nsecond line.\n\nAnother.\n", want: [{ text: "First line second line.", line: 2 }, { text: "Another.", line: 5 }] },
		{ name: "inline marks kept as written", slice: "- A **bold** and `code` [link](x)\n", want: [{ text: "A **bold** and `code` [link](x)", line: 1 }] },
		{ name: "task items lose their box", slice: "- [ ] open one\n- [x] done one\n- [ ]\n", want: [{ text: "open one", line: 1 }, { text: "done one", line: 2 }] },
		{
			name: "nested bullets are folded into their parent",
			slice: "- Parent\n  - child one\n  - child two.\n  - child three\n- Next\n",
			want: [{ text: "Parent; child one; child two. child three", line: 1 }, { text: "Next", line: 5 }],
		},
		{ name: "continuation lines", slice: "- a long\n  bullet\n", want: [{ text: "a long bullet", line: 1 }] },
		{ name: "ties to", slice: "- Routing (ties to: my project)\n", want: [{ text: "Routing", tiesTo: "my project", line: 1 }] },
		{ name: "subsection headings, code and rules are not entries", slice: "### Technical\n- Q1\n\n```\ncode\n```\n\n---\n\n| a |\n|---|\n| b |\n", want: [{ text: "Q1", line: 2 }] },
		{ name: "quoted text", slice: "> quoted\n> more\n", want: [{ text: "quoted more", line: 1 }] },
		{ name: "CRLF", slice: "- one\r\n  more\r\n\r\nPara\r\n", want: [{ text: "one more", line: 1 }, { text: "Para", line: 4 }] },
		{ name: "empty", slice: "\n  \n", want: [] },
	];
	for (const c of cases) it(c.name, () => expect(entriesOf(produce, c.slice)).toEqual(c.want));
});

describe.each(PRODUCERS)("readSections, structure from %s", (_name, produce) => {
	const readSections_ = (body: string, headings = H) => readSections(body, headings, produce(body));
	const body = [
		"Intro line.", // 1
		"", // 2
		"# highlights", // 3
		"- Their warehouse moves in spring (ties to: my routing project at Contoso)", // 4
		"- The team *reads* every incident report", // 5
		"", // 6
		"### WISH I HAD SAID", // 7
		"I led the migration.", // 8
		"", // 9
		"```", // 10
		"## Since the interview", // 11
		"```", // 12
		"## Questions they asked", // 13
		"- [ ] Tell me about a time you fixed a process.", // 14
		"## Debrief", // 15
		"", // 16
	].join("\n");

	it("reads every section with its lines, whatever the heading level and case", () => {
		const s = readSections_(body, H);
		expect(s.highlights).toEqual([
			{ text: "Their warehouse moves in spring", tiesTo: "my routing project at Contoso", line: 4 },
			{ text: "The team *reads* every incident report", line: 5 },
		]);
		expect(texts(s.wishIHadSaid)).toEqual(["I led the migration."]);
		expect(s.wishIHadSaid[0]?.line).toBe(8);
		expect(s.sinceInterview).toEqual([]);
		expect(s.questionsAsked).toEqual([{ text: "Tell me about a time you fixed a process.", line: 14 }]);
		expect(s.debrief).toEqual([]);
	});

	it("keeps unnamed subsections in their section", () => {
		const s = readSections_("## Questions they asked\n### Technical\n- What is a safety stock?\n## Debrief\n- no\n", H);
		expect(s.questionsAsked).toEqual([{ text: "What is a safety stock?", line: 3 }]);
	});

	it("uses the heading names from settings", () => {
		const s = readSections_("## Good bits\n- a\n## Asked\n- Why?\n", { ...H, highlights: "good bits", questionsAsked: "ASKED" });
		expect(texts(s.highlights)).toEqual(["a"]);
		expect(texts(s.questionsAsked)).toEqual(["Why?"]);
	});

	it("gives empty lists for a body without sections", () => {
		expect(readSections_("", H)).toEqual({ highlights: [], wishIHadSaid: [], sinceInterview: [], questionsAsked: [], debrief: [] });
		expect(readSections_("Just text\nwith Highlights in it\n", H).highlights).toEqual([]);
	});

	it("counts lines of a CRLF body", () => {
		const s = readSections_("Intro\r\n\r\n## Highlights\r\n- one\r\n- two (ties to: x)\r\n", H);
		expect(s.highlights).toEqual([{ text: "one", line: 4 }, { text: "two", tiesTo: "x", line: 5 }]);
	});

	it("takes entry text from the source, never regenerated", () => {
		const line = "- Mixed _emphasis_ and __strong__ and a\\*literal star and <b>html</b>";
		expect(readSections_(`## Highlights\n${line}\n`, H).highlights[0]?.text).toBe(line.slice(2));
	});
});
