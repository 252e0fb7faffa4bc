import { describe, expect, it } from "vitest";
import { hasControlChar, withoutAnyControlChars, withoutControlChars } from "../../src/core/control-chars";

describe("control characters", () => {
	it("finds C0, DEL and C1 controls, and nothing else", () => {
		for (const c of ["\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\u009f", "\t", "\n", "\r"]) expect([c, hasControlChar(`a${c}b`)]).toEqual([c, true]);
		for (const c of ["\u00a0", "é", "\u2028", "🙂"]) expect([c, hasControlChar(`a${c}b`)]).toEqual([c, false]);
	});

	it("removes them, keeping tab, line feed and the CR of a CRLF; a lone CR goes", () => {
		expect(withoutControlChars("\u001b[31mred\u001b[0m\u0007\u0000 ok\u007f\u0085\u009b")).toBe("[31mred[0m ok");
		expect(withoutControlChars("a\tb\r\nc\rd\n")).toBe("a\tb\r\ncd\n");
		expect(withoutControlChars("plain text")).toBe("plain text");
	});

	it("gives what a character-by-character filter gives, for every code point up to U+00A0 in every position", () => {
		const keep = (t: string, i: number): boolean => {
			const c = t.charCodeAt(i);
			return !(c < 0x20 || (c >= 0x7f && c <= 0x9f)) || c === 0x09 || c === 0x0a || (c === 0x0d && t.charCodeAt(i + 1) === 0x0a);
		};
		const slow = (t: string): string => [...t].filter((_, i) => keep(t, i)).join("");
		for (let a = 0; a <= 0xa0; a++) {
			for (const b of [0x0a, 0x0d, 0x41, 0x1b, 0x9f]) {
				const t = `x${String.fromCharCode(a)}${String.fromCharCode(b)}y${String.fromCharCode(a)}`;
				expect([a, b, withoutControlChars(t)]).toEqual([a, b, slow(t)]);
			}
		}
	});

	it("removes every one, tab and line breaks too, from a one-line value", () => {
		expect(withoutAnyControlChars("a\tb\r\nc\u0007🙂")).toBe("abc🙂");
	});
});
