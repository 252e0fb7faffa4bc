import { describe, expect, it } from "vitest";
import { parseInterview } from "../../../src/core/interview";
import { personNotePaths, withPersonNotes } from "../../../src/core/people/interview-people";
import type { PersonLookup, PersonNote } from "../../../src/core/people/resolve";

const base = { type: "interview", company: "Northwind Traders", role: "Operations Analyst", date: "2026-11-19 14:00" };
const parse = (fm: Record<string, unknown>) => parseInterview("Interviews/Northwind.md", { ...base, ...fm });

const NOTES: Record<string, PersonNote> = {
	"Dana Whitfield": { path: "People/Dana Whitfield.md", basename: "Dana Whitfield", frontmatter: { honorific: "Dr.", title: "Head of Operations", email: "dana@northwind.example" } },
	"People/Dana Whitfield": { path: "People/Dana Whitfield.md", basename: "Dana Whitfield", frontmatter: { honorific: "Dr.", title: "Head of Operations", email: "dana@northwind.example" } },
	pr: { path: "People/pr.md", basename: "pr", frontmatter: { name: "Priya Raman", honorific: "Ms.", prefers: "fax", aliases: ["Priya"] } },
	"Sam Ortiz": { path: "People/Sam Ortiz.md", basename: "Sam Ortiz" },
};
const calls: [string, string][] = [];
const lookup: PersonLookup = (linkpath, source) => {
	calls.push([linkpath, source]);
	return NOTES[linkpath];
};

describe("interviewers, contact and connections", () => {
	it("contact defaults to the first interviewer, and is that interviewer when named", () => {
		const two = ["Dana Whitfield", { name: "Sam Ortiz", email: "sam@northwind.example" }];
		expect(parse({ interviewers: two }).interview.contact?.name).toBe("Dana Whitfield");
		const named = parse({ interviewers: two, contact: "sam ortiz" }).interview;
		expect(named.contact).toBe(named.interviewers[1]);
		expect(parse({ interviewers: two, contact: "Sam" }).interview.contact).toMatchObject({ email: "sam@northwind.example" });
		expect(parse({}).interview.contact).toBeUndefined();
	});

	it("a contact who is not an interviewer is their own person, with their own fields", () => {
		const iv = parse({ interviewers: ["Dana Whitfield"], contact: { name: "Jo Recruiter", email: "jo@northwind.example", prefers: "phone" } }).interview;
		expect(iv.contact).toEqual({ name: "Jo Recruiter", email: "jo@northwind.example", prefers: "phone" });
	});

	it("a contact naming an interviewer with fields of its own adds them", () => {
		const iv = parse({ interviewers: [{ name: "Dana Whitfield", honorific: "Ms." }], contact: { name: "Dana Whitfield", phone: "+1 555 0100" } }).interview;
		expect(iv.contact).toEqual({ name: "Dana Whitfield", honorific: "Ms.", phone: "+1 555 0100" });
	});

	it.each([
		["a list of contacts", { contact: ["Dana", "Sam"] }, "contact is a list; name the one person process questions go to. Using the first.", "Dana"],
		["a contact without name", { contact: { email: "x@y" } }, "contact has no name; add name: with the person's full name.", undefined],
		["a bad connection", { connections: [42, { title: "x" }] }, "connections item 2 has no name; add name: with the person's full name.", undefined],
	])("%s is a problem", (_label, fm, problem, contact) => {
		const r = parse(fm);
		expect(r.problems).toEqual([problem]);
		expect(r.interview.contact?.name).toBe(contact);
	});

	it("connections are people too", () => {
		const iv = parse({ connections: ["[[Sam Ortiz]]", { name: "Lee Chen", email: "lee@example.com" }] }).interview;
		expect(iv.connections.map((p) => p.name)).toEqual(["Sam Ortiz", "Lee Chen"]);
		expect(iv.connections[0]?.link?.linkpath).toBe("Sam Ortiz");
	});
});

describe("withPersonNotes: links resolved from person notes", () => {
	it("the person note supplies the fields; the interview note's own fields win; the name is never the alias", () => {
		calls.length = 0;
		const r = withPersonNotes(
			parse({ interviewers: ["[[People/Dana Whitfield|Dana]]", { name: "[[pr|Priya]]", title: "VP of Product", thanked: "2026-11-20" }, "[[Nobody Here]]"] }),
			lookup,
		);
		const [dana, priya, nobody] = r.interview.interviewers;
		expect(dana).toEqual({
			name: "Dana Whitfield",
			honorific: "Dr.",
			title: "Head of Operations",
			email: "dana@northwind.example",
			link: { written: "[[People/Dana Whitfield|Dana]]", linkpath: "People/Dana Whitfield", path: "People/Dana Whitfield.md" },
		});
		expect(priya).toMatchObject({ name: "Priya Raman", honorific: "Ms.", title: "VP of Product", link: { path: "People/pr.md" } });
		expect(priya?.thanked).toBeDefined();
		expect(priya?.prefers).toBeUndefined();
		// An unresolved link is a plain name: the link text without brackets or alias.
		expect(nobody).toEqual({ name: "Nobody Here", link: { written: "[[Nobody Here]]", linkpath: "Nobody Here" } });
		expect(r.problems).toEqual(["The person note People/pr.md: prefers is 'fax'; it should be one of email, phone, letter."]);
		expect(calls).toEqual([
			["People/Dana Whitfield", "Interviews/Northwind.md"],
			["pr", "Interviews/Northwind.md"],
			["Nobody Here", "Interviews/Northwind.md"],
		]);
	});

	it("the contact follows the interviewer it is, and a separate contact is resolved and matched again", () => {
		const same = withPersonNotes(parse({ interviewers: ["Sam Ortiz", "[[pr]]"], contact: "[[pr]]" }), lookup).interview;
		expect(same.contact).toBe(same.interviewers[1]);
		expect(same.contact?.name).toBe("Priya Raman");
		// "Priya Raman" is only known once [[pr]] is resolved.
		const byName = withPersonNotes(parse({ interviewers: ["[[pr]]"], contact: "Priya Raman" }), lookup).interview;
		expect(byName.contact).toBe(byName.interviewers[0]);
		const first = withPersonNotes(parse({ interviewers: ["[[Dana Whitfield]]"] }), lookup).interview;
		expect(first.contact).toBe(first.interviewers[0]);
		expect(first.contact?.honorific).toBe("Dr.");
	});

	it("each person note is looked up and reported once", () => {
		calls.length = 0;
		const r = withPersonNotes(parse({ interviewers: ["[[pr]]"], contact: "[[pr]]", connections: ["[[pr]]"] }), lookup);
		expect(calls).toEqual([["pr", "Interviews/Northwind.md"]]);
		expect(r.problems).toHaveLength(1);
		expect(personNotePaths(r.interview)).toEqual(["People/pr.md"]);
	});

	it("a note that links to no one is returned as it is, without a lookup", () => {
		calls.length = 0;
		const parsed = parse({ interviewers: ["Dana Whitfield"] });
		expect(withPersonNotes(parsed, lookup)).toBe(parsed);
		expect(calls).toEqual([]);
	});

	it("a person note's name that is not text is a problem; its file name is used", () => {
		const odd: PersonLookup = () => ({ path: "People/x.md", basename: "Xavier Ng", frontmatter: { name: ["a"] } });
		const r = withPersonNotes(parse({ interviewers: ["[[x]]"] }), odd);
		expect(r.interview.interviewers[0]?.name).toBe("Xavier Ng");
		expect(r.problems).toEqual(["The person note People/x.md: name is a list; it should be plain text, so its file name is used."]);
	});
});
