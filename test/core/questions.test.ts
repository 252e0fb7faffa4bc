import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseInterview } from "../../src/core/interview";
import { buildQuestionBank } from "../../src/core/question-bank";
import { lineStructure } from "../../src/core/line-structure";
import { editDistance, groupQuestions, lineScanQuestions, plainBulletQuestions, questionsIn, sameQuestion, shapeOf, type QuestionEntry } from "../../src/core/questions";
import { readNoteParts } from "../../src/cli/frontmatter";
import { markdownStructureOf } from "../../src/cli/markdown";
import { entriesOf, PRODUCERS } from "./structures";

const NOW = new Date(2026, 11, 5, 9, 0);
const day = (y: number, m: number, d: number) => ({ at: new Date(y, m - 1, d), dateOnly: true });
const same = (a: string, b: string): boolean => sameQuestion(shapeOf(a), shapeOf(b));

describe.each(PRODUCERS)("questions of a section, structure from %s", (_name, produce) => {
	const questionsFromSlice = (slice: string): string[] => entriesOf(produce, slice, false).map((e) => e.text);
	it("takes bullets and paragraphs, not subsection headings or nested notes", () => {
		const slice = "\n### Technical\n- What is a safety stock?\n  - my answer was thin\n- [x] Why us?\n\n1. Ordered *one*?\n\nA paragraph question?\n";
		expect(questionsFromSlice(slice)).toEqual(["What is a safety stock?", "Why us?", "Ordered *one*?", "A paragraph question?"]);
		const body = `Intro\n## Questions they asked${slice}## Debrief\n- Not a question\n`;
		expect(questionsIn(body, "Questions they asked", produce(body))).toEqual(["What is a safety stock?", "Why us?", "Ordered *one*?", "A paragraph question?"]);
	});

	it("gives nothing for an empty slice", () => {
		expect(questionsFromSlice("")).toEqual([]);
		expect(questionsFromSlice("\n\n")).toEqual([]);
	});
});

describe("editDistance", () => {
	const cases: [string, string, number][] = [["", "", 0], ["abc", "", 3], ["kitten", "sitting", 3], ["prioritise", "prioritize", 1], ["same", "same", 0]];
	for (const [a, b, d] of cases) it(`${a} / ${b}`, () => expect(editDistance(a, b)).toBe(d));
	it("stops early past a maximum", () => {
		expect(editDistance("kitten", "sitting", 2)).toBe(3);
		expect(editDistance("kitten", "sitting", 3)).toBe(3);
		expect(editDistance("a", "abcdef", 1)).toBe(2);
	});
});

describe("sameQuestion", () => {
	const merged: [string, string][] = [
		["Why us?", "why us"],
		["How do you prioritise competing requests?", "how do you prioritize competing requests"],
		["Tell me about a time you fixed a broken process.", "Tell me about a time when you fixed a broken process?"],
		["What is your greatest strength?", "What are your greatest strengths?"],
		["What's your biggest achievement?", "What is your biggest achievement?"],
		["How do you **prioritise** competing requests?", "How do you prioritise competing requests?"],
		["Tell me about a project you led.", "Tell me about a project you lead."],
	];
	const apart: [string, string][] = [
		["What is your greatest strength?", "What is your greatest weakness?"],
		["Why us?", "Why me?"],
		["Tell me about a time you disagreed with your manager.", "Tell me about a time you disagreed with a colleague."],
		["Tell me about a time you failed.", "Tell me about a time you failed a customer."],
		["How do you handle stress?", "Why do you handle stress?"],
		["What is a safety stock?", "What is a reorder point?"],
		["Do you want this job?", "Do you not want this job?"],
		["Tell me about a time you led a team.", "Tell me about a time you failed in a team."],
	];
	for (const [a, b] of merged) it(`merges "${a}" and "${b}"`, () => expect([same(a, b), same(b, a)]).toEqual([true, true]));
	for (const [a, b] of apart) it(`keeps "${a}" and "${b}" apart`, () => expect([same(a, b), same(b, a)]).toEqual([false, false]));
});

