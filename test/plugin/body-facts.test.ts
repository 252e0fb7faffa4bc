import { describe, expect, it } from "vitest";
import type { CachedMetadata } from "obsidian";
import { bodyFactsFromCache } from "../../src/plugin/body-facts";
import { DEFAULT_SETTINGS } from "../../src/core/settings";

const pos = (line: number, endLine = line) => ({ start: { line, col: 0, offset: 0 }, end: { line: endLine, col: 0, offset: 0 } });

/** "## Debrief" on line 4, a list on lines 6–7, "## Highlights" on line 9: the shapes CachedMetadata gives. */
function cache(listTasks: (string | undefined)[], extra: CachedMetadata["sections"] = []): CachedMetadata {
	return {
		headings: [
			{ heading: "Debrief", level: 2, position: pos(4) },
			{ heading: "Highlights", level: 2, position: pos(9) },
		],
		sections: [
			{ type: "heading", position: pos(4) },
			{ type: "list", position: pos(6, 7) },
			{ type: "heading", position: pos(9) },
			{ type: "paragraph", position: pos(10) },
			...extra,
		],
		listItems: listTasks.map((task, i) => ({ parent: -6, position: pos(6 + i), ...(task !== undefined ? { task } : {}) })),
	};
}

describe("bodyFactsFromCache", () => {
	it("a Debrief section holding only checklist lines is not written; text after the next heading does not count", () => {
		expect(bodyFactsFromCache(cache([" ", "x"]), DEFAULT_SETTINGS)).toEqual({ debriefWritten: false });
	});
	it("a plain bullet or a paragraph in the section is the user's own text", () => {
		expect(bodyFactsFromCache(cache([" ", undefined]), DEFAULT_SETTINGS)).toEqual({ debriefWritten: true });
		expect(bodyFactsFromCache(cache([" "], [{ type: "paragraph", position: pos(8) }]), DEFAULT_SETTINGS)).toEqual({ debriefWritten: true });
	});
	it("no Debrief heading, or no cache yet, is not written", () => {
		expect(bodyFactsFromCache(null, DEFAULT_SETTINGS)).toEqual({ debriefWritten: false });
		expect(bodyFactsFromCache(cache([undefined]), { ...DEFAULT_SETTINGS, headings: { ...DEFAULT_SETTINGS.headings, debrief: "Reflection" } })).toEqual({ debriefWritten: false });
	});
	it("follows the Debrief heading setting as it changes between notes", () => {
		const withHeading = (debrief: string) => ({ ...DEFAULT_SETTINGS, headings: { ...DEFAULT_SETTINGS.headings, debrief } });
		const written = cache([undefined]);
		expect(["Debrief", "Highlights", "Reflection", "  débrief ", "Debrief"].map((h) => bodyFactsFromCache(written, withHeading(h)).debriefWritten)).toEqual([true, true, false, true, true]);
	});
});
