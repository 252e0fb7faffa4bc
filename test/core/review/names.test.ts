import { describe, expect, it } from "vitest";
import { reviewDraft } from "../../../src/core/review";
import { allowedEdits, editDistance } from "../../../src/core/review/names";
import { ctx, interview, lineOf } from "./fixtures";

const rules = (text: string, rule: string, c = ctx()) => reviewDraft(text, c).filter((f) => f.rule === rule);

describe("editDistance (Damerau-Levenshtein, adjacent swaps)", () => {
	it.each([
		["whitfield", "whitfield", 0],
		["whitfeld", "whitfield", 1],
		["whitfiled", "whitfield", 1],
		["nortwind", "northwind", 1],
		["ortiz", "otriz", 1],
		["", "abc", 3],
		["kitten", "sitting", 3],
	])("%s → %s = %i", (a, b, d) => {
		expect(editDistance(a, b)).toBe(d);
		expect(editDistance(b, a)).toBe(d);
	});
	it("allows more edits for longer names, none for very short ones", () => {
		expect(allowedEdits(3)).toBe(0);
		expect(allowedEdits(5)).toBe(1);
		expect(allowedEdits(9)).toBe(2);
	});
});

describe("name-spelling", () => {
	it("flags near misses of an interviewer's name and the company, on their lines", () => {
		const text = "Dear Ms. Whitfeld,\n\nThank you for showing me around Nortwind.\nMr. Otriz was kind too.\n";
		const found = rules(text, "name-spelling");
		expect(found.map((f) => [f.line, f.severity])).toEqual([[1, "error"], [3, "error"], [4, "error"]]);
		expect(found[0]?.message).toBe("'Whitfeld' looks like a misspelling of Whitfield (Dana Whitfield); check the name against the note.");
		expect(found[1]?.message).toMatch(/'Nortwind' looks like a misspelling of Northwind \(Northwind Traders\); check the company's name/);
		expect(found[2]?.message).toMatch(/Ortiz/);
	});
	it("catches a possessive and a swapped pair", () => {
		const text = "I enjoyed hearing about Nrothwind's plans.\n";
		expect(rules(text, "name-spelling")[0]?.line).toBe(lineOf(text, "Nrothwind"));
	});
	it("does not flag the correct spelling, case differences or ordinary words", () => {
		const text = [
			"Dear Ms. Whitfield,",
			"",
			"Thank you, Dana Whitfield and Sam Ortiz, for your time at Northwind Traders and NORTHWIND.",
			"Data from the trades team was useful. Traders and Trades are ordinary words. Same for Sami? No: Sam.",
			"Operations matter; the Head of Operations role is clear.",
		].join("\n");
		expect(rules(text, "name-spelling")).toEqual([]);
	});
	it("ignores lower-case words and addresses", () => {
		expect(rules("write to dana.whitfeld@northwind.example or nortwind staff\n", "name-spelling")).toEqual([]);
	});
	it("needs an interview to compare against", () => {
		expect(rules("Dear Ms. Whitfeld,\n", "name-spelling", ctx({ interview: undefined }))).toEqual([]);
	});
});

describe("first-name-salutation", () => {
	it("flags Hey/Hi/Dear + an interviewer's first name and says what to write", () => {
		const text = "Subject: Thanks\n\nHey Dana,\n\nThank you.\n";
		const [f] = rules(text, "first-name-salutation");
		expect(f?.line).toBe(3);
		expect(f?.severity).toBe("warning");
		expect(f?.message).toBe("'Hey Dana' addresses Dana Whitfield by first name; write 'Ms. Whitfield' instead.");
		expect(rules("Hi Sam!\n", "first-name-salutation")[0]?.message).toMatch(/write 'Sam Ortiz' instead/);
		expect(rules("Dear Ms. Dana,\n", "first-name-salutation")[0]?.message).toMatch(/title with a first name; write 'Ms. Whitfield'/);
	});
	it("accepts honorific + surname, the full name and generic greetings", () => {
		for (const s of ["Dear Ms. Whitfield,", "Dear Sam Ortiz,", "Hello Dana Whitfield,", "Dear Hiring Manager,", "Dear Team,", "Hello and thank you for your time, Dana."]) {
			expect(rules(`${s}\n`, "first-name-salutation"), s).toEqual([]);
		}
	});
	it("without an interview, flags any lone capitalised name after a greeting", () => {
		const c = ctx({ interview: undefined });
		expect(rules("Morning!\n\nHi Priya,\n", "first-name-salutation", c)[0]?.line).toBe(3);
		expect(rules("Dear Dr. Okafor,\nDear Sir or Madam,\nHi there,\n", "first-name-salutation", c)).toEqual([]);
	});
});

describe("names by the people model (DESIGN §1.1)", () => {
	const panel = ctx({
		interview: interview({
			interviewers: [
				{ name: "Zoë Müller-Lüdenscheidt", honorific: "Dr." },
				{ name: "Siobhán Kelly" },
				{ name: "王芳 (Wang Fang)", honorific: "Ms." },
				{ name: "Tomás Ó Ceallaigh" },
				{ name: "Pedro Ñúñez", honorific: "Mr." },
				{ name: "Priya van der Berg", honorific: "Dr." },
				{ name: "Gabriel García Márquez", honorific: "Mr." },
			],
			contact: { name: "Sam Ortiz", email: "sam@northwind.example" },
		}),
	});
	const found = (text: string) => reviewDraft(text, panel).filter((f) => ["first-name-salutation", "wrong-surname", "name-spelling"].includes(f.rule));

	it.each([
		["Hi Zoe,", "first-name-salutation", "'Hi Zoe' addresses Zoë Müller-Lüdenscheidt by first name; write 'Dr. Müller-Lüdenscheidt' instead."],
		["Dear Siobhan,", "first-name-salutation", "'Dear Siobhan' addresses Siobhán Kelly by first name; write 'Siobhán Kelly' instead."],
		["Dear Sam,", "first-name-salutation", "'Dear Sam' addresses Sam Ortiz by first name; write 'Sam Ortiz' instead."],
		[
			"Dear Ms. Fang,",
			"wrong-surname",
			"'Ms. Fang' does not use the surname of 王芳 (Wang Fang), which is Wang; write 'Ms. Wang' instead; if Wang is not the family name, add surname: to the note.",
		],
		["Dear Mr. Ceallaigh,", "wrong-surname", "'Mr. Ceallaigh' does not use the surname of Tomás Ó Ceallaigh, which is Ó Ceallaigh; write 'Mr. Ó Ceallaigh' instead."],
		["Dear Dr Berg,", "wrong-surname", "'Dr Berg' does not use the surname of Priya van der Berg, which is van der Berg; write 'Dr. van der Berg' instead."],
		["Dear Mr. Márquez,", "wrong-surname", "'Mr. Márquez' does not use the surname of Gabriel García Márquez, which is García Márquez; write 'Mr. García Márquez' instead; if García Márquez is not the family name, add surname: to the note."],
		["Dear Mr. Nunez,", "name-spelling", "'Nunez' drops the accents of Ñúñez (Pedro Ñúñez); write Ñúñez as in the note (the name)."],
		["Dear Dr. Muller-Ludenscheidt,", "name-spelling", "'Muller-Ludenscheidt' drops the accents of Müller-Lüdenscheidt (Zoë Müller-Lüdenscheidt); write Müller-Lüdenscheidt as in the note (the name)."],
	])("%s is %s", (line, rule, message) => {
		const findings = found(`${line}\n\nThank you.\n`);
		expect(findings.filter((f) => f.rule === rule)).toEqual([{ rule, severity: rule === "first-name-salutation" ? "warning" : "error", line: 1, message }]);
		// An accent dropped from a first name is also a spelling finding; nothing else is.
		expect(findings.filter((f) => f.rule !== rule).map((f) => f.rule)).toEqual(rule === "first-name-salutation" && /Zoe|Siobhan/.test(line) ? ["name-spelling"] : []);
	});

	it.each([
		["Dear Dr. Müller-Lüdenscheidt,"],
		["Dear Ms. Wang,"],
		["Dear Ms. Wang Fang,"],
		["Dear Mr. Ó Ceallaigh,"],
		["Dear Mr. O\u0301 Ceallaigh,"],
		["Dear Tomás Ó Ceallaigh,"],
		["Dear Dr. van der Berg,"],
		["Dear Dr. Priya van der Berg,"],
		["Dear Mr. García,"],
		["Dear Mr. García Márquez,"],
		["Dear Mr. Ñúñez,"],
		["Dear Siobhán Kelly,"],
	])("%s is fine", (line) => {
		expect(found(`${line}\n\nThank you.\n`)).toEqual([]);
	});

	it("never advises a surname the note does not give", () => {
		for (const f of found("Dear Mr. Ceallaigh,\n\nHi Tomas,\n")) expect(f.message).not.toMatch(/write 'Mr\. Ceallaigh'/);
		expect(found("Hi Tomas,\n").find((f) => f.rule === "first-name-salutation")?.message).toBe("'Hi Tomas' addresses Tomás Ó Ceallaigh by first name; write 'Tomás Ó Ceallaigh' instead.");
	});
});

describe("names in any case and accent (DESIGN §3.3)", () => {
	const panel = ctx({
		interview: interview({
			interviewers: [
				{ name: "Zoë Müller-Lüdenscheidt", honorific: "Dr." },
				{ name: "王芳 (Wang Fang)", honorific: "Ms." },
				{ name: "Pedro Ñúñez", honorific: "Mr." },
				{ name: "Sam Ortiz" },
			],
		}),
	});
	const found = (line: string) =>
		reviewDraft(`${line}\n\nThank you.\n`, panel)
			.filter((f) => ["first-name-salutation", "wrong-surname", "name-spelling"].includes(f.rule))
			.map((f) => `${f.rule}: ${f.message}`);

	it.each([
		["hi zoe,", ["name-spelling: 'zoe' drops the accents of Zoë (Zoë Müller-Lüdenscheidt); write Zoë as in the note (the name).", "first-name-salutation: 'hi zoe' addresses Zoë Müller-Lüdenscheidt by first name; write 'Dr. Müller-Lüdenscheidt' instead."]],
		["HI ZOË,", ["first-name-salutation: 'HI ZOË' addresses Zoë Müller-Lüdenscheidt by first name; write 'Dr. Müller-Lüdenscheidt' instead."]],
		["Dear Zoë,", ["first-name-salutation: 'Dear Zoë' addresses Zoë Müller-Lüdenscheidt by first name; write 'Dr. Müller-Lüdenscheidt' instead."]],
		["dear sam,", ["first-name-salutation: 'dear sam' addresses Sam Ortiz by first name; write 'Sam Ortiz' instead."]],
		["Dear MS. FANG,", ["wrong-surname: 'MS. FANG' does not use the surname of 王芳 (Wang Fang), which is Wang; write 'Ms. Wang' instead; if Wang is not the family name, add surname: to the note."]],
		["Dear Fang,", ["first-name-salutation: 'Dear Fang' addresses 王芳 (Wang Fang) by first name; write 'Ms. Wang' instead; if Wang is not the family name, add surname: to the note."]],
		["Dear Mr. nunez,", ["name-spelling: 'nunez' drops the accents of Ñúñez (Pedro Ñúñez); write Ñúñez as in the note (the name)."]],
		["Dear Mr. NUNEZ,", ["name-spelling: 'NUNEZ' drops the accents of Ñúñez (Pedro Ñúñez); write Ñúñez as in the note (the name)."]],
		["Dear Mr. Ñuñez,", ["name-spelling: 'Ñuñez' drops the accents of Ñúñez (Pedro Ñúñez); write Ñúñez as in the note (the name)."]],
		["Dear Mr. Pedro,", ["first-name-salutation: 'Mr. Pedro' pairs a title with a first name; write 'Mr. Ñúñez' instead."]],
	])("%s", (line, expected) => {
		expect(found(line)).toEqual(expected);
	});

	it.each(["Dear Ms. Wang,", "DEAR MS. WANG,", "Dear Mr. Ñúñez,", "dear dr. müller-lüdenscheidt,", "Dear Sam Ortiz,"])("%s is fine", (line) => {
		expect(found(line)).toEqual([]);
	});

	it("advice never names a surname other than the note's", () => {
		for (const line of ["Dear Ms. Fang,", "Dear Fang,", "Hi Wang Fang,", "Dear Mr. Pedro,", "Hi Pedro,", "Dear Mr. Nunez,"]) {
			for (const message of found(line)) expect(message, line).not.toMatch(/write '(?:Ms\. Fang|Mr\. Pedro|Mr\. Nunez)'/);
		}
	});
});

describe("a letter kind whose reader may be greeted by first name", () => {
	it("is not flagged first-name-salutation, while a wrong surname still is", () => {
		const c = ctx({ kind: "connection-update", interview: interview({ interviewers: [{ name: "王芳 (Wang Fang)", honorific: "Ms." }, { name: "Sam Ortiz" }] }) });
		expect(reviewDraft("Hi Sam,\n\nThank you.\n", c).filter((f) => f.rule === "first-name-salutation")).toEqual([]);
		expect(reviewDraft("Dear Ms. Fang,\n\nThank you.\n", c).map((f) => f.rule)).toEqual(["wrong-surname"]);
		expect(reviewDraft("Hi Sam,\n\nThank you.\n", ctx({ kind: "withdrawal" })).map((f) => f.rule)).toEqual(["first-name-salutation"]);
	});
});