describe("buildQuestionBank", () => {
	const entries: QuestionEntry[] = [
		{ question: "Why us?", notePath: "Interviews/B.md", company: "Beta", date: day(2026, 11, 12) },
		{ question: "How do you prioritise competing requests?", notePath: "Interviews/A.md", company: "Alpha", date: day(2026, 11, 10) },
		{ question: "how do you prioritize competing requests", notePath: "Interviews/B.md", company: "Beta", date: day(2026, 11, 12) },
		{ question: "How do you prioritise competing requests?", notePath: "Interviews/C.md", company: "Gamma" },
		{ question: "What is your greatest weakness?", notePath: "Interviews/A.md", company: "Alpha", date: day(2026, 11, 10) },
	];

	const pick = (i: number): QuestionEntry => {
		const e = entries[i];
		if (!e) throw new Error(`no entry ${i}`);
		return e;
	};

	it("merges near-duplicates, most frequent first, with links and dates", () => {
		const bank = buildQuestionBank(entries, NOW);
		expect(bank).toMatch(/^---\n[\s\S]*type: question-bank/);
		const tasks = bank.split("\n").filter((l) => l.startsWith("- [ ] "));
		expect(tasks).toEqual([
			"- [ ] How do you prioritise competing requests? (asked in 3 interviews)",
			"- [ ] Why us?",
			"- [ ] What is your greatest weakness?",
		]);
		expect(bank).toContain("\t- [[Interviews/A]] — Alpha, 2026-11-10\n\t- [[Interviews/B]] — Beta, 2026-11-12\n\t- [[Interviews/C]] — Gamma\n");
		expect(bank).toContain("\t- Also asked as: “how do you prioritize competing requests”");
		expect(bank).toContain("generated: 2026-12-05");
	});

	it("gives the same note whatever the input order", () => {
		const once = buildQuestionBank(entries, NOW);
		expect(buildQuestionBank([...entries].reverse(), NOW)).toBe(once);
		expect(buildQuestionBank([2, 0, 4, 1, 3].map(pick), NOW)).toBe(once);
	});

	it("links a note once even when it lists a question twice", () => {
		const twice = [pick(0), { ...pick(0), question: "Why us" }];
		expect(groupQuestions(twice)).toHaveLength(1);
		expect(buildQuestionBank(twice, NOW).match(/\[\[Interviews\/B\]\]/g)).toHaveLength(1);
	});

	it("says how to start when there are no questions", () => {
		const bank = buildQuestionBank([], NOW);
		expect(bank).toMatch(/^---\ntype: question-bank\n/);
		expect(bank).toContain("No questions yet.");
		expect(bank).not.toContain("- [ ]");
	});
});

describe("groupQuestions in linear-ish time", () => {
	const PAIRS = [["strength", "stress"], ["manage", "mentor"], ["project", "process"], ["team", "target"], ["deliver", "design"], ["budget", "bridge"],
		["client", "culture"], ["risk", "route"], ["growth", "goal"], ["hire", "habit"], ["launch", "level"], ["vendor", "value"]];
	const similar = (n: number): string => `How ${PAIRS.map((p, i) => p[(n >> i) & 1]).join(" ")}?`;
	const entry = (question: string, i: number): QuestionEntry => ({ question, notePath: `Interviews/N${i % 50}.md`, company: "X" });

	it("5,000 similar questions (4,096 alike in first letters, none the same) in well under a few seconds", () => {
		const questions = Array.from({ length: 5000 }, (_, n) => (n < 4096 ? similar(n) : `${similar(n - 4096).replace("How", "Why")}s`));
		const started = performance.now();
		const groups = groupQuestions(questions.map(entry));
		expect(performance.now() - started).toBeLessThan(3000);
		expect(groups).toHaveLength(4096 + 904);
	});

	it("groups exactly as comparing every pair would", () => {
		const words = ["prioritise", "prioritize", "strength", "strengths", "weakness", "lead", "led", "team", "teams", "failed", "stress", "project"];
		const questions = Array.from({ length: 400 }, (_, n) => `Tell me ${[0, 1, 2].map((k) => words[(n * (k + 3) + k * 7) % words.length]).join(" ")}?`);
		const pairwise: { shape: ReturnType<typeof shapeOf>; members: string[] }[] = [];
		for (const q of questions) {
			const shape = shapeOf(q);
			const g = pairwise.find((x) => sameQuestion(x.shape, shape));
			if (g) g.members.push(q);
			else pairwise.push({ shape, members: [q] });
		}
		const inOneNote = questions.map((question) => ({ question, notePath: "Interviews/N.md", company: "X" }));
		expect(groupQuestions(inOneNote).map((g) => g.map((e) => e.question))).toEqual(pairwise.map((g) => g.members));
		expect(pairwise.length).toBe(12);
	});
});

describe("question bank from notes (snapshot)", () => {
	const dir = fileURLToPath(new URL("./__snapshots__/questions/vault/Interviews/", import.meta.url));

	it("builds the bank of the notes beside the snapshot", async () => {
		const entries: QuestionEntry[] = [];
		for (const name of readdirSync(dir).sort()) {
			const path = `Interviews/${name}`;
			const parts = readNoteParts(readFileSync(`${dir}${name}`, "utf8"));
			const { interview } = parseInterview(path, parts.frontmatter);
			for (const question of questionsIn(parts.body, "Questions they asked", markdownStructureOf(parts.body))) {
				entries.push({ question, notePath: path, company: interview.company, ...(interview.date ? { date: interview.date } : {}) });
			}
		}
		expect(entries).toHaveLength(11);
		await expect(buildQuestionBank(entries, NOW)).toMatchFileSnapshot("./__snapshots__/questions/Question bank.md");
	});
});

describe("numbers in questions", () => {
	it("keep questions apart: a number is close only to itself", () => {
		const q = (t: string) => shapeOf(t);
		expect(sameQuestion(q("How would you handle customer complaint number 10023?"), q("How would you handle customer complaint number 10024?"))).toBe(false);
		expect(sameQuestion(q("Walk me through your 2024 budget."), q("Walk me through your 2024 budget?"))).toBe(true);
		expect(sameQuestion(q("How do you prioritise competing requests?"), q("How do you prioritize competing requests?"))).toBe(true);
	});
});

