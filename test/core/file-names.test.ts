import { describe, expect, it } from "vitest";
import { characters, cutToBytes, fileNameWithSuffix, MAX_FILE_NAME_BYTES, safeFileName, utf8Length } from "../../src/core/file-names";

const bytes = (s: string): number => new TextEncoder().encode(s).length;
/** True when `s` is well-formed UTF-16 (no lone surrogate) and starts with no combining mark. */
const whole = (s: string): boolean => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s) && !/^\p{M}/u.test(s);

describe("safeFileName", () => {
	it.each([
		["A/B: C?", "A B C"],
		['Acme * "Labs" <x> | y', "Acme Labs x y"],
		["Back\\slash", "Back slash"],
		["[[Link]] #tag ^block", "Link tag block"],
		["..hidden..", "hidden"],
		["Bell\u0007 esc\u001b[31m del\u007f c1\u0085 nul\u0000", "Bell esc 31m del c1 nul"],
		["  many   spaces  ", "many spaces"],
		["CON", "CON_"],
		["lpt1", "lpt1_"],
	])("%j → %j", (text, name) => expect(safeFileName(text, "Fallback")).toBe(name));

	it("falls back when nothing usable is left", () => {
		expect(safeFileName("..\u0007..", "Fallback")).toBe("Fallback");
		expect(safeFileName("///", "2026-11-19 Draft")).toBe("2026-11-19 Draft");
	});

	it("a 300-character company gives a name of at most 120 bytes with its extension", () => {
		const name = safeFileName(`2026-11-19 ${"Northwind Traders International ".repeat(10)}- Analyst`, "x");
		expect(bytes(`${name}.md`)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
		expect(bytes(`${name}.md`)).toBeGreaterThan(MAX_FILE_NAME_BYTES - 12);
		expect(name.startsWith("2026-11-19 Northwind Traders International Northwind")).toBe(true);
		expect(name).toBe(name.trim());
	});

	it.each([
		["emoji", "🚀 Rocket Labs 👩🏽‍💻 ".repeat(20)],
		["CJK", "株式会社東京海上日動火災保険".repeat(20)],
		["combining marks", "Nu\u0301n\u0303ez ".repeat(40)],
		["flags", "🇬🇧🇫🇷🇩🇪".repeat(40)],
		["family emoji", "👨‍👩‍👧‍👦".repeat(40)],
	])("%s: cut on a character boundary, within 120 bytes", (_kind, text) => {
		for (const ext of ["md", "ics", "canvas"]) {
			const name = safeFileName(text, "x", ext);
			expect(bytes(`${name}.${ext}`)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
			expect(bytes(`${name}.${ext}`)).toBeGreaterThan(MAX_FILE_NAME_BYTES - 30);
			expect(whole(name)).toBe(true);
			// The cut name is the text's first characters, each whole.
			const chars = characters(name);
			expect(characters(text.trim()).slice(0, chars.length).join("").replace(/\s+/g, " ").trimEnd()).toBe(name);
		}
	});
});

describe("characters and cutToBytes", () => {
	it("keeps marks, skin tones, joined emoji and flags with their character", () => {
		expect(characters("e\u0301a")).toEqual(["e\u0301", "a"]);
		expect(characters("👩🏽‍💻x")).toEqual(["👩🏽‍💻", "x"]);
		expect(characters("🇬🇧🇫🇷")).toEqual(["🇬🇧", "🇫🇷"]);
		expect(characters("❤️a")).toEqual(["❤️", "a"]);
		expect(characters("東京")).toEqual(["東", "京"]);
	});
	it("never cuts inside a character", () => {
		expect(cutToBytes("ab😀", 5)).toBe("ab");
		expect(cutToBytes("ab😀", 6)).toBe("ab😀");
		expect(cutToBytes("e\u0301e\u0301", 4)).toBe("e\u0301");
		expect(cutToBytes("東京", 5)).toBe("東");
		expect(utf8Length("a€😀")).toBe(bytes("a€😀"));
	});
	it("fits a copy's number and keeps the extension", () => {
		const long = safeFileName("x".repeat(300), "f");
		const second = fileNameWithSuffix(long, " 2", "md");
		expect(second.endsWith(" 2.md")).toBe(true);
		expect(bytes(second)).toBe(MAX_FILE_NAME_BYTES);
		expect(fileNameWithSuffix("Short", " 12", "md")).toBe("Short 12.md");
	});
});
