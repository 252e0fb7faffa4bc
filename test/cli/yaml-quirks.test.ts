import { describe, expect, it } from "vitest";
import { yamlQuirk } from "../../src/cli/yaml-quirks";

describe("yamlQuirk", () => {
	it.each([
		["a tab before a key", "a:\n\tb: 1\n", /tab is used as indentation on line 2/],
		["spaces, then a tab before a key", "foo:\n  a: 1\n  \tb: 2\n", /line 3/],
		["a tab before a list item", "list:\n\t- a\n", /line 2/],
		["a tab after an explicit key", "?\tkey:\n", /line 1/],
		["text after a quoted value", 'key: "quoted" more\n', /text after a closed value on line 1/],
		["text after a flow mapping", "x: { y: z }in: valid\n", /line 1/],
		["a comment glued to a quoted value", 'key: "value"# comment\n', /line 1/],
		["text after a quoted value that spans lines", 'key: "one\n  two" three\n', /line 2/],
	])("finds %s", (_name, yaml, message) => expect(yamlQuirk(yaml)).toMatch(message));

	it.each([
		["plain notes", "type: interview\ncompany: O'Brien's \"Best\" Ltd\nrole: Analyst\n"],
		["quoted keys and values, comments", '"a key": "a value" # why\nb: \'it\'\'s\'\n'],
		["flow collections over lines", "tags: [job-search,\n  northwind]\nmap: { a: 1,\n  b: 2 }\n"],
		["tabs inside a block scalar", "notes: |\n  line\n  \tindented by a tab\nnext: 1\n"],
		["a tab inside a quoted value over lines", 'quoted: "text\n  \tlines"\n'],
		["a tab before continued plain text", "foo:\n \tbar\n"],
		["a tab after a list dash", "- foo:\t bar\n-\tbaz\n"],
		["anchors and tags before a flow value", "a: &x [1, 2]\nb: !!str {c: d}\n"],
	])("accepts %s", (_name, yaml) => expect(yamlQuirk(yaml)).toBeNull());
});
