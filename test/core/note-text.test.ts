import { describe, expect, it } from "vitest";
import { blockAt, eolOf, isQuestionBank, lineCount, padded, splitFrontmatter, withBlockAtEnd } from "../../src/core/note-text";

describe("text splicing helpers", () => {
	it("splits frontmatter from the body, with or without a block", () => {
		expect(splitFrontmatter("---\na: 1\n---\nBody\n")).toEqual({ frontmatter: "---\na: 1\n---\n", body: "Body\n" });
		expect(splitFrontmatter("---\n---\nBody")).toEqual({ frontmatter: "---\n---\n", body: "Body" });
		expect(splitFrontmatter("Body\n---\n")).toEqual({ frontmatter: "", body: "Body\n---\n" });
		expect(lineCount("---\na: 1\n---\n")).toBe(3);
	});

	it("pads a block inserted mid-line, at a line start or after text", () => {
		const list = "## Debrief checklist\n- [ ] One\n";
		expect(blockAt(list, "", 0, undefined)).toBe("## Debrief checklist\n- [ ] One\n");
		expect(blockAt(list, "", 0, "Some paragraph")).toBe("\n## Debrief checklist\n- [ ] One\n");
		expect(blockAt(list, "Hello world", 5, "")).toBe("\n\n## Debrief checklist\n- [ ] One\n\n");
		expect(blockAt(list, "Hello", 5, "")).toBe("\n\n## Debrief checklist\n- [ ] One\n");
	});

	it("only adds text around the insert", () => {
		expect(padded("a\n", "X\n", "## B\n")).toBe("a\n\nX\n\n## B\n");
		expect(padded("a\n\n", "X\n", "\n## B\n")).toBe("a\n\nX\n\n## B\n");
		expect(padded("a", "X\n", "")).toBe("a\n\nX\n");
		expect(withBlockAtEnd("", "- [ ] x\n\n")).toBe("- [ ] x\n");
		expect(withBlockAtEnd("Body", "- [ ] x")).toBe("Body\n\n- [ ] x\n");
	});

	it("keeps a CRLF note CRLF: the insert and its padding take the note's line ending", () => {
		expect(padded("a\r\n", "X\nY\n", "## B\r\n")).toBe("a\r\n\r\nX\r\nY\r\n\r\n## B\r\n");
		expect(padded("a\r\n\r\n", "X\n", "\r\n## B\r\n")).toBe("a\r\n\r\nX\r\n\r\n## B\r\n");
		expect(withBlockAtEnd("---\r\na: 1\r\n---\r\nBody", "- [ ] x\n- [ ] y\n")).toBe("---\r\na: 1\r\n---\r\nBody\r\n\r\n- [ ] x\r\n- [ ] y\r\n");
		expect(padded("a\n", "X\r\n", "")).toBe("a\n\nX\n");
		expect([eolOf("a\r\nb\n"), eolOf("a\nb\r\n"), eolOf("")]).toEqual(["\r\n", "\n", "\n"]);
	});

	it("knows a generated question bank by its frontmatter type", () => {
		expect(isQuestionBank("---\ntype: question-bank\n---\n# Bank\n")).toBe(true);
		expect(isQuestionBank("---\ntype: 'question-bank'\n---\n")).toBe(true);
		expect(isQuestionBank("---\ntype: interview\n---\ntype: question-bank\n")).toBe(false);
		expect(isQuestionBank("# My questions\n")).toBe(false);
	});
});
