import { describe, expect, it } from "vitest";
import { parseInterview, type Interview } from "../../../src/core/interview";
import { chooseRecipients, contactPerson, everyoneAtTheCompany, interviewerNamed } from "../../../src/core/letters/recipients";
import { draftLetters, letterKind, type LetterKind } from "../../../src/core/letters/index";
import { resolveSettings } from "../../../src/core/settings";
import type { NoteSections } from "../../../src/core/sections";
import { local, SENDER_SETTINGS } from "./load";

const EMPTY: NoteSections = { highlights: [], wishIHadSaid: [], sinceInterview: [], questionsAsked: [], debrief: [] };
const iv = (fm: Record<string, unknown>): Interview =>
	parseInterview("Interviews/N.md", { company: "Northwind Traders", role: "Operations Analyst", date: "2026-11-19 14:00", ...fm }).interview;
const PANEL = [
	{ name: "Dana Whitfield", honorific: "Ms." },
	{ name: "Seán O'Brien", honorific: "Mr." },
	{ name: "Zoë Müller-Lüdenscheidt", honorific: "Dr." },
	{ name: "Jordan Blake", honorific: "Mx." },
];
const draft = (kind: LetterKind, interview: Interview, extra: { to?: string; everyone?: boolean } = {}, settings = SENDER_SETTINGS) =>
	draftLetters({ interview, sections: EMPTY, settings, kind, format: "email", now: local(2026, 12, 5), ...extra });

describe("contact: the one person process letters go to", () => {
	it("is `contact`, else the first interviewer", () => {
		expect(contactPerson(iv({ interviewers: PANEL }))?.name).toBe("Dana Whitfield");
		expect(contactPerson(iv({ interviewers: PANEL, contact: "Jordan Blake" }))?.name).toBe("Jordan Blake");
		expect(contactPerson(iv({}))).toBeUndefined();
	});

	it.each(["status-check", "request-progress"] as const)("%s goes to the contact only, or to everyone when asked", (kind) => {
		const note = iv({ interviewers: PANEL, contact: { name: "Jo Recruiter", honorific: "Ms." }, requests: [{ item: "CV", asked: "2026-11-19" }] });
		expect(draft(kind, note).map((d) => d.recipient)).toEqual(["Jo Recruiter"]);
		expect(draft(kind, note, { everyone: true }).map((d) => d.recipient)).toEqual([...PANEL.map((p) => p.name), "Jo Recruiter"]);
		expect(everyoneAtTheCompany(note)).toHaveLength(5);
	});

	it("a contact who is an interviewer is not counted twice", () => {
		expect(everyoneAtTheCompany(iv({ interviewers: PANEL, contact: "Jordan" }))).toHaveLength(4);
	});
});

describe("`to`: the typed name picks the person", () => {
	const note = iv({ interviewers: [...PANEL, { name: "Jordan Lee" }] });
	it.each([
		["Zoe Muller-Ludenscheidt", "Zoë Müller-Lüdenscheidt"],
		["Seán O\u2019Brien", "Seán O'Brien"],
		["Sea\u0301n O'Brien", "Seán O'Brien"],
		["Dana", "Dana Whitfield"],
		["Blake", "Jordan Blake"],
	])("'%s' → %s", (to, name) => {
		expect(draft("thank-you", note, { to }).map((d) => d.recipient)).toEqual([name]);
		expect(interviewerNamed(note, to)?.name).toBe(name);
	});

	it("an ambiguous name lists the candidates; an unknown one lists everyone", () => {
		const spec = letterKind("thank-you");
		const ambiguous = chooseRecipients(spec, { interview: note, settings: SENDER_SETTINGS, to: "Jordan" });
		expect(ambiguous).toMatchObject({ ok: false, reason: "ambiguous" });
		expect(!ambiguous.ok && ambiguous.candidates.map((p) => p.name)).toEqual(["Jordan Blake", "Jordan Lee"]);
		const none = chooseRecipients(spec, { interview: note, settings: SENDER_SETTINGS, to: "Priya" });
		expect(none).toMatchObject({ ok: false, reason: "none" });
		expect(!none.ok && none.candidates).toHaveLength(5);
		expect(draft("thank-you", note, { to: "Jordan" })).toEqual([]);
	});
});

describe("the reference heads-up: one letter per reference, by name", () => {
	const { settings } = resolveSettings({
		sender: SENDER_SETTINGS.sender,
		references: [{ name: "Alex Morgan", email: "alex@example.com", relationship: "my manager at Contoso" }, { name: "Robin Hale", honorific: "Dr." }],
	});
	const note = iv({ interviewers: PANEL });

	it("addresses each reference, with no placeholder for the name", () => {
		const drafts = draft("reference-heads-up", note, {}, settings);
		expect(drafts.map((d) => d.recipient)).toEqual(["Alex Morgan", "Robin Hale"]);
		expect(drafts.map((d) => d.text.split("\n").find((l) => l.startsWith("Dear ")))).toEqual(["Dear Alex Morgan,", "Dear Dr. Hale,"]);
		for (const d of drafts) expect(d.text).not.toContain("your reference's name");
	});

	it("`to` picks one reference; with no references the letter keeps its placeholder", () => {
		expect(draft("reference-heads-up", note, { to: "Robin" }, settings).map((d) => d.recipient)).toEqual(["Robin Hale"]);
		const [plain] = draft("reference-heads-up", note);
		expect(plain?.text).toContain("Dear [TODO: your reference's name],");
		expect(plain?.recipient).toBeUndefined();
	});
});

describe("drafting warns where the surname is a guess", () => {
	it.each([
		[{ name: "王芳 (Wang Fang)", honorific: "Ms." }, "Dear Ms. Wang,", /^add surname: for 王芳 \(Wang Fang\) — "Ms\. Wang" is a guess/],
		[{ name: "Gabriel García Márquez", honorific: "Mr." }, "Dear Mr. García Márquez,", /^add surname: for Gabriel García Márquez/],
		[{ name: "Gabriel García Márquez", honorific: "Mr.", surname: "García" }, "Dear Mr. García,", null],
		[{ name: "Aoife Ní Bhriain", honorific: "Ms." }, "Dear Ms. Ní Bhriain,", null],
	])("%j", (person, salutation, warning) => {
		const [d] = draft("thank-you", iv({ interviewers: [person] }));
		expect(d?.text.split("\n")).toContain(salutation);
		if (warning === null) expect(d?.warnings).toEqual([]);
		else expect(d?.warnings.some((w) => warning.test(w))).toBe(true);
	});
});
