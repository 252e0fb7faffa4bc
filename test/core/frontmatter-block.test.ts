import { describe, expect, it } from "vitest";
import { readNoteParts } from "../../src/cli/frontmatter";
import { blockYaml, findFrontmatter } from "../../src/core/frontmatter-block";
import { splitFrontmatter } from "../../src/core/note-text";

/** The YAML text and the body, as findFrontmatter cuts them; null without a block. */
function cut(text: string): { yaml: string; body: string } | null {
	const block = findFrontmatter(text);
	return block ? { yaml: blockYaml(text, block), body: text.slice(block.end) } : null;
}

describe("findFrontmatter (Obsidian's rule)", () => {
	it("finds a block that opens on the first line and closes on a line that is exactly ---", () => {
		const text = "---\ncompany: Acme\nrole: Analyst\n---\n# Body\n";
		expect(findFrontmatter(text)).toEqual({ start: 0, from: 4, to: 32, end: 36 });
		expect(cut(text)).toEqual({ yaml: "company: Acme\nrole: Analyst", body: "# Body\n" });
	});
	it("finds an empty block and a block that ends the note", () => {
		expect(cut("---\n---\nBody")).toEqual({ yaml: "", body: "Body" });
		expect(cut("---\na: 1\n---")).toEqual({ yaml: "a: 1", body: "" });
	});
	it("reads CRLF notes, keeping the body's line endings", () => {
		const text = "---\r\ncompany: Acme\r\n---\r\nLine one\r\nLine two\r\n";
		expect(cut(text)).toEqual({ yaml: "company: Acme", body: "Line one\r\nLine two\r\n" });
	});
	it("skips one byte-order mark, which Obsidian's Vault.read drops", () => {
		const text = "\ufeff---\ncompany: Acme\n---\nBody\n";
		expect(findFrontmatter(text)).toEqual({ start: 1, from: 5, to: 19, end: 23 });
		expect(cut(text)).toEqual({ yaml: "company: Acme", body: "Body\n" });
		expect(findFrontmatter("\ufeff\ufeff---\na: 1\n---\n")).toBeNull();
	});
	it("does not accept trailing spaces on the opening or the closing line", () => {
		expect(findFrontmatter("--- \na: 1\n---\nBody\n")).toBeNull();
		expect(findFrontmatter("---\t\na: 1\n---\nBody\n")).toBeNull();
		expect(findFrontmatter("---\na: 1\n--- \nBody\n")).toBeNull();
		// A later exact `---` line closes it instead.
		expect(cut("---\na: 1\n--- \nb: 2\n---\nBody\n")).toEqual({ yaml: "a: 1\n--- \nb: 2", body: "Body\n" });
	});
	it("does not close the block with YAML's `...`, `----`, or `---` inside a line", () => {
		expect(findFrontmatter("---\na: 1\n...\nBody\n")).toBeNull();
		expect(findFrontmatter("---\na: 1\n----\nBody\n")).toBeNull();
		expect(findFrontmatter("---\na: b---\n  ---x\nBody\n")).toBeNull();
	});
	it("has no block when it is never closed or does not open on the first line", () => {
		expect(findFrontmatter("---\na: 1\nno end")).toBeNull();
		expect(findFrontmatter("---")).toBeNull();
		expect(findFrontmatter("\n---\na: 1\n---\n")).toBeNull();
		expect(findFrontmatter("text\n---\na: 1\n---\n")).toBeNull();
		expect(findFrontmatter("")).toBeNull();
	});
});

describe("the plugin and the CLI cut every note at the same place", () => {
	const NOTES = [
		"---\ncompany: Acme\n---\nBody\n",
		"---\r\ncompany: Acme\r\n---\r\nBody\r\n",
		"\ufeff---\ncompany: Acme\n---\nBody\n",
		"--- \ncompany: Acme\n---\nBody\n",
		"---\ncompany: Acme\n--- \nBody\n",
		"---\ncompany: Acme\n...\nBody\n",
		"---\ncompany: Acme\nBody\n",
		"---\n---\n",
		"No frontmatter.\n",
	];
	it.each(NOTES)("%j", (text) => {
		const plugin = splitFrontmatter(text);
		const cli = readNoteParts(text);
		expect(cli.body).toBe(plugin.body);
		expect(cli.bodyOffset).toBe(plugin.frontmatter.length);
		expect(cli.hasFrontmatter).toBe(findFrontmatter(text) !== null);
	});
});
