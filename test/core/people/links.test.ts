import { describe, expect, it } from "vitest";
import { linkName, parseWikiLink, unquotedLink } from "../../../src/core/people/links";

describe("parseWikiLink", () => {
	it.each([
		["[[Dana Whitfield]]", { linkpath: "Dana Whitfield", subpath: "" }],
		["[[People/Dana Whitfield|Dana]]", { linkpath: "People/Dana Whitfield", subpath: "", alias: "Dana" }],
		["  [[People/Dana Whitfield.md#Contact|Ms. W]] ", { linkpath: "People/Dana Whitfield.md", subpath: "#Contact", alias: "Ms. W" }],
		["[[#Heading]]", { linkpath: "", subpath: "#Heading" }],
	])("%s", (text, expected) => expect(parseWikiLink(text)).toEqual(expected));

	it.each([["Dana Whitfield"], ["[[Dana]] and [[Sam]]"], ["see [[Dana]]"], ["[Dana](Dana.md)"], ["[[Dana"]])("%s is not one link", (text) => {
		expect(parseWikiLink(text)).toBeUndefined();
	});
});

describe("linkName", () => {
	it.each([
		["Dana Whitfield", "Dana Whitfield"],
		["People/Dana Whitfield", "Dana Whitfield"],
		["People/Dana Whitfield.md", "Dana Whitfield"],
		["../Contacts/Seán O'Brien.MD", "Seán O'Brien"],
	])("%s → %s", (path, name) => expect(linkName(path)).toBe(name));
});

describe("unquotedLink", () => {
	it("reads back what YAML makes of an unquoted [[link]]", () => {
		expect(unquotedLink([["Dana Whitfield"]])).toBe("[[Dana Whitfield]]");
		expect(unquotedLink(["Dana Whitfield"])).toBeUndefined();
		expect(unquotedLink([["a", "b"]])).toBeUndefined();
		expect(unquotedLink("[[Dana]]")).toBeUndefined();
	});
});
