import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseInterview } from "../../src/core/interview";
import { readNoteParts } from "../../src/cli/frontmatter";

const suite = fileURLToPath(new URL("../fixtures/yaml-test-suite/cases", import.meta.url));
/**
 * Invalid by the YAML spec, yet read by js-yaml 3 (gray-matter's engine), which the CLI uses
 * for speed (see src/cli/yaml.ts). Each is a formatting quirk (a comment glued to a value, a
 * tab in indentation, a flow sequence over lines); the note is read, and nothing is written
 * to it. (4JVG, CXX2 and SU5Z, read by js-yaml 4 before, are reported now.)
 */
const LENIENT = ["9C9N", "9KBC", "DK95-01", "H7J7", "QB6E", "S98Z", "Y79Y-000"];
const cases = readdirSync(suite).filter((f) => f.endsWith(".yaml")).map((f) => f.replace(/\.yaml$/, ""));

describe("readNoteParts", () => {
	it("splits frontmatter from the body and keeps timestamps as local text", () => {
		const text = "---\ndate: 2026-11-19T14:00:00\ninterest: yes\n---\n# Body\n";
		const p = readNoteParts(text);
		expect(p.frontmatter).toEqual({ date: "2026-11-19T14:00:00", interest: "yes" });
		expect(p.body).toBe("# Body\n");
		expect(text.slice(p.bodyOffset)).toBe(p.body);
		expect(p.bodyLine).toBe(4);
	});
	it("a note without a closed block has no frontmatter", () => {
		expect(readNoteParts("---\na: 1\nno end").hasFrontmatter).toBe(false);
		expect(readNoteParts("text\n---\na: 1\n---\n").hasFrontmatter).toBe(false);
	});
	it("handles CRLF and a byte-order mark", () => {
		const p = readNoteParts("\ufeff---\r\ncompany: Acme\r\n---\r\nbody");
		expect(p.frontmatter).toEqual({ company: "Acme" });
		expect(p.body).toBe("body");
	});
	it("broken YAML is one plain error line", () => {
		const p = readNoteParts("---\ncompany: [Acme\n---\n");
		expect(p.frontmatter).toBeUndefined();
		expect(p.error).toMatch(/^The frontmatter is not valid YAML: [^\n]+$/);
	});
});

describe(`YAML test suite (${cases.length} cases) as frontmatter`, () => {
	it("has the copied cases", () => expect(cases.length).toBe(402));
	it.each(cases)("%s", (id) => {
		const yaml = readFileSync(join(suite, `${id}.yaml`), "utf8");
		const invalid = existsSync(join(suite, `${id}.error`));
		const note = `---\n${yaml.endsWith("\n") ? yaml : `${yaml}\n`}---\nBody stays.\n`;
		let parts: ReturnType<typeof readNoteParts> | undefined;
		expect(() => (parts = readNoteParts(note))).not.toThrow();
		expect(() => parseInterview("Interviews/case.md", parts?.frontmatter)).not.toThrow();
		if (!parts?.hasFrontmatter) return; // a `---` line inside the case closed the block early or the case swallowed it
		if (LENIENT.includes(id)) {
			expect(invalid).toBe(true);
			expect(parts.frontmatter).toBeTypeOf("object");
		} else if (invalid && parts.body === "Body stays.\n") {
			// An invalid document is reported, never silently read as data.
			expect(parts.error).toMatch(/^The frontmatter /);
			expect(parts.frontmatter).toBeUndefined();
		}
		if (parts.error) expect(parts.error).not.toContain("\n");
		else expect(parts.frontmatter).toBeTypeOf("object");
	});
});
