import { describe, expect, it } from "vitest";
import { buildQuestionBank } from "../../src/core/question-bank";
import type { QuestionEntry } from "../../src/core/questions";

const NOW = new Date(2026, 11, 5, 9, 0);
const day = (y: number, m: number, d: number) => ({ at: new Date(y, m - 1, d), dateOnly: true });
const A = (question: string): QuestionEntry => ({ question, notePath: "Interviews/A.md", company: "Alpha", date: day(2026, 11, 10) });
const B = (question: string): QuestionEntry => ({ question, notePath: "Interviews/B.md", company: "Beta", date: day(2026, 11, 12) });

const ENTRIES = [A("Why us?"), B("Why us"), A("What is a safety stock?"), B("How do you handle stress?")];

/** `bank` with `line` ticked and `added` inserted after the block of the question on `line`. */
function edit(bank: string, line: string, added: string[]): string {
	const lines = bank.split("\n");
	const at = lines.indexOf(line);
	if (at < 0) throw new Error(`no line ${line}`);
	lines[at] = line.replace("- [ ]", "- [x]");
	let end = at + 1;
	while ((lines[end] ?? "").startsWith("\t")) end++;
	lines.splice(end, 0, ...added);
	return lines.join("\n");
}

describe("rebuilding the question bank keeps the user's work", () => {
	it("keeps a tick and the lines written under a question, byte for byte", () => {
		const first = buildQuestionBank(ENTRIES, NOW);
		const edited = edit(first, "- [ ] What is a safety stock?", ["\t- My answer: buffer stock against demand swings.", "\t\t- practise the formula", "Said it too fast last time."]);
		expect(buildQuestionBank(ENTRIES, NOW, edited)).toBe(edited);
	});

	it("adds new questions, and moves one no longer asked under its own heading with its tick and notes", () => {
		const edited = edit(buildQuestionBank(ENTRIES, NOW), "- [ ] What is a safety stock?", ["\t- My answer: a buffer."]);
		const rebuilt = buildQuestionBank([A("Why us?"), B("Why us"), B("How do you handle stress?"), B("Where do you see yourself?")], NOW, edited);
		expect(rebuilt.split("\n").slice(11)).toEqual([
			"- [ ] Why us? (asked in 2 interviews)",
			"\t- [[Interviews/A]] — Alpha, 2026-11-10",
			"\t- [[Interviews/B]] — Beta, 2026-11-12",
			"\t- Also asked as: “Why us”",
			"- [ ] How do you handle stress?",
			"\t- [[Interviews/B]] — Beta, 2026-11-12",
			"- [ ] Where do you see yourself?",
			"\t- [[Interviews/B]] — Beta, 2026-11-12",
			"",
			"## No longer in your notes",
			"",
			"These questions are in no interview note now (the note or the question was removed). They are kept here with your ticks and notes.",
			"",
			"- [x] What is a safety stock?",
			"\t- My answer: a buffer.",
			"",
		]);
		// Back in a note, it returns to the list with its tick and notes; the one now gone moves down.
		const back = buildQuestionBank(ENTRIES, NOW, rebuilt);
		const expected = edit(buildQuestionBank(ENTRIES, NOW), "- [ ] What is a safety stock?", ["\t- My answer: a buffer."]);
		expect(back).toBe(`${expected}\n## No longer in your notes\n\nThese questions are in no interview note now (the note or the question was removed). They are kept here with your ticks and notes.\n\n- [ ] Where do you see yourself?\n`);
	});

	it("finds a question by what it asks when its wording in the bank changes", () => {
		const edited = edit(buildQuestionBank([A("How do you prioritise competing requests?")], NOW), "- [ ] How do you prioritise competing requests?", ["\t- Eisenhower matrix"]);
		const rebuilt = buildQuestionBank([A("How do you prioritise competing requests?"), B("how do you prioritize competing requests"), B("How do you prioritize competing requests?")], NOW, edited);
		expect(rebuilt).toContain("- [x] How do you prioritize competing requests? (asked in 2 interviews)\n");
		expect(rebuilt).toContain("\t- Also asked as: “How do you prioritise competing requests?”; “how do you prioritize competing requests”\n\t- Eisenhower matrix\n");
		expect(rebuilt).not.toContain("No longer in your notes");
	});

	it("keeps words added after the question on its line, the user's frontmatter keys and text around the list", () => {
		const first = buildQuestionBank(ENTRIES, NOW);
		const edited = first
			.replace("interviews: 2\n", "interviews: 2\ntags: [practice]\ncssclasses:\n  - wide\n")
			.replace("- [ ] What is a safety stock?", "- [x] What is a safety stock? — nailed it")
			.replace("# Question bank\n", "# Question bank\nMy own intro.\n")
			.concat("\n## My plan\nTwo questions a day.\n");
		const rebuilt = buildQuestionBank([...ENTRIES, B("What is a safety stock?")], new Date(2026, 11, 6, 9), edited);
		expect(rebuilt).toContain("generated: 2026-12-06\nquestions: 3\ninterviews: 2\ntags: [practice]\ncssclasses:\n  - wide\n---\n");
		expect(rebuilt).toContain("- [x] What is a safety stock? — nailed it (asked in 2 interviews)\n");
		expect(rebuilt).toContain("move to the end.\n\nMy own intro.\n\n- [ ] Why us?");
		expect(rebuilt.endsWith("\t- [[Interviews/B]] — Beta, 2026-11-12\n\n## My plan\nTwo questions a day.\n")).toBe(true);
		expect(buildQuestionBank([...ENTRIES, B("What is a safety stock?")], new Date(2026, 11, 6, 9), rebuilt)).toBe(rebuilt);
	});

	it("keeps a CRLF bank CRLF, and a link the user added under a question", () => {
		const edited = edit(buildQuestionBank(ENTRIES, NOW), "- [ ] Why us? (asked in 2 interviews)", ["\t- [[My answers/Why us]]"]).replace(/\n/g, "\r\n");
		const rebuilt = buildQuestionBank(ENTRIES, NOW, edited);
		expect(rebuilt).toBe(edited);
		expect(rebuilt.replace(/\r\n/g, "")).not.toContain("\n");
	});

	it("reads a bank written by an earlier version without doubling its generated lines", () => {
		const earlier = buildQuestionBank(ENTRIES, NOW).replace(
			"Rebuilding the bank keeps your ticks and whatever you write under a question; questions no longer in your notes move to the end.",
			"This note is rebuilt from the interview notes each time; keep your own notes there, not here.",
		);
		expect(buildQuestionBank(ENTRIES, NOW, earlier)).toBe(buildQuestionBank(ENTRIES, NOW));
	});
});
