import { describe, expect, it } from "vitest";
import { toLocalIso } from "../../../src/core/dates";
import { readPeople, readPerson, readPersonFields } from "../../../src/core/people/person";

describe("readPerson: a name, a link, or an object (DESIGN §1.1)", () => {
	it.each([
		["a name", "Dana Whitfield", { name: "Dana Whitfield" }],
		["a link", "[[Dana Whitfield]]", { name: "Dana Whitfield", link: { written: "[[Dana Whitfield]]", linkpath: "Dana Whitfield" } }],
		[
			"a link with a folder and an alias: the name is the note's, never the alias",
			"[[People/Dana Whitfield|Dana]]",
			{ name: "Dana Whitfield", link: { written: "[[People/Dana Whitfield|Dana]]", linkpath: "People/Dana Whitfield" } },
		],
		[
			"an object with every person field",
			{ name: "Dana Whitfield", honorific: "Ms.", surname: "Whitfield", salutation: "Ms. Whitfield", title: "Head of Operations", email: "d@n.example", phone: "+1 555 0142", prefers: "Phone", address: ["4 Dock Street", "Leeds"] },
			{ name: "Dana Whitfield", honorific: "Ms.", surname: "Whitfield", salutation: "Ms. Whitfield", title: "Head of Operations", email: "d@n.example", phone: "+1 555 0142", prefers: "phone", address: "4 Dock Street\nLeeds" },
		],
		["an object whose name is a link", { name: "[[Dana Whitfield]]", title: "COO" }, { name: "Dana Whitfield", title: "COO", link: { written: "[[Dana Whitfield]]", linkpath: "Dana Whitfield" } }],
	])("%s", (_label, entry, expected) => {
		const r = readPerson(entry, "interviewers item 1");
		expect(r.problems).toEqual([]);
		expect(r.person).toEqual(expected);
	});

	it("reads thanked only where asked (interviewers)", () => {
		const entry = { name: "[[Dana Whitfield]]", thanked: "2026-11-20" };
		expect(toLocalIso(readPerson(entry, "x", true).person?.thanked?.at ?? new Date(0))).toBe("2026-11-20T00:00:00");
		expect(readPerson(entry, "x").person?.thanked).toBeUndefined();
	});

	it.each([
		["an unquoted link", [["Dana Whitfield"]], { name: "Dana Whitfield" }, 'interviewers item 1 is [[Dana Whitfield]] without quotes, which YAML reads as a list; write "[[Dana Whitfield]]" in quotes so that Obsidian sees the link.'],
		["a bad prefers", { name: "Dana", prefers: "fax" }, { name: "Dana" }, "interviewers item 1 (Dana): prefers is 'fax'; it should be one of email, phone, letter."],
		["a list as a title", { name: "Dana", title: ["a", "b"] }, { name: "Dana" }, "interviewers item 1 (Dana): title is a list; it should be plain text."],
		["no name", { title: "CTO" }, undefined, "interviewers item 1 has no name; add name: with the person's full name."],
		["a link to a heading", "[[#Panel]]", undefined, "interviewers item 1 is '[[#Panel]]', a link to a heading rather than to a person note; write the person's name or link their note."],
		["a list", ["Dana", "Sam"], undefined, "interviewers item 1 is a list; write a name, a link to their note, or name: and honorific: lines."],
		["a bad thanked", { name: "Dana", thanked: "soon" }, { name: "Dana" }, "interviewers item 1 (Dana): thanked 'soon' is not a date; write it as 2026-11-19 or 2026-11-19 14:00."],
	])("%s is a plain-words problem", (_label, entry, person, problem) => {
		const r = readPerson(entry, "interviewers item 1", true);
		expect(r.problems).toEqual([problem]);
		if (person === undefined) expect(r.person).toBeUndefined();
		else expect(r.person).toMatchObject(person);
	});

	it("never throws on anything", () => {
		for (const v of [null, undefined, 0, true, new Date(0), {}, [], [[]], { name: {} }]) expect(() => readPerson(v, "x")).not.toThrow();
	});
});

describe("readPeople", () => {
	it("reads a list, a single entry, and an unquoted single link as one person", () => {
		expect(readPeople(["Dana", "[[Sam Ortiz]]"], "connections").people.map((p) => p.name)).toEqual(["Dana", "Sam Ortiz"]);
		expect(readPeople("Dana", "connections").people.map((p) => p.name)).toEqual(["Dana"]);
		const nested = readPeople([["Sam Ortiz"]], "connections");
		expect(nested.people.map((p) => p.name)).toEqual(["Sam Ortiz"]);
		expect(nested.problems[0]).toMatch(/^connections item 1 is \[\[Sam Ortiz\]\] without quotes/);
	});
});

describe("readPersonFields", () => {
	it("labels each problem with where the record is", () => {
		const problems: string[] = [];
		expect(readPersonFields({ email: 5, phone: { a: 1 } }, "The person note People/Dana.md", problems)).toEqual({ email: "5" });
		expect(problems).toEqual(["The person note People/Dana.md: phone is a nested value; it should be plain text."]);
	});
});
