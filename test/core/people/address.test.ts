import { describe, expect, it } from "vitest";
import { addressOf, formalName, fullFormalName, surnameWarning } from "../../../src/core/people/address";
import type { Person } from "../../../src/core/people/person";

/** [person, what follows "Dear", the guessed surname the warning names (or null: no warning)] */
const TABLE: [string, Person, string, string | null][] = [
	// The names of issue 12
	["Chinese with Latin name in parentheses", { name: "王芳 (Wang Fang)", honorific: "Ms." }, "Ms. Wang", "Ms. Wang"],
	["Irish Ní", { name: "Aoife Ní Bhriain", honorific: "Ms." }, "Ms. Ní Bhriain", null],
	["Irish Ó", { name: "Tomás Ó Ceallaigh", honorific: "Mr." }, "Mr. Ó Ceallaigh", null],
	["Irish Ó without the fada", { name: "Tomas O Ceallaigh", honorific: "Mr." }, "Mr. O Ceallaigh", null],
	["Irish Nic", { name: "Máire Nic Giolla", honorific: "Ms." }, "Ms. Nic Giolla", null],
	["Irish Nic Giolla + name", { name: "Síle Nic Giolla Phádraig", honorific: "Dr." }, "Dr. Nic Giolla Phádraig", null],
	["Irish Mac written apart", { name: "Seán Mac Aodha", honorific: "Mr." }, "Mr. Mac Aodha", null],
	["Irish apostrophe name", { name: "Seán O'Brien", honorific: "Mr." }, "Mr. O'Brien", null],
	["Scottish Mac in one word", { name: "Fiona MacDonald", honorific: "Ms." }, "Ms. MacDonald", null],
	["Irish Mc in one word", { name: "Ciarán McCarthy", honorific: "Mr." }, "Mr. McCarthy", null],
	["Dutch van der", { name: "Priya van der Berg", honorific: "Dr." }, "Dr. van der Berg", null],
	["Dutch van den", { name: "Joost van den Broek", honorific: "Mr." }, "Mr. van den Broek", null],
	["Dutch ter", { name: "Anouk ter Horst", honorific: "Ms." }, "Ms. ter Horst", null],
	["Flemish capitalised Van", { name: "Lotte Van Damme", honorific: "Ms." }, "Ms. Van Damme", null],
	["German von der", { name: "Ursula von der Leyen", honorific: "Dr." }, "Dr. von der Leyen", null],
	["German zu", { name: "Karl-Theodor zu Guttenberg", honorific: "Herr" }, "Herr zu Guttenberg", null],
	["German double-barrelled with umlauts", { name: "Zoë Müller-Lüdenscheidt", honorific: "Ms." }, "Ms. Müller-Lüdenscheidt", null],
	["Spanish de la", { name: "Juan de la Cruz", honorific: "Mr." }, "Mr. de la Cruz", null],
	["Italian da", { name: "Leonardo da Vinci", honorific: "Mr." }, "Mr. da Vinci", null],
	["Italian Di", { name: "Marco Di Stefano", honorific: "Mr." }, "Mr. Di Stefano", null],
	["Portuguese dos", { name: "João Pedro dos Santos", honorific: "Mr." }, "Mr. dos Santos", null],
	["Portuguese da, two given names", { name: "Ana Beatriz da Silva", honorific: "Ms." }, "Ms. da Silva", null],
	["Arabic bin", { name: "Mohammed bin Salman", honorific: "Mr." }, "Mr. bin Salman", null],
	["Arabic bint", { name: "Fatima bint Ahmed", honorific: "Ms." }, "Ms. bint Ahmed", null],
	["Arabic al- joined", { name: "Khalid al-Rashid", honorific: "Dr." }, "Dr. al-Rashid", null],
	["Arabic Abu", { name: "Omar Abu Khalil", honorific: "Mr." }, "Mr. Abu Khalil", null],
	["Spanish y", { name: "José Ortega y Gasset", honorific: "Mr." }, "Mr. Ortega y Gasset", null],
	["Spanish two surnames", { name: "Gabriel García Márquez", honorific: "Mr." }, "Mr. García Márquez", "Mr. García Márquez"],
	["Spanish two surnames, both -ez", { name: "Lucía Fernández López", honorific: "Ms." }, "Ms. Fernández López", "Ms. Fernández López"],
	["Spanish two given names", { name: "María José Rodríguez", honorific: "Ms." }, "Ms. Rodríguez", "Ms. Rodríguez"],
	["Spanish surname written by the user", { name: "Gabriel García Márquez", honorific: "Mr.", surname: "García" }, "Mr. García", null],
	["Korean romanised, family first", { name: "Kim Min-jun", honorific: "Mr." }, "Mr. Kim", "Mr. Kim"],
	["Korean romanised, given name first", { name: "Min-jun Kim", honorific: "Mr." }, "Mr. Kim", null],
	["Korean Hangul", { name: "김민준", honorific: "Mr." }, "Mr. 김", "Mr. 김"],
	["Korean Hangul, two-syllable family name", { name: "남궁민", honorific: "Mr." }, "Mr. 남궁", "Mr. 남궁"],
	["Korean Hangul with Latin name", { name: "박서연 (Park Seo-yeon)", honorific: "Ms." }, "Ms. Park", "Ms. Park"],
	["Chinese Han", { name: "王芳", honorific: "Ms." }, "Ms. 王", "Ms. 王"],
	["Chinese two-character family name", { name: "欧阳娜娜", honorific: "Ms." }, "Ms. 欧阳", "Ms. 欧阳"],
	["Chinese, Latin name first and Han after", { name: "Li Wei (李伟)", honorific: "Mr." }, "Mr. Li", "Mr. Li"],
	["Chinese with surname written", { name: "王芳 (Wang Fang)", honorific: "Ms.", surname: "Wang" }, "Ms. Wang", null],
	["Japanese kanji with a space", { name: "山田 花子", honorific: "Ms." }, "Ms. 山田", "Ms. 山田"],
	["Japanese kanji with Latin name", { name: "田中宏 (Tanaka Hiroshi)", honorific: "Mr." }, "Mr. Tanaka", "Mr. Tanaka"],
	["Japanese romanised, Western order", { name: "Hiroshi Tanaka", honorific: "Mr." }, "Mr. Tanaka", null],
	// The rule's other branches
	["salutation as written", { name: "Niamh O'Brien", honorific: "Prof.", salutation: "Professor O'Brien" }, "Professor O'Brien", null],
	["no honorific: the full name", { name: "Sam Ortiz" }, "Sam Ortiz", null],
	["no honorific, Spanish two surnames: the full name, no guess", { name: "Gabriel García Márquez" }, "Gabriel García Márquez", null],
	["no honorific, CJK with Latin name: the Latin name", { name: "王芳 (Wang Fang)" }, "Wang Fang", null],
	["honorific inside the name", { name: "Dr. Dana Whitfield" }, "Dr. Whitfield", null],
	["suffix is not the surname", { name: "Martin Luther King Jr.", honorific: "Dr." }, "Dr. King", null],
	["parentheses that are not a name", { name: "Dana Whitfield (she/her)", honorific: "Ms." }, "Ms. Whitfield", null],
	["one word with an honorific", { name: "Lee", honorific: "Mx." }, "Mx. Lee", null],
	["decomposed accents are read as composed", { name: "Sea\u0301n O\u0301 Ceallaigh", honorific: "Mr." }, "Mr. Ó Ceallaigh", null],
];

