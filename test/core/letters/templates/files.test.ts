import { describe, expect, it } from "vitest";
import { draftLetters, formatsOf, LETTER_KINDS, templateExport, templateFileName, templateFromFile } from "../../../../src/core/letters/index";
import { LETTER_VARIABLES } from "../../../../src/core/letters/templates/variables";
import { loadFixture, local, SENDER_SETTINGS } from "../load";

describe("the exported templates", () => {
	const files = new Map(templateExport().map((f) => [f.name, f.text]));

	it("are one file per kind and format, and a README listing every variable", () => {
		expect([...files.keys()].sort()).toEqual(["README.md", ...LETTER_KINDS.flatMap((k) => formatsOf(k).map((f) => templateFileName(k, f)))].sort());
		const readme = files.get("README.md") ?? "";
		for (const name of Object.keys(LETTER_VARIABLES)) expect(readme).toContain(`| \`${name}\` |`);
	});

	it("draft exactly what the built-ins draft, for every kind and format of a full note", () => {
		const { interview, sections } = loadFixture("full");
		for (const kind of LETTER_KINDS) {
			for (const format of formatsOf(kind)) {
				const req = { interview, sections, settings: SENDER_SETTINGS, kind, format, now: local(2026, 11, 20), everyone: true };
				const name = templateFileName(kind, format);
				const source = templateFromFile(`Interviews/Templates/${name}`, files.get(name) ?? "");
				const mine = draftLetters({ ...req, templates: () => source }).map((d) => d.text);
				expect(mine).toEqual(draftLetters(req).map((d) => d.text));
			}
		}
	});
});

describe("a template file", () => {
	it("loses its frontmatter and counts its lines for messages", () => {
		expect(templateFromFile("T/a.md", "---\ntags: [x]\n---\nDear {{recipient_name}}\n")).toEqual({ file: "T/a.md", text: "Dear {{recipient_name}}\n", lineOffset: 3 });
		expect(templateFromFile("T/a.md", "\uFEFFDear\r\n\r\n{{sender_name}}\r\n")).toEqual({ file: "T/a.md", text: "Dear\n\n{{sender_name}}\n" });
		expect(templateFromFile("T/a.md", "---\r\na: 1\r\n---\r\nHi\r\n")).toEqual({ file: "T/a.md", text: "Hi\n", lineOffset: 3 });
	});
});
