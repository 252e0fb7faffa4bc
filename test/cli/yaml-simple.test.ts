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

	it("reads a value that names a property of every object (constructor, toString) as the text it is", () => {
		for (const word of ["constructor", "toString", "hasOwnProperty", "__proto__", "valueOf"]) {
			const text = `company: ${word}\ntags: [${word}, b]\ninterviewers:\n  - ${word}\n  - name: ${word}\n`;
			expect(agrees(text), text).toBe(true);
			expect(parseSimpleYaml(text)).toStrictEqual({ company: word, tags: [word, "b"], interviewers: [word, { name: word }] });
		}
	});

	it("keeps a no-break or em space at the end of a value, as YAML does (only spaces and tabs are white space)", () => {
		for (const text of ["a: Foo\u00a0\n", "a: Foo\u2003 \n", "a: [x\u00a0, \u00a0y]\n", "a:\n  - x\u00a0\n", "a: \u00a0\n", "a:\n  - name: A\n  \u00a0 title: B\n"]) agrees(text);
		expect(parseSimpleYaml("a: Foo\u00a0\n")).toStrictEqual({ a: "Foo\u00a0" });
	});

	it("agrees with the full parser on 5,000 generated blocks of awkward lines, and reads many of them", () => {
		const keys = ["company", "role", "date", "name", "company", "a-b", "x_1", "Type", "tags", "1st", "key with space", "", "toString"];
		const plain = ["Acme", "Acme Corp", "2026-11-19", "42", "true", "O'Brien", "[a, b]", "constructor", "Dana Whitfield"];
		const values = ["Acme", "Acme Corp", "", " ", "\t", "2026-11-19", "2026-11-19 14:00", "2026-11-19T14:00:00", "14:00", "42", "007", "1.5", "-3", "true", "Null", "~", "yes",
			"a: b", "a:", "a #b", "a#b", "'q'", '"q"', "O'Brien", "[a, b]", "[a,,b]", "[ ]", "[a: b]", "[[Link]]", "{a: b}", "x\u00a0", "\u00a0", "é ü", "🙂", "a\tb", "a\rb", "a\u2028b", "|", ">", "&a", "*a", "!t x", "%x", "@x", "`x`", "- x", "? x"];
		let seed = 11;
		const next = (n: number): number => {
			seed = (seed * 1103515245 + 12345) % 2147483648;
			return Math.floor((seed / 2147483648) * n);
		};
		const pick = <T,>(list: readonly T[]): T => list[next(list.length)] as T;
		const line = (): string => {
			const indent = " ".repeat(pick([0, 0, 0, 0, 0, 1, 2, 2, 4]));
			const value = (): string => (next(3) === 0 ? pick(values) : pick(plain));
			switch (next(6)) {
				case 0:
					return "";
				case 1:
				case 2:
					return `${indent}${pick(keys)}:${next(4) === 0 ? "" : " "}${value()}`;
				case 3:
					return `${indent}- ${value()}`;
				case 4:
					return `${indent}- ${pick(keys)}: ${value()}`;
				default:
					return `${indent}${pick(keys)}:`;
			}
		};
		let read = 0;
		for (let n = 0; n < 5000; n++) {
			const text = `${Array.from({ length: 1 + next(6) }, line).join("\n")}\n`;
			if (agrees(text)) read++;
		}
		expect(read).toBeGreaterThan(150);
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
