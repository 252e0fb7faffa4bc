import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { matchesNotAfter } from "../../../src/core/review/not-after";

const at = (text: string, re: RegExp, before: RegExp): number[] => [...matchesNotAfter(text, re, before)].map((m) => m.index);

describe("matchesNotAfter: a lookbehind without one", () => {
	it("skips a match after an excluded character and resumes one character later", () => {
		expect(at("hey they hey", /hey/g, /\p{L}/u)).toEqual([0, 9]);
		expect(at("[[Link]] [Name]", /\[([^\][\n]{2,40})\]/gu, /[[!\\]/u)).toEqual([9]);
		expect(at("a:)b :)", /:\)/g, /[\w:/<]/)).toEqual([5]);
	});
	it("sees a letter beyond the BMP before the match as one character", () => {
		expect(at("𝐀hey hey", /hey/gu, /\p{L}/u)).toEqual([6]);
	});
});

describe("the plugin bundle's source", () => {
	it("has no regex lookbehind in src/ (Obsidian on iOS before 16.4 cannot parse it)", () => {
		const files = readdirSync("src", { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts")).map((f) => join("src", f));
		expect(files.length).toBeGreaterThan(100);
		for (const f of files) expect(readFileSync(f, "utf8"), f).not.toMatch(/\(\?<[=!]/);
	});
});