describe("how a letter addresses a person (DESIGN §1.1)", () => {
	it.each(TABLE)("%s: %j → Dear %s", (_label, person, expected, guessed) => {
		expect(addressOf(person).name).toBe(expected.normalize("NFC"));
		expect(formalName(person)).toBe(expected.normalize("NFC"));
		const warning = surnameWarning(person);
		if (guessed === null) expect(warning).toBeUndefined();
		else expect(warning).toMatch(new RegExp(`^add surname: for .+ — "${guessed.replace(/\./g, "\\.")}" is a guess \\(.+\\)\\.$`));
	});

	it("never addresses anyone by a bare first name", () => {
		for (const [, person] of TABLE) {
			const name = addressOf(person).name;
			const first = person.name.split(/\s+/)[0] ?? "";
			if (!person.salutation && person.name.includes(" ")) expect(name).not.toBe(first);
		}
	});

	it("says why the surname is a guess", () => {
		expect(surnameWarning({ name: "王芳 (Wang Fang)", honorific: "Ms." })).toBe(
			'add surname: for 王芳 (Wang Fang) — "Ms. Wang" is a guess (Chinese, Japanese and Korean names are written family name first).',
		);
		expect(surnameWarning({ name: "Gabriel García Márquez", honorific: "Mr." })).toMatch(/two surnames/);
		expect(surnameWarning({ name: "María José Rodríguez", honorific: "Ms." })).toMatch(/two given names/);
		expect(surnameWarning({ name: "Kim Min-jun", honorific: "Mr." })).toMatch(/Korean/);
	});
});

describe("fullFormalName", () => {
	it.each([
		[{ name: "Dana Whitfield", honorific: "Ms." }, "Ms. Dana Whitfield"],
		[{ name: "王芳 (Wang Fang)", honorific: "Ms." }, "Ms. Wang Fang"],
		[{ name: "Dr. Dana Whitfield" }, "Dr. Dana Whitfield"],
		[{ name: "Martin Luther King Jr.", honorific: "Dr." }, "Dr. Martin Luther King Jr."],
		[{ name: "Sam  Ortiz " }, "Sam Ortiz"],
	])("%j → %s", (person, expected) => expect(fullFormalName(person)).toBe(expected));
});
