import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { contentLine, escapeText, foldByOctets, foldLine, icsDate, icsUtcTime } from "../../src/core/ical-text";

const octets = (s: string): number => new TextEncoder().encode(s).length;
const unfold = (s: string): string => s.replace(/\r\n /g, "");

describe("ical text", () => {
	it("escapes TEXT values", () => {
		expect(escapeText("a\\b;c,d\ne\r\nf\rg")).toBe("a\\\\b\\;c\\,d\\ne\\nf\\ng");
	});

	it("removes control characters, which RFC 5545 forbids in a content line; a tab stays", () => {
		expect(escapeText("\u001b[31mRed\u0007 \u0000NUL\u007f\u0085\u009b\tTab\nLine")).toBe("[31mRed NUL\tTab\\nLine");
		expect(contentLine("UID", "Interviews/A\u0007b.md-thank-you@ifu", false)).toBe("UID:Interviews/Ab.md-thank-you@ifu");
		expect(contentLine("SUMMARY", "Send\r a note\u001b")).toBe("SUMMARY:Send\\n a note");
	});

	it.each([
		["ASCII", "x".repeat(300)],
		["two-octet letters", "é".repeat(200)],
		["three-octet letters", "漢".repeat(100)],
		["emoji (surrogate pairs)", "🙂".repeat(60)],
		["a mix at every boundary", `${"a".repeat(73)}🙂é漢${"🙂a".repeat(40)}`],
	])("folds %s at 75 octets, never inside a character", (_name, value) => {
		const folded = foldLine(`SUMMARY:${value}`);
		const lines = folded.split("\r\n");
		expect(lines.length).toBeGreaterThan(1);
		for (const [i, line] of lines.entries()) {
			expect(octets(line)).toBeLessThanOrEqual(75);
			if (i > 0) expect(line.startsWith(" ")).toBe(true);
			expect(line).not.toMatch(/[\ud800-\udbff]$|^ ?[\udc00-\udfff]/);
		}
		expect(unfold(folded)).toBe(`SUMMARY:${value}`);
		// Full lines: a line is folded only when the next character would not fit.
		expect(octets(lines[0] ?? "")).toBeGreaterThan(71);
	});

	it("leaves a short line alone", () => expect(foldLine("SUMMARY:short")).toBe("SUMMARY:short"));

	it("writes dates and UTC times", () => {
		expect(icsDate(new Date(2026, 11, 31, 23, 59), 1)).toBe("20270101");
		expect(icsUtcTime(new Date(Date.UTC(2026, 10, 22, 9, 5, 7)))).toBe("20261122T090507Z");
	});

	it("ical.js reads back what it writes", () => {
		const summary = `Thank Ms. Ōtsuka 🙂, Smith; Jones\\ "Holdings"\nline two ${"é漢🙂".repeat(30)}`;
		const ics = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//t//t//EN", "BEGIN:VEVENT", "UID:x", "DTSTAMP:20261122T090000Z", "DTSTART;VALUE=DATE:20261120", contentLine("SUMMARY", summary), "END:VEVENT", "END:VCALENDAR", ""].join("\r\n");
		const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics) as unknown[]).getFirstSubcomponent("vevent") as ICAL.Component);
		expect(event.summary).toBe(summary);
	});
});

describe("folding and escaping by the quick paths", () => {
	const escape = (t: string): string => t.replace(/[\\;,\n]/g, (c) => (c === "\n" ? "\\n" : `\\${c}`));

	it("folds ASCII lines of every length from 0 to 400 as the general fold does", () => {
		for (let n = 0; n <= 400; n++) {
			const line = "SUMMARY:".concat("abcdefghij".repeat(40)).slice(0, n);
			expect([n, foldLine(line)]).toEqual([n, foldByOctets(line)]);
		}
	});

	it("escapes backslashes, semicolons, commas and line breaks as one pass does", () => {
		for (const t of ["plain", "a,b;c\\d\ne", "\\\\,,;;\n\n", "trailing\\", "é, ü; 🙂\\n"]) expect(escapeText(t)).toBe(escape(t));
	});
});
