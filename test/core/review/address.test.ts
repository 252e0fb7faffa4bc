import { describe, expect, it } from "vitest";
import { addressLines } from "../../../src/core/review/address";
import { ctx, interview, only } from "./fixtures";

const LETTER = (block: string) => `Alex Doe
1 Main Street
Springfield

20 November 2026

Ms. Dana Whitfield
Head of Operations
${block}

Dear Ms. Whitfield:

Thank you for meeting me.
`;
const NOTE_ADDRESS = ["4 Dock Street", "Leeds LS10 1PJ"];
const c = ctx({ format: "letter", companyAddress: NOTE_ADDRESS });

describe("address", () => {
	it("flags a recipient block whose company address differs from the note's company_address", () => {
		const found = only(LETTER("Northwind Traders\n14 Dock Street\nLeeds LS10 1PJ"), "address", c);
		expect(found).toEqual([
			{
				rule: "address",
				severity: "error",
				line: 10,
				message: "This address ('14 Dock Street, Leeds LS10 1PJ') differs from the note's company_address ('4 Dock Street, Leeds LS10 1PJ'); copy it from the note, or correct the note.",
			},
		]);
	});

	it("accepts the note's address however it is broken into lines, cased or punctuated, and a block without an address", () => {
		for (const block of ["Northwind Traders\n4 Dock Street\nLeeds LS10 1PJ", "NORTHWIND TRADERS\n4 Dock Street, Leeds, LS10 1PJ", "Northwind Traders\n4 dock street\nleeds ls10 1pj", "Northwind Traders"]) {
			expect(only(LETTER(block), "address", c), block).toEqual([]);
		}
	});

	it("accepts the recipient's own address: field, and checks nothing when the note gives none", () => {
		const own = ctx({ format: "letter", companyAddress: NOTE_ADDRESS, interview: interview({ interviewers: [{ name: "Dana Whitfield", honorific: "Ms.", address: "Unit 9\nHunslet Trading Estate" }] }) });
		expect(only(LETTER("Northwind Traders\nUnit 9\nHunslet Trading Estate"), "address", own)).toEqual([]);
		expect(only(LETTER("Northwind Traders\nAnywhere"), "address", ctx({ format: "letter" }))).toEqual([]);
	});

	it("reads company_address tolerantly", () => {
		expect(addressLines("4 Dock Street\r\nLeeds LS10 1PJ\n")).toEqual(NOTE_ADDRESS);
		expect(addressLines(["4 Dock Street", " Leeds LS10 1PJ ", ""])).toEqual(NOTE_ADDRESS);
		expect(addressLines({ street: "4 Dock Street", city: "Leeds LS10 1PJ" })).toEqual(NOTE_ADDRESS);
		expect(addressLines(undefined)).toEqual([]);
		expect(addressLines(null)).toEqual([]);
		expect(addressLines(new Date(0))).toEqual([]);
	});
});
