import { describe, expect, it } from "vitest";
import { parseYaml, yamlErrorLine } from "../../src/cli/yaml";

describe("parseYaml (gray-matter's engine with the core schema)", () => {
	it("keeps timestamps and dates as text, so local times stay local", () => {
		expect(parseYaml("date: 2026-11-19\nat: 2026-11-19T14:00:00\nwith: 2026-11-19 14:00:00+05:00\nold: 0026-11-20\n")).toEqual({
			date: "2026-11-19",
			at: "2026-11-19T14:00:00",
			with: "2026-11-19 14:00:00+05:00",
			old: "0026-11-20",
		});
	});

	it("reads the core schema's scalars and no merge keys", () => {
		expect(parseYaml("n: 3\nf: 1.5\nb: true\nz: ~\ns: yes\nbase: &b { a: 1 }\nm:\n  <<: *b\n")).toEqual({ n: 3, f: 1.5, b: true, z: null, s: "yes", base: { a: 1 }, m: { "<<": { a: 1 } } });
	});

	it("refuses duplicate keys, as Obsidian does", () => {
		expect(() => parseYaml("company: A\ncompany: B\n")).toThrow();
	});

	it("refuses what js-yaml 3 alone would misread", () => {
		expect(() => parseYaml("a:\n\tb:\n\t\tc: value\n")).toThrow(/tab is used as indentation on line 2/);
		expect(() => parseYaml('key1: "a"\nkey2: "b" no key: nor value\n')).toThrow(/text after a closed value on line 2/);
	});

	it("an error is one line with its position", () => {
		let err: unknown;
		try {
			parseYaml("company: [Acme\n");
		} catch (e) {
			err = e;
		}
		expect(yamlErrorLine(err)).toMatch(/^[^\n]+ \(2:1\)$/);
		expect(yamlErrorLine(new Error("first\nsecond:"))).toBe("first");
	});
});
