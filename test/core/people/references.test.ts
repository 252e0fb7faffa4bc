import { describe, expect, it } from "vitest";
import { readReferences, referenceToSave } from "../../../src/core/people/references";

describe("the references setting", () => {
	it("reads names, links and objects with email, phone and relationship", () => {
		const problems: string[] = [];
		const refs = readReferences(
			["Alex Morgan", { name: "[[Robin Hale]]", email: "robin@example.com", phone: "+1 555 0100", relationship: "my manager at Contoso" }],
			problems,
		);
		expect(problems).toEqual([]);
		expect(refs).toEqual([
			{ name: "Alex Morgan" },
			{ name: "Robin Hale", email: "robin@example.com", phone: "+1 555 0100", relationship: "my manager at Contoso", link: { written: "[[Robin Hale]]", linkpath: "Robin Hale" } },
		]);
		expect(refs.map(referenceToSave)).toEqual([
			{ name: "Alex Morgan" },
			{ name: "[[Robin Hale]]", email: "robin@example.com", phone: "+1 555 0100", relationship: "my manager at Contoso" },
		]);
	});

	it.each([
		["not a list", "Alex", [], ["Setting 'references' should be a list of people with name, email, phone and relationship, not 'Alex'; it is ignored."]],
		["an entry without a name", [{ email: "a@b" }, "Alex"], ["Alex"], ["Setting 'references' item 1 has no name; add name: with the person's full name."]],
		["a bad relationship", [{ name: "Alex", relationship: ["x"] }], ["Alex"], ["Setting 'references' item 1 (Alex): relationship is a list; it should be plain text."]],
		["nothing", undefined, [], []],
	])("%s", (_label, raw, names, expected) => {
		const problems: string[] = [];
		expect(readReferences(raw, problems).map((r) => r.name)).toEqual(names);
		expect(problems).toEqual(expected);
	});
});
