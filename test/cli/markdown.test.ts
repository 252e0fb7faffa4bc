import { describe, expect, it } from "vitest";
import { markdownStructure, markdownStructureOf, readNoteSections } from "../../src/cli/markdown";
import { lineStructure } from "../../src/core/line-structure";
import { DEFAULT_SETTINGS } from "../../src/core/settings";

describe("the CLI's section structure", () => {
	it("reads an ordinary section with the Markdown parser", () => {
		const body = "## Highlights\n- Dana said the warehouse moves in spring.\n- Sam runs the night shift.\n";
		expect(markdownStructureOf(body)(14, body.length)).toEqual(markdownStructure(body, 14, body.length));
	});

	it("reads a section with a line of thousands of characters, or a very large one, with the linear line scan", () => {
		const long = `## Highlights\n- ${"[".repeat(5_000)}\n- A point.\n`;
		expect(markdownStructureOf(long)(14, long.length)).toEqual(lineStructure(long, 14, long.length));
		const large = `## Debrief\n${"Went well, and the panel asked about forecasting.\n\n".repeat(6_000)}`;
		expect(markdownStructureOf(large)(11, large.length)).toEqual(lineStructure(large, 11, large.length));
	});

	it("reads a 1 MB note of pathological lines in linear time (a generous bound: seconds, not minutes)", () => {
		const table = Array.from({ length: 40 }, (_, row) => `${"| cell ".repeat(2_500)}|${row === 0 ? `\n${"|---".repeat(2_500)}|` : ""}`).join("\n");
		const body = [
			"## Highlights",
			`- ${"[".repeat(50_000)}`,
			`- ${"*_".repeat(10_000)}`,
			"- Dana said the warehouse moves in spring.",
			"## Questions they asked",
			`- ${">".repeat(60_000)} a deeply quoted question?`,
			"## Debrief",
			table,
			"Went well.\n".repeat(40_000),
		].join("\n");
		expect(body.length).toBeGreaterThan(1_000_000);
		const started = Date.now();
		const sections = readNoteSections(body, DEFAULT_SETTINGS.headings);
		expect(Date.now() - started).toBeLessThan(5_000);
		expect(sections.highlights.map((h) => h.text).at(-1)).toBe("Dana said the warehouse moves in spring.");
	});
});
