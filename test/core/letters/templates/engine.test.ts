import { describe, expect, it } from "vitest";
import { checkTemplate, renderTemplate, TemplateError } from "../../../../src/core/letters/templates/engine";
import { LETTER_VARIABLES } from "../../../../src/core/letters/templates/variables";

const problemOf = (text: string, lineOffset = 0): { line: number; problem: string } => {
	try {
		checkTemplate({ file: "Interviews/Templates/thank-you.email.md", text, lineOffset }, LETTER_VARIABLES);
	} catch (e) {
		if (e instanceof TemplateError) return { line: e.line, problem: e.problem };
		throw e;
	}
	throw new Error("no error");
};

describe("checking a letter template", () => {
	it("names the line of a section that is never closed", () => {
		expect(problemOf("Subject: {{subject}}\n\n{{greeting}}\n\n{{#highlight}}\nWhat stood out: {{highlight}}\n")).toEqual({
			line: 5,
			problem: "{{#highlight}} is never closed (add {{/highlight}})",
		});
	});

	it("names an unknown variable and its line, counting the frontmatter the reader took off", () => {
		expect(problemOf("Dear {{recipient_name}},\n\nI enjoyed visiting {{compnay}}.\n", 4)).toEqual({
			line: 7,
			problem: "unknown variable {{compnay}} (the templates folder's README lists them)",
		});
	});

	it("refuses a closing tag with no opening, an unclosed tag, partials, delimiter changes and a list used as text", () => {
		expect(problemOf("a\n{{/wishes}}\n").problem).toBe("{{/wishes}} closes a section that was never opened");
		expect(problemOf("a {{subject\n").problem).toBe("a tag is opened with {{ but never closed with }}");
		expect(problemOf("{{> header}}\n").problem).toBe("partials ({{> header}}) are not supported");
		expect(problemOf("{{=<% %>=}}\n").problem).toBe("changing the delimiters is not supported");
		expect(problemOf("Points: {{wishes}}\n").problem).toBe("{{wishes}} is a list: use {{#wishes}}…{{/wishes}}");
	});

	it("accepts {{.}} inside a list or a text section, outer names inside a section, and comments", () => {
		const ok = "{{! my own voice }}\n{{#wishes}}- {{.}} ({{company}})\n{{/wishes}}{{#highlight}}{{.}}{{/highlight}}{{^since}}none{{/since}}\n";
		expect(() => checkTemplate({ file: "t.md", text: ok }, LETTER_VARIABLES)).not.toThrow();
		expect(problemOf("{{.}}\n").problem).toBe("unknown variable {{.}} (the templates folder's README lists them)");
	});

	it("the error message reads file, line, problem", () => {
		expect(() => checkTemplate({ file: "T/x.md", text: "{{nope}}" }, LETTER_VARIABLES)).toThrow(
			"T/x.md, line 1: unknown variable {{nope}} (the templates folder's README lists them)",
		);
	});
});

describe("rendering a letter template", () => {
	it("writes values as they are (no HTML escaping), drops blank runs and ends with one line break", () => {
		const text = renderTemplate(
			{ file: "t.md", text: "Dear {{recipient_name}},\n\n{{#wishes}}\n{{.}}\n\n{{/wishes}}\n\n\nBest,\n{{sender_name}}\n\n" },
			LETTER_VARIABLES,
			{ recipient_name: "Mr. O'Brien & <Co>", wishes: ["I ran the \"R&D\" budget"], sender_name: "Morgan" },
		);
		expect(text).toBe("Dear Mr. O'Brien & <Co>,\n\nI ran the \"R&D\" budget\n\nBest,\nMorgan\n");
	});

	it("does not render a value's own braces as a tag", () => {
		expect(renderTemplate({ file: "t.md", text: "{{subject}}" }, LETTER_VARIABLES, { subject: "{{sender_name}}" })).toBe("{{sender_name}}\n");
	});
});

describe("a section closed by the wrong name", () => {
	it("says which tag closes which", () => {
		expect(problemOf("{{#wishes}}\n{{.}}\n{{/since}}\n")).toEqual({ line: 3, problem: "{{/since}} closes {{#wishes}}, which is still open" });
	});
});
