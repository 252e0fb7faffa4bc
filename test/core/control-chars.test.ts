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

	it("removes every one, tab and line breaks too, from a one-line value", () => {
		expect(withoutAnyControlChars("a\tb\r\nc\u0007🙂")).toBe("abc🙂");
	});
});
