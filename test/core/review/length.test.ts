import { describe, expect, it } from "vitest";
import { ctx, lineOf, only } from "./fixtures";

describe("too-long", () => {
	const para = (n: number): string => `Paragraph ${n} says one short thing about the routing system.`;
	it("flags a fourth body paragraph on its first line, not counting subject, salutation or sign-off", () => {
		const text = ["Subject: Thank you", "", "Dear Ms. Whitfield,", "", para(1), "", para(2), "", para(3), "", para(4), "", "Kind regards,", "Alex Doe"].join("\n");
		const [f] = only(text, "too-long");
		expect(f?.line).toBe(lineOf(text, "Paragraph 4"));
		expect(f?.message).toMatch(/4 paragraphs; keep it to 3/);
		expect(only(text.replace(`${para(4)}\n\n`, ""), "too-long")).toEqual([]);
	});
	it("ignores a formal letter's sender and recipient blocks", () => {
		const blocks = ["Alex Doe", "1 Main Street", "alex@example.com", "", "2026-11-20", "", "Ms. Dana Whitfield", "Head of Operations", "Northwind Traders", ""];
		const text = [...blocks, "Dear Ms. Whitfield:", "", para(1), "", para(2), "", para(3), "", "Sincerely,", "", "Alex Doe"].join("\n");
		expect(only(text, "too-long", ctx({ format: "letter" }))).toEqual([]);
	});
	it("flags more than about 200 words (80 for a card) where the limit passes", () => {
		const line = "We talked about routing, forecasting and the dock scanners in some detail today.";
		const body = Array.from({ length: 16 }, () => line);
		const text = ["Dear Ms. Whitfield,", "", ...body, "", "Kind regards,", "Alex"].join("\n");
		const [f] = only(text, "too-long");
		expect(f?.line).toBe(18);
		expect(f?.message).toMatch(/runs to 208 words; keep a letter under about 200/);
		const card = ["Dear Ms. Whitfield,", "", ...body.slice(0, 7), "", "Warmly,", "Alex"].join("\n");
		expect(only(card, "too-long")).toEqual([]);
		expect(only(card, "too-long", ctx({ format: "card" }))[0]?.message).toMatch(/runs to 91 words; keep a card under about 80/);
		expect(only(card, "too-long", ctx({ format: "card" }))[0]?.line).toBe(9);
	});
});
