import { describe, expect, it } from "vitest";
import { parseInterview } from "../../src/core/interview";
import type { FollowUpItem } from "../../src/core/items";
import { callTarget, rowDate, rowMoment, rowWords, unnamedPeople } from "../../src/core/row-text";

const NOW = new Date(2026, 10, 22, 9, 0);

describe("rowDate", () => {
	it("day and time; a whole-day deadline without the time; the year when it is not this one", () => {
		expect(rowDate(new Date(2026, 10, 22, 14, 0), NOW, "uk")).toBe("Sun 22 Nov, 14:00");
		expect(rowDate(new Date(2026, 10, 22, 23, 59, 59), NOW, "uk")).toBe("Sun 22 Nov");
		expect(rowDate(new Date(2026, 11, 4), NOW, "uk")).toBe("Fri 4 Dec");
		expect(rowDate(new Date(2025, 2, 1, 9, 30), NOW, "uk")).toBe("Sat 1 Mar 2025, 09:30");
	});
	it("in the user's date style", () => {
		expect(rowDate(new Date(2026, 10, 22, 14, 0), NOW, "us")).toBe("Sun, Nov 22, 14:00");
		expect(rowDate(new Date(2026, 10, 22, 14, 0), NOW, "iso")).toBe("2026-11-22 14:00");
		expect(rowDate(new Date(2026, 11, 4), NOW, "iso")).toBe("2026-12-04");
	});
});

const base: FollowUpItem = { id: "a#x", note: "a.md", company: "Northwind", role: "", kind: "status-check", label: "", notBefore: null, due: new Date(2026, 10, 20, 23, 59, 59), state: "overdue", interviewers: [] };

describe("rowMoment and rowWords", () => {
	it("a waiting item shows when it opens; others when they are due", () => {
		const waiting = { ...base, state: "waiting" as const, notBefore: new Date(2026, 11, 4), due: new Date(2026, 11, 4, 23, 59, 59) };
		expect(rowMoment(waiting)).toEqual(new Date(2026, 11, 4));
		expect(rowWords(waiting, NOW)).toBe("opens in 12 days");
		expect(rowMoment(base)).toEqual(base.due);
		expect(rowWords(base, NOW)).toBe("1 day late");
	});
});

describe("unnamedPeople", () => {
	it("leaves out a name the label already gives whole or by surname, in any case or accent", () => {
		expect(unnamedPeople({ label: "Send a thank-you note to Dr. Raman", interviewers: ["Priya Raman"] })).toEqual([]);
		expect(unnamedPeople({ label: "Send a thank-you note to Ms. Whitfield", interviewers: ["Dana Whitfield", "Sam Ortiz"] })).toEqual(["Sam Ortiz"]);
		expect(unnamedPeople({ label: "Thank ms. nunez anyway", interviewers: ["Inés Núñez"] })).toEqual([]);
		expect(unnamedPeople({ label: "Write to Dana Whitfield", interviewers: ["Dana Whitfield"] })).toEqual([]);
		expect(unnamedPeople({ label: "Send what they asked for: Writing sample", interviewers: ["Lee Chen"] })).toEqual(["Lee Chen"]);
		expect(unnamedPeople({ label: "Write to Mr. van der Berg", interviewers: ["Jan van der Berg"] })).toEqual([]);
		expect(unnamedPeople({ label: "Write to Mr. Berg", interviewers: ["Jan van der Berg"] })).toEqual(["Jan van der Berg"]);
	});
});

describe("callTarget", () => {
	const iv = (prefers: string, phone?: string) =>
		parseInterview("a.md", { type: "interview", company: "Coho", date: "2026-11-10", interviewers: [{ name: "Inês Costa", honorific: "Ms.", prefers, ...(phone ? { phone } : {}) }] }).interview;
	it("a status check or request for a contact who prefers the phone, with a number", () => {
		expect(callTarget(iv("phone", "+351 21 000 0000"), { kind: "status-check" })).toEqual({ name: "Inês Costa", phone: "+351 21 000 0000" });
		expect(callTarget(iv("phone", "+351 21 000 0000"), { kind: "request" })).toEqual({ name: "Inês Costa", phone: "+351 21 000 0000" });
		expect(callTarget(iv("phone", "+351 21 000 0000"), { kind: "thank-you" })).toBeNull();
		expect(callTarget(iv("email", "+351 21 000 0000"), { kind: "status-check" })).toBeNull();
		expect(callTarget(iv("phone"), { kind: "status-check" })).toBeNull();
	});
});
