import { describe, expect, it } from "vitest";
import { foldText, sameSpelling, sameText } from "../../src/core/text-compare";

describe("foldText / sameText", () => {
	it.each([
		["Seán  O’Brien", "sean o'brien"],
		["Zoë Müller-Lüdenscheidt", "zoe muller ludenscheidt"],
		["Zoe\u0308", "zoe"],
		["Søren Kierkegaard", "soren kierkegaard"],
		["Łukasz Straße", "lukasz strasse"],
		["Ñúñez", "nunez"],
		["  Dana\tWHITFIELD-Smith ", "dana whitfield smith"],
		["O`Brien \r\n Jr.", "o'brien jr."],
		["Mary–Jane O\u2019Neil", "mary jane o'neil"],
	])("%s folds to %s", (a, b) => expect(foldText(a)).toBe(b));
	it("keeps different names apart", () => {
		expect(sameText("Dana Whitfield", "Dana Whitfeld")).toBe(false);
		expect(sameText("Seán O'Brien", "SEAN O\u2019BRIEN")).toBe(true);
	});
});

describe("sameSpelling", () => {
	it("ignores case, spacing and apostrophe style, never accents", () => {
		expect(sameSpelling("O’Brien", "o'brien")).toBe(true);
		expect(sameSpelling("Nu\u0301n\u0303ez", "Núñez")).toBe(true);
		expect(sameSpelling("Nunez", "Ñúñez")).toBe(false);
	});
});
