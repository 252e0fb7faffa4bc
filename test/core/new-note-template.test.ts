import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { newInterviewBody, validateFields, type NewInterview } from "../../src/core/new-note";
import { fillPlaceholders, newInterviewFromTemplate, templateValues } from "../../src/core/new-note-template";
import { resolveSettings } from "../../src/core/settings";

const NOW = new Date(2026, 10, 22, 9, 5);

function input(fields: Partial<Record<"company" | "role" | "date" | "interviewers", string>> = {}): NewInterview {
	const r = validateFields({ company: "Northwind: Traders", role: "Operations Analyst", date: "2026-11-19 14:00", interviewers: "Ms. Dana Whitfield, Sam Ortiz", ...fields });
	if (!r.ok) throw new Error(r.message);
	return r.value;
}

const TEMPLATE = [
	"---",
	"type: meeting",
	"company: Placeholder Ltd",
	"tags:",
	"  - interview",
	"  - job-hunt",
	"source: \"{{company}}\"",
	"created: {{date}} {{time}}",
	"note: <% tp.file.title %>",
	"---",
	"# {{title}}",
	"",
	"With {{interviewers}} for {{role}} at {{company}}; {{date:YYYY}} stays, so does <% tp.date.now() %>.",
	"",
].join("\n");

describe("newInterviewFromTemplate", () => {
	const values = templateValues(input(), "2026-11-19 Northwind - Operations Analyst", NOW);
	const body = newInterviewBody(resolveSettings({}).settings);

	it("the template's frontmatter merged with the modal's keys, which win; placeholders filled; Templater tags left alone", () => {
		const text = newInterviewFromTemplate(TEMPLATE, input(), values, body);
		expect(text).toBe(
			[
				"---",
				"type: interview",
				'company: "Northwind: Traders"',
				"role: Operations Analyst",
				"date: 2026-11-19T14:00",
				"interviewers:",
				"  - name: Dana Whitfield",
				"    honorific: Ms.",
				"  - name: Sam Ortiz",
				"tags:",
				"  - interview",
				"  - job-hunt",
				'source: "Northwind: Traders"',
				"created: 2026-11-22 09:05",
				"note: <% tp.file.title %>",
				"---",
				"# 2026-11-19 Northwind - Operations Analyst",
				"",
				"With Ms. Dana Whitfield, Sam Ortiz for Operations Analyst at Northwind: Traders; {{date:YYYY}} stays, so does <% tp.date.now() %>.",
				"",
			].join("\n"),
		);
		const fm = parse(text.split("---\n")[1] ?? "") as Record<string, unknown>;
		expect([fm.company, fm.source, fm.tags]).toEqual(["Northwind: Traders", "Northwind: Traders", ["interview", "job-hunt"]]);
	});

	it("a value that holds a placeholder is never filled again", () => {
		const sneaky = templateValues(input({ company: "{{role}} & Co" }), "T", NOW);
		expect(fillPlaceholders("{{company}} / {{ role }}", sneaky)).toBe("{{role}} & Co / Operations Analyst");
	});

	it("a template without frontmatter or body: the modal's keys, then the template text or the built-in headings", () => {
		expect(newInterviewFromTemplate("Notes for {{company}}\r\n", input({ interviewers: "" }), values, body)).toBe(
			'---\ntype: interview\ncompany: "Northwind: Traders"\nrole: Operations Analyst\ndate: 2026-11-19T14:00\n---\nNotes for Northwind: Traders\n',
		);
		expect(newInterviewFromTemplate("---\ntags: [interview]\n---\n", input({ interviewers: "" }), values, body)).toBe(
			`---\ntype: interview\ncompany: "Northwind: Traders"\nrole: Operations Analyst\ndate: 2026-11-19T14:00\ntags: [interview]\n---\n${body}`,
		);
	});

	it("keeps the template's interviewers when the modal gives none", () => {
		const t = "---\ninterviewers:\n  - name: Priya Raman\n---\n";
		expect(newInterviewFromTemplate(t, input({ interviewers: "" }), values, body)).toContain("date: 2026-11-19T14:00\ninterviewers:\n  - name: Priya Raman\n---\n");
	});
});
