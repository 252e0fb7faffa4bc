import { describe, expect, it } from "vitest";
import { folderContains, vaultPathProblem } from "../../src/core/paths";

describe("vaultPathProblem", () => {
	it.each([
		["Interviews", null],
		["Interviews/Drafts", null],
		["Interviews/Question bank.md", null],
		["Job hunt 2026/Notes — Été", null],
		["", null],
		[".hidden/inside", null],
		["a..b/c...d.md", null],
	])("accepts %j", (path, expected) => expect(vaultPathProblem(path)).toBe(expected));

	it.each([
		["../../outside", /'\.\.' part, so it points outside the vault/],
		["../bank.md", /'\.\.' part/],
		["Interviews/../../up", /'\.\.' part/],
		["Interviews/..", /'\.\.' part/],
		["Interviews/.. /x", /'\.\.' part/],
		["Interviews/\u00a0../x", /'\.\.' part/],
		["... /x", /'\.\.' part/],
		["/x", /is absolute, so it points outside the vault/],
		["/etc/cron.d/x.ics", /is absolute/],
		["//server/share/x", /is absolute/],
		["C:\\x", /backslash/],
		["C:/Users/me/x.ics", /is absolute/],
		["c:x.ics", /is absolute/],
		["\\\\server\\share", /backslash/],
		["..\\..\\outside", /backslash/],
		["Interviews\\Drafts", /backslash \(\\\); separate folders with \//],
		["Interviews/a:b", /contains one of : \* \? " < > \|/],
		["Interviews/what?", /contains one of/],
		["Interviews/<x>", /contains one of/],
		["Interviews/a|b", /contains one of/],
		["Interviews/\u0000x", /control character/],
		["Interviews/\u001b[31m", /control character/],
		["Interviews/\u0085x", /control character/],
		["Interviews//Drafts", /empty folder name/],
		["Interviews/./Drafts", /empty folder name/],
		["./Drafts", /empty folder name/],
	])("refuses %j", (path, message) => expect(vaultPathProblem(path)).toMatch(message));
});

describe("folderContains", () => {
	it.each([
		["Interviews", "Interviews", true],
		["Interviews", "Interviews/2026", true],
		["interviews", "Interviews/2026", true],
		["Jobs", "Jobs/Interviews", true],
		["Caf\u00e9", "Cafe\u0301/Notes", true],
		["Interviews/Drafts", "Interviews", false],
		["Interviews-old", "Interviews", false],
		["Inter", "Interviews", false],
	])("%j contains %j: %s", (outer, inner, expected) => expect(folderContains(outer, inner)).toBe(expected));
});
