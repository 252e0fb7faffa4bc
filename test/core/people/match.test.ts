import { describe, expect, it } from "vitest";
import { candidateList, matchPerson } from "../../../src/core/people/match";
import type { Person } from "../../../src/core/people/person";

const zoe: Person = { name: "Zoë Müller-Lüdenscheidt", honorific: "Dr." };
const sean: Person = { name: "Seán O'Brien" };
const jordan: Person = { name: "Jordan Blake", honorific: "Mx." };
const sam: Person = { name: "Sam Ortiz" };
const samLee: Person = { name: "Sam Lee" };
const priya: Person = { name: "Priya van der Berg", honorific: "Dr." };
const wang: Person = { name: "王芳 (Wang Fang)", honorific: "Ms." };
const dana: Person = { name: "Dana Whitfield", link: { written: "[[People/Dana Whitfield|Dana]]", linkpath: "People/Dana Whitfield", path: "People/Dana Whitfield.md" } };
const PANEL = [zoe, sean, jordan, sam, samLee, priya, wang, dana];

describe("matchPerson: a typed name (DESIGN §1.1)", () => {
	it.each([
		["the full name", "Jordan Blake", jordan],
		["case and spacing", "  jordan   BLAKE ", jordan],
		["accents left out", "Zoe Muller-Ludenscheidt", zoe],
		["accents and hyphen left out", "zoe muller ludenscheidt", zoe],
		["a curly apostrophe", "Seán O\u2019Brien", sean],
		["no accent, curly apostrophe", "Sean O\u2019Brien", sean],
		["decomposed accents", "Zoe\u0308 Mu\u0308ller-Lu\u0308denscheidt", zoe],
		["a unique first name", "Jordan", jordan],
		["a unique surname", "Blake", jordan],
		["a surname with its particles", "van der Berg", priya],
		["the last word of a surname with particles", "Berg", priya],
		["honorific and surname, with or without the dot", "Dr Muller-Ludenscheidt", zoe],
		["the formal name", "Mx. Blake", jordan],
		["the Latin name beside the Han one", "Wang Fang", wang],
		["the Han name as written", "王芳", wang],
		["the family name of a CJK name", "Wang", wang],
		["a person note's name", "dana whitfield", dana],
		["the link as written", "[[People/Dana Whitfield|Dana]]", dana],
	])("%s: '%s'", (_label, typed, expected) => {
		expect(matchPerson(PANEL, typed)).toEqual({ found: expected });
	});

	it("a name two people share lists both", () => {
		expect(matchPerson(PANEL, "Sam")).toEqual({ ambiguous: [sam, samLee] });
		expect(candidateList([sam, samLee])).toBe("Sam Ortiz or Sam Lee");
		expect(candidateList([zoe, sam, samLee])).toBe("Zoë Müller-Lüdenscheidt, Sam Ortiz or Sam Lee");
	});

	it("a full name wins over a shared first name", () => {
		expect(matchPerson(PANEL, "Sam Lee")).toEqual({ found: samLee });
	});

	it.each([["Jordan Smith"], ["Jo"], [""], ["   "], ["van"], ["Dana Whitfeld"]])("no match for '%s'", (typed) => {
		expect(matchPerson(PANEL, typed)).toEqual({ none: true });
	});
});
