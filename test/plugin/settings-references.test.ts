import { describe, expect, it } from "vitest";
import { parseReferencesText, referencesToText } from "../../src/plugin/settings-references";

describe("the references text of the settings tab", () => {
	it("reads name | email | phone | relationship lines, keeping a link's alias", () => {
		const r = parseReferencesText("Alex Morgan\n  \n[[People/Robin Hale|Robin]] | robin@example.com | | my manager at Contoso\n");
		expect(r).toEqual({
			ok: true,
			value: [
				{ name: "Alex Morgan" },
				{
					name: "Robin Hale",
					email: "robin@example.com",
					relationship: "my manager at Contoso",
					link: { written: "[[People/Robin Hale|Robin]]", linkpath: "People/Robin Hale" },
				},
			],
		});
		expect(r.ok && referencesToText(r.value)).toBe("Alex Morgan\n[[People/Robin Hale|Robin]] | robin@example.com |  | my manager at Contoso");
	});

	it.each([
		["Alex | a@b | 1 | friend | extra", "Line 1 has more than name | email | phone | relationship."],
		["Alex\n | a@b", "Line 2 has no name; start it with the reference's name."],
		["Alex | not-an-email", "Line 1: 'not-an-email' is not an email address; leave that part empty or write one."],
		["[[#Heading]]", "Setting 'references' item 1 is '[[#Heading]]', a link to a heading rather than to a person note; write the person's name or link their note."],
	])("%j: %s", (text, message) => expect(parseReferencesText(text)).toEqual({ ok: false, message }));

	it("no lines: no references", () => expect(parseReferencesText("\n \n")).toEqual({ ok: true, value: [] }));
});