describe("shapeOf's plain-ASCII path", () => {
	// The general rule, written out: links to their text, apostrophes out, anything not a letter or digit a space.
	const general = (q: string): string =>
		q
			.toLowerCase()
			.replace(/\[\[([^\]|]*\|)?([^\]]*)\]\]/g, "$2")
			.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
			.replace(/['’`]/g, "")
			.replace(/[^\p{L}\p{N}]+/gu, " ")
			.trim();

	it("flattens every mix of ASCII letters, digits, apostrophes and punctuation as the general rule does", () => {
		const pieces = ["Tell", "ME", "about", "a time", "you'd", "`code`", "  ", "\t", "?", "!", "--", "1990s", "Q3", ",", ".", "(", ")", "/", "_", "#", "&"];
		let seed = 7;
		const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
		for (let n = 0; n < 2000; n++) {
			const q = Array.from({ length: 1 + Math.floor(next() * 8) }, () => pieces[Math.floor(next() * pieces.length)]).join(next() < 0.5 ? " " : "");
			expect([q, shapeOf(q).flat]).toEqual([q, general(q)]);
		}
	});

	it("leaves links, curly apostrophes and other scripts to the general rule", () => {
		for (const q of ["Why [[Acme Corp|Acme]]?", "See [the post](https://x.example) — thoughts?", "What’s next?", "Warum möchten Sie wechseln?", "Kelvin \u212A test"]) {
			expect([q, shapeOf(q).flat]).toEqual([q, general(q)]);
		}
	});
});

describe("plainBulletQuestions, the line scan's fast path", () => {
	const HEADING = "Questions they asked";
	const general = (body: string): string[] => questionsIn(body, HEADING, (start, end) => lineStructure(body, start, end));
	const noteOf = (section: string, eol: string): string => `# Acme${eol}${eol}## ${HEADING}${eol}${section}## Debrief${eol}- Fine${eol}`;
	// Lines a questions section may hold: plain bullets (the fast path's) and everything it leaves to the general path.
	const plain = [
		"- Why us?", "* What is a safety stock?", "+ Tell me about [[Acme Corp|Acme]].", "- What’s next? (ties to: the launch)", "- Warum möchten Sie wechseln?",
		"- 1. numbered inside", "- !important question", "- Ask about `code` and **bold**", "- [the post](https://x.example) — thoughts?", "- How? \u00a0",
		"- \u00a0leading no-break space", "- trailing spaces   ", "- trailing tab\t", "- 質問は何ですか", "- (ties to: only)", "- a",
	];
	const other = [
		"", "   ", "\t", "- ", "-", "-\tTab after the marker", "-  Two spaces", "  - nested", "    indented code", "- - -", "* * *", "---", "***", "- [ ] task", "- [x] done", "- [x]",
		"- > quoted", "> quote", "- ```", "```", "~~~", "- <b>html</b>", "<div>", "### Sub", "Para text", "1. ordered", "- # heading-like", "- _em_", "- |a|b|", "|a|b|", "|-|-|",
		"===", "- \\escaped", "- =", "- ~tilde", "\u00a0", "- +plus", "- *star*",
	];
	let seed = 11;
	const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
	const pick = (list: string[]): string => list[Math.floor(next() * list.length)] ?? "";

	it("gives what the general path gives on every section it takes, and takes the plain ones", () => {
		let taken = 0;
		for (let n = 0; n < 3000; n++) {
			const eol = next() < 0.3 ? "\r\n" : "\n";
			const mostlyPlain = next() < 0.6;
			const lines = Array.from({ length: Math.floor(next() * 7) }, () => (mostlyPlain || next() < 0.7 ? pick([...plain, "", ""]) : pick(other)));
			const body = noteOf(lines.map((l) => l + eol).join(""), eol);
			const start = body.indexOf(eol, body.indexOf(HEADING)) + eol.length;
			const fast = plainBulletQuestions(body, start, body.indexOf("## Debrief"));
			if (fast !== null) {
				taken++;
				expect([body, fast]).toEqual([body, general(body)]);
			}
			expect([body, lineScanQuestions(body, HEADING)]).toEqual([body, general(body)]);
		}
		expect(taken).toBeGreaterThan(1500);
	});

	it("leaves every line it does not know to the general path", () => {
		for (const line of other.filter((l) => l.trim() !== "")) {
			const body = noteOf(`- Why us?\n${line}\n`, "\n");
			const start = body.indexOf("\n", body.indexOf(HEADING)) + 1;
			expect([line, plainBulletQuestions(body, start, body.indexOf("## Debrief"))]).toEqual([line, null]);
		}
	});

	it("reads a note without a questions section or with an empty one as the general path does", () => {
		for (const body of ["", "# Acme\n", `## ${HEADING}`, `## ${HEADING}\n`, `## ${HEADING}\n\n\n`, `## ${HEADING}\n- Last line without a break`, `## ${HEADING}\r\n- Why?\r\n`]) {
			expect([body, lineScanQuestions(body, HEADING)]).toEqual([body, general(body)]);
		}
	});
});
