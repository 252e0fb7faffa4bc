import { describe, expect, it } from "vitest";
import { nameParts } from "../../../src/core/people/name-parts";

describe("nameParts", () => {
	it.each([
		["Dana Whitfield", undefined, { full: "Dana Whitfield", given: "Dana", surname: "Whitfield" }],
		["Dr. Prof. Dana Whitfield", undefined, { full: "Dana Whitfield", honorific: "Dr. Prof.", given: "Dana", surname: "Whitfield" }],
		["王芳 (Wang Fang)", undefined, { full: "Wang Fang", native: "王芳", given: "Fang", surname: "Wang", guess: "family-first" }],
		["王芳（Wang Fang）", undefined, { full: "Wang Fang", native: "王芳", given: "Fang", surname: "Wang", guess: "family-first" }],
		["王芳 (Wang Fang)", "Wang", { full: "Wang Fang", native: "王芳", given: "Fang", surname: "Wang" }],
		["김민준", undefined, { full: "김민준", given: "민준", surname: "김", guess: "family-first" }],
		["山田太郎", undefined, { full: "山田太郎", given: "太郎", surname: "山田", guess: "family-first" }],
		["Kim Min-jun", undefined, { full: "Kim Min-jun", given: "Min-jun", surname: "Kim", guess: "korean-romanised" }],
		["Robert (Bob) Smith", undefined, { full: "Robert Smith", given: "Robert", surname: "Smith" }],
		["Madonna", undefined, { full: "Madonna", surname: "Madonna" }],
		["Anna Maria van Dijk", "van Dijk", { full: "Anna Maria van Dijk", given: "Anna", surname: "van Dijk" }],
	])("%s (surname: %s)", (name, surname, expected) => expect(nameParts(name, surname)).toEqual(expected));
});

describe("nameParts results", () => {
	it("are shared and frozen: the same name gives the same parts, and a surname field its own", () => {
		const a = nameParts("Dr. Dana Whitfield");
		expect(nameParts("Dr. Dana Whitfield")).toBe(a);
		expect(Object.isFrozen(a)).toBe(true);
		expect(nameParts("Dr. Dana Whitfield", "Dana Whitfield")).toEqual({ full: "Dana Whitfield", honorific: "Dr.", surname: "Dana Whitfield" });
		expect(a).toEqual({ full: "Dana Whitfield", honorific: "Dr.", given: "Dana", surname: "Whitfield" });
	});
});
