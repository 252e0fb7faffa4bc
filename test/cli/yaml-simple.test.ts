import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { generateNotes } from "../../bench/generate";
import { findFrontmatter, blockYaml } from "../../src/core/frontmatter-block";
import { parseFullYaml } from "../../src/cli/yaml";
import { parseSimpleYaml } from "../../src/cli/yaml-simple";

const suite = fileURLToPath(new URL("../fixtures/yaml-test-suite/cases", import.meta.url));

/** The full parser's reading, or "error". */
function full(text: string): unknown {
	try {
		return parseFullYaml(text);
	} catch {
		return "error";
	}
}

/** Where the quick reader answers, it answers as the full parser does. */
function agrees(text: string): boolean {
	const quick = parseSimpleYaml(text);
	if (quick !== undefined) expect(quick, text).toStrictEqual(full(text));
	return quick !== undefined;
}

describe("parseSimpleYaml", () => {
	it("reads the usual interview frontmatter as the full parser does", () => {
		const text = [
			"type: interview",
			"company: Northwind Traders",
			"role: Operations  Analyst   ",
			"date: 2026-11-19 14:00",
			"at: 2026-11-19T14:00:00",
			"round: 1",
			"interviewers:",
			"  - name: Dana Whitfield",
			"    honorific: Ms.",
			"    email: dana.whitfield@northwind.example",
			"  - Sam O'Brien",
			"interest: yes",
			"outcome: pending",
			"thank_you_sent:",
			"status_checks: [2026-12-04, 2026-12-11]",
			"tags: []",
			"ok: true",
			"requests:",
			"- item: Writing sample",
			"  asked: 2026-11-19",
			"",
		].join("\n");
		expect(agrees(text)).toBe(true);
		expect(parseSimpleYaml(text)).toMatchObject({ round: 1, thank_you_sent: null, interviewers: [{ name: "Dana Whitfield" }, "Sam O'Brien"], ok: true });
	});

	it.each([
		["a quoted value", 'company: "Acme"\n'],
		["a comment", "company: Acme # the old name\n"],
		["a comment line", "# note\ncompany: Acme\n"],
		["a repeated key", "company: A\ncompany: B\n"],
		["a repeated key in a list's map", "x:\n  - a: 1\n    a: 2\n"],
		["a number that is not a whole one", "n: 1.5\n"],
		["a leading zero", "n: 007\n"],
		["a time alone (base 60 in YAML 1.1)", "at: 14:00\n"],
		["a link in a flow list", "connections: [[Sam Ortiz]]\n"],
		["a colon in a flow list", "tags: [a:b, c]\n"],
		["a value over two lines", "company: Northwind\n  Traders\n"],
		["a nested map", "a:\n  b: 1\n"],
		["a list item's map over more spaces", "x:\n-   name: A\n  title: B\n"],
		["a list item's map with a nested list", "x:\n  - name: A\n    roles:\n      - b\n"],
		["a tab", "company:\tAcme\n"],
		["a prototype key", "__proto__: x\n"],
		["a key of Object's", "constructor: x\n"],
		["an alias", "a: *b\n"],
		["a block scalar", "a: |\n  text\n"],
		["a document marker", "a: 1\n---\nb: 2\n"],
		["an emoji", "mood: 🙂\n"],
		["a value starting with ~", "none: ~x\n"],
		["nothing", ""],
	])("leaves %s to the full parser", (_what, text) => {
		expect(parseSimpleYaml(text)).toBeUndefined();
	});

	it("keeps a no-break or em space at the end of a value, as YAML does (only spaces and tabs are white space)", () => {
		for (const text of ["a: Foo\u00a0\n", "a: Foo\u2003 \n", "a: [x\u00a0, \u00a0y]\n", "a:\n  - x\u00a0\n", "a: \u00a0\n", "a:\n  - name: A\n  \u00a0 title: B\n"]) agrees(text);
		expect(parseSimpleYaml("a: Foo\u00a0\n")).toStrictEqual({ a: "Foo\u00a0" });
	});

	it("agrees with the full parser on every case of the YAML test suite it reads", () => {
		const cases = readdirSync(suite).filter((f) => f.endsWith(".yaml"));
		const read = cases.filter((f) => agrees(readFileSync(`${suite}/${f}`, "utf8")));
		expect(read.length).toBe(11);
	});

	it("agrees with the full parser on every note of the benchmark vault, and reads every one", () => {
		const notes = generateNotes(2_000, 400);
		let read = 0;
		let blocks = 0;
		for (const note of notes) {
			const block = findFrontmatter(note.text);
			if (!block) continue;
			blocks++;
			if (agrees(`${blockYaml(note.text, block)}\n`)) read++;
		}
		expect(blocks).toBe(1_359);
		expect(read).toBe(blocks);
	});
});
