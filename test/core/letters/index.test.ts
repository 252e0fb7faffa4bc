import { describe, expect, it } from "vitest";
import { parseInterview, type Interview, type Interviewer } from "../../../src/core/interview";
import { draftLetters, formatsOf, lacksOpenRequest, LETTER_KINDS, letterKind, recipientsFor, requestChoices, type DraftRequest, type LetterKind } from "../../../src/core/letters/index";
import { addressName } from "../../../src/core/letters/salutation";
import { hasPlaceholder } from "../../../src/core/placeholder";
import { reviewDraft } from "../../../src/core/review";
import type { NoteSections } from "../../../src/core/sections";
import { DEFAULT_SETTINGS, type LetterFormat, type Settings } from "../../../src/core/settings";
import { loadFixture, local, SENDER_SETTINGS } from "./load";

const EMPTY: NoteSections = { highlights: [], wishIHadSaid: [], sinceInterview: [], questionsAsked: [], debrief: [] };

function interview(fm: Record<string, unknown>): Interview {
	return parseInterview("Interviews/Test.md", { company: "Northwind Traders", role: "Operations Analyst", date: "2026-11-19 14:00", ...fm }).interview;
}

function request(kind: LetterKind, format: LetterFormat, iv: Interview, sections: NoteSections = EMPTY, now = local(2026, 11, 20)): DraftRequest {
	return { interview: iv, sections, settings: SENDER_SETTINGS, kind, format, now };
}

/** The lines between the salutation and the sign-off, split into paragraphs. */
function bodyParagraphs(text: string): string[] {
	const lines = text.split("\n");
	const start = lines.findIndex((l) => l.startsWith("Dear "));
	const end = lines.findIndex((l, i) => i > start && /^(Kind regards|Sincerely|With thanks|Best wishes),$/.test(l));
	return lines.slice(start + 1, end).join("\n").split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p !== "");
}

const salutationOf = (text: string): string => text.split("\n").find((l) => l.startsWith("Dear ")) ?? "";

describe("salutation", () => {
	const cases: [Interviewer, string][] = [
		[{ name: "Dana Whitfield", honorific: "Ms." }, "Ms. Whitfield"],
		[{ name: "Sam Ortiz" }, "Sam Ortiz"],
		[{ name: "Priya  Raman ", honorific: "Dr." }, "Dr. Raman"],
	];
	it.each(cases)("%o is addressed as %s", (person, expected) => {
		expect(addressName(person)).toBe(expected);
	});

	it("a one-word name without an honorific becomes a placeholder, never a bare first name", () => {
		const name = addressName({ name: "Dana" });
		expect(hasPlaceholder(name)).toBe(true);
		expect(name).not.toMatch(/^Dana\b/);
	});

	it("no letter to anyone opens with a bare first name", () => {
		const iv = interview({ interviewers: [{ name: "Dana Whitfield", honorific: "Ms." }, "Sam Ortiz", "Robin"] });
		for (const kind of LETTER_KINDS) {
			for (const format of formatsOf(kind)) {
				for (const d of draftLetters(request(kind, format, iv))) {
					// A call opens "Hello Ms. Whitfield, this is …": the same name rule, read as a salutation.
					const line = format === "call" ? `Dear ${/Opener: (?:Hello|Hi) (.+?), (?:this is|it.s) /.exec(d.text)?.[1] ?? "?"},` : salutationOf(d.text);
					expect(line).not.toMatch(/^Dear (Dana|Sam|Robin)[,:]$/);
					expect(line).toMatch(/^Dear (Ms\. Whitfield|Sam Ortiz|\[TODO: [^\]]+\])[,:]$/);
				}
			}
		}
	});

	it("a formal letter uses a colon, an email and a card a comma", () => {
		const iv = interview({ interviewers: [{ name: "Dana Whitfield", honorific: "Ms." }] });
		expect(salutationOf(draftLetters(request("thank-you", "letter", iv))[0]?.text ?? "")).toBe("Dear Ms. Whitfield:");
		expect(salutationOf(draftLetters(request("thank-you", "email", iv))[0]?.text ?? "")).toBe("Dear Ms. Whitfield,");
		expect(salutationOf(draftLetters(request("thank-you", "card", iv))[0]?.text ?? "")).toBe("Dear Ms. Whitfield,");
	});
});

describe("shape", () => {
	const { interview: full, sections } = loadFixture("full");
	it.each(LETTER_KINDS.flatMap((k) => formatsOf(k).map((f) => [k, f] as const)))("%s as %s has one to three body paragraphs", (kind, format) => {
		for (const d of draftLetters(request(kind, format, full, sections))) {
			const paragraphs = bodyParagraphs(d.text);
			expect(paragraphs.length).toBeGreaterThan(0);
			expect(paragraphs.length).toBeLessThanOrEqual(format === "card" ? 2 : 3);
		}
	});

	it("an email opens with To: when the address is known, then its subject, also a field; other formats have neither", () => {
		const [email] = draftLetters(request("thank-you", "email", full, sections));
		expect(email?.subject).toBe("Thank you for the Operations Analyst interview");
		expect(email?.text.split("\n").slice(0, 2)).toEqual(["To: Dana Whitfield <dana.whitfield@northwind.example>", `Subject: ${email?.subject ?? ""}`]);
		const [noAddress] = draftLetters(request("thank-you", "email", interview({ interviewers: [{ name: "Dana Whitfield", honorific: "Ms." }] })));
		expect(noAddress?.text.split("\n")[0]).toBe("Subject: Thank you for the Operations Analyst interview");
		for (const format of ["letter", "card"] as const) {
			const [d] = draftLetters(request("thank-you", format, full, sections));
			expect(d?.subject).toBeUndefined();
			expect(d?.text).not.toMatch(/^Subject:/m);
		}
	});

	it("a formal letter carries the sender block, the date and the recipient's name, title and company", () => {
		const [d] = draftLetters(request("thank-you", "letter", full, sections));
		expect(d?.text).toMatch(/^Morgan Ellis\n14 Harbour Street\nPortland, OR 97201\nmorgan\.ellis@example\.com\n\+1 555 0187\n\n20 November 2026\n\nMs\. Dana Whitfield\nHead of Operations\nNorthwind Traders\n\nDear Ms\. Whitfield:\n/);
	});
});

describe("content", () => {
	const { interview: full, sections } = loadFixture("full");

	it("a thank-you names the highlight, its tie to the user's experience, the wish and the news", () => {
		const [d] = draftLetters(request("thank-you", "email", full, sections));
		expect(d?.text).toContain("your warehouse moves to a new routing system in spring, which ties to my routing project at Contoso.");
		expect(d?.text).toContain("I trained twelve dispatchers on a new scheduling tool in two weeks.");
		expect(d?.text).toContain("I completed the APICS supply chain certificate.");
		expect(d?.text).toMatch(/interest in the role/);
		expect(hasPlaceholder(d?.text ?? "")).toBe(false);
	});

	it("a withdrawal declines and never claims interest", () => {
		for (const format of formatsOf("withdrawal")) {
			for (const d of draftLetters(request("withdrawal", format, full, sections))) {
				expect(d.text).toMatch(/withdraw my application/);
				expect(d.text).not.toMatch(/interest|enthusias|excited|eager|keen|look forward|would welcome|join/i);
			}
		}
	});

	it("a rejection thank-you keeps the door open", () => {
		const [d] = draftLetters(request("rejection-thanks", "email", full, sections));
		expect(d?.text).toMatch(/in the future, I would welcome the chance to be considered/);
	});

	it("a status check refers to the decision date they gave", () => {
		const [d] = draftLetters(request("status-check", "email", full, sections, local(2026, 12, 4)));
		expect(d?.text).toContain("You mentioned that you expected to reach a decision by 3 December");
	});

	it("request progress names the item and a placeholder for when it comes", () => {
		const [d] = draftLetters(request("request-progress", "email", full, sections));
		// A clean subject, without a ": an update" tail (issue 14).
		expect(d?.subject).toBe("Update on the writing sample you asked for");
		expect(d?.text).toContain("the writing sample you asked for");
		expect(d?.text).toContain("by [TODO: the date you will send it]");
		const [chosen] = draftLetters({ ...request("request-progress", "email", full, sections), requestItem: "Transcript" });
		expect(chosen?.text).toContain("the transcript you asked for");
	});

	it("request progress does not apply when nothing is open", () => {
		expect(draftLetters(request("request-progress", "email", interview({ interviewers: ["Sam Ortiz"] })))).toEqual([]);
	});

	it("a reference heads-up names company, role and who may call, addressed to a placeholder", () => {
		const { interview: panel, sections: panelSections } = loadFixture("panel");
		const drafts = draftLetters(request("reference-heads-up", "email", panel, panelSections));
		expect(drafts).toHaveLength(1);
		const text = drafts[0]?.text ?? "";
		expect(drafts[0]?.recipient).toBeUndefined();
		expect(salutationOf(text)).toBe("Dear [TODO: your reference's name],");
		expect(text).toContain("the Product Manager, Games role at Tailspin Toys");
		expect(text).toContain("Dr. Priya Raman (VP of Product), Mx. Jordan Blake (Design Lead) or Mr. Alex Kim (Engineering Manager)");
	});
});

describe("placeholders where the note lacks a detail", () => {
	const bare = interview({ company: "", role: "", interviewers: [{ name: "Lee Chen", honorific: "Dr." }] });
	it.each(LETTER_KINDS.filter((k) => letterKind(k).aboutRequest !== true))("%s", (kind) => {
		const [d] = draftLetters(request(kind, "email", bare));
		expect(d?.text).toContain("[TODO: company name]");
		expect(d?.text).toContain("[TODO: job title]");
	});

	it("no highlight: a placeholder asking for one, not a generic sentence", () => {
		const [d] = draftLetters(request("thank-you", "email", bare));
		expect(d?.text).toContain("[TODO: one thing you discussed with Dr. Chen, and how it ties to your experience]");
	});

	it("no interviewers: one draft with a placeholder for the name", () => {
		const drafts = draftLetters(request("thank-you", "card", interview({})));
		expect(drafts).toHaveLength(1);
		expect(drafts[0]?.recipient).toBeUndefined();
		expect(salutationOf(drafts[0]?.text ?? "")).toMatch(/^Dear \[TODO: [^\]]+\],$/);
	});

	it("no sender in settings: placeholders for name and address", () => {
		const [d] = draftLetters({ ...request("thank-you", "letter", bare), settings: { ...SENDER_SETTINGS, sender: { name: "", address: "", email: "", phone: "" } } });
		expect(d?.text).toMatch(/^\[TODO: your name\]\n\[TODO: your postal address\]\n\[TODO: your email address or phone number\]\n/);
	});
});

describe("recipients", () => {
	const { interview: panel, sections } = loadFixture("panel");
	it("a thank-you goes to each interviewer not yet thanked", () => {
		expect(recipientsFor("thank-you", panel).map((p) => p.name)).toEqual(["Priya Raman", "Jordan Blake"]);
		expect(draftLetters(request("thank-you", "email", panel, sections)).map((d) => d.recipient)).toEqual(["Priya Raman", "Jordan Blake"]);
	});
	it("withdrawal, rejection thanks, status check and request progress go to the contact (issue 14: no longer the whole panel)", () => {
		expect(recipientsFor("withdrawal", panel).map((p) => p.name)).toEqual(["Jordan Blake"]);
		expect(recipientsFor("rejection-thanks", panel).map((p) => p.name)).toEqual(["Jordan Blake"]);
		expect(draftLetters({ ...request("withdrawal", "email", panel, sections), everyone: true }).map((d) => d.recipient)).toEqual(["Priya Raman", "Jordan Blake", "Alex Kim"]);
		expect(recipientsFor("status-check", panel).map((p) => p.name)).toEqual(["Jordan Blake"]);
		expect(recipientsFor("request-progress", panel).map((p) => p.name)).toEqual(["Jordan Blake"]);
		expect(recipientsFor("reference-heads-up", panel)).toEqual([]);
	});
	it("`to` picks one interviewer by full name, case and spacing ignored, or by a unique first name; an unknown name gives nothing", () => {
		const drafts = draftLetters({ ...request("thank-you", "email", panel, sections), to: "alex  KIM" });
		expect(drafts.map((d) => d.recipient)).toEqual(["Alex Kim"]);
		expect(draftLetters({ ...request("thank-you", "email", panel, sections), to: "Alex" }).map((d) => d.recipient)).toEqual(["Alex Kim"]);
		expect(draftLetters({ ...request("thank-you", "email", panel, sections), to: "Alex Smith" })).toEqual([]);
	});
	it("`everyone` drafts a process letter for every interviewer, not just the contact", () => {
		expect(draftLetters({ ...request("status-check", "email", panel, sections), everyone: true }).map((d) => d.recipient)).toEqual(["Priya Raman", "Jordan Blake", "Alex Kim"]);
		expect(draftLetters(request("status-check", "email", panel, sections)).map((d) => d.recipient)).toEqual(["Jordan Blake"]);
	});
	it("each interviewer hears the highlight about them, said to them", () => {
		const drafts = draftLetters(request("thank-you", "email", panel, sections));
		expect(drafts[0]?.text).toContain("you described the plan to bring the children's titles to tablets first");
		expect(drafts[1]?.text).toContain("your team tests every new level with families before release");
	});
});

describe("status check timing", () => {
	const { interview: full, sections } = loadFixture("full");
	const warnings = (iv: Interview, now: Date): string[] => draftLetters(request("status-check", "email", iv, sections, now))[0]?.warnings ?? [];

	it("warns before the day after decision_by, and not from that day on", () => {
		expect(warnings(full, local(2026, 12, 3, 23))).toEqual([expect.stringMatching(/early.*3 December 2026.*4 December 2026/)]);
		expect(warnings(full, local(2026, 12, 4, 0))).toEqual([]);
	});

	it("with no decision date, waits the setting's days after the thank-you", () => {
		const iv = interview({ interviewers: ["Sam Ortiz"], thank_you_sent: "2026-11-20" });
		expect(warnings(iv, local(2026, 11, 26))).toEqual([expect.stringMatching(/early.*27 November 2026/)]);
		expect(warnings(iv, local(2026, 11, 27))).toEqual([]);
	});

	it("after a status check, waits the repeat days; after the maximum, says to stop", () => {
		const once = interview({ interviewers: ["Sam Ortiz"], decision_by: "2026-12-03", status_checks: ["2026-12-04"] });
		expect(warnings(once, local(2026, 12, 10))).toEqual([expect.stringMatching(/11 December 2026/)]);
		expect(warnings(once, local(2026, 12, 11))).toEqual([]);
		const thrice = interview({ interviewers: ["Sam Ortiz"], status_checks: ["2026-12-04", "2026-12-11", "2026-12-18"] });
		expect(warnings(thrice, local(2027, 1, 10))).toEqual([expect.stringMatching(/already sent 3 status checks/)]);
	});

	it("with no thank-you and no date, says to send the thank-you first", () => {
		expect(warnings(interview({ interviewers: ["Sam Ortiz"] }), local(2026, 11, 20))).toEqual([expect.stringMatching(/thank-you first/)]);
	});
});

describe("review of drafts from a note with full details", () => {
	const { interview: full, sections } = loadFixture("full");
	const after = local(2026, 12, 4);
	const clean: LetterKind[] = ["thank-you", "withdrawal", "rejection-thanks", "status-check"];
	it.each(clean.flatMap((k) => formatsOf(k).map((f) => [k, f] as const)))("%s as %s has no findings", (kind, format) => {
		for (const d of draftLetters(request(kind, format, full, sections, after))) {
			expect(reviewDraft(d.text, { now: after, settings: SENDER_SETTINGS, interview: full, sections, kind, format })).toEqual([]);
		}
	});
	it.each((["request-progress", "reference-heads-up"] as const).flatMap((k) => formatsOf(k).map((f) => [k, f] as const)))(
		"%s as %s has only its by-design placeholders",
		(kind, format) => {
			for (const d of draftLetters(request(kind, format, full, sections, after))) {
				const rules = reviewDraft(d.text, { now: after, settings: SENDER_SETTINGS, interview: full, sections, kind, format }).map((f) => f.rule);
				expect(new Set(rules)).toEqual(new Set(["placeholder"]));
			}
		},
	);
});

describe("letters about a request", () => {
	const open = interview({ requests: [{ item: "Writing sample", asked: "2026-11-19", sent: "2026-11-20" }, { item: "Two references", asked: "2026-11-19" }] });
	const none = interview({ requests: [{ item: "Writing sample", asked: "2026-11-19", sent: "2026-11-20" }] });
	it("offer the open requests, and only for a kind about a request", () => {
		expect(requestChoices("request-progress", open)).toEqual(["Two references"]);
		expect(requestChoices("request-progress", none)).toEqual([]);
		expect(requestChoices("status-check", open)).toEqual([]);
	});
	it("lack a request when none is named and none is open; other kinds never do", () => {
		expect(lacksOpenRequest("request-progress", open)).toBe(false);
		expect(lacksOpenRequest("request-progress", none)).toBe(true);
		expect(lacksOpenRequest("request-progress", none, "Portfolio")).toBe(false);
		expect(lacksOpenRequest("request-progress", none, "  ")).toBe(true);
		expect(LETTER_KINDS.filter((k) => lacksOpenRequest(k, none))).toEqual(["request-progress", "materials"]);
	});
	it("a draft is about the first open request, and there is none without one", () => {
		const [first] = draftLetters(request("request-progress", "email", open));
		expect(first?.subject).toBe("Update on the two references you asked for");
		expect(draftLetters(request("request-progress", "email", none))).toEqual([]);
	});
});

/**
 * Every kind in every format on four notes: full details, missing sections,
 * one interviewer without an honorific, and a panel of three. Each note is
 * __snapshots__/<note>/interview.md, beside the letters drafted from it.
 */
const NOTES: { name: string; settings: Settings; now: Date; requestItem?: string }[] = [
	{ name: "full", settings: SENDER_SETTINGS, now: local(2026, 11, 20) },
	// No requests in the note: the item comes from the caller, as the plugin's modal or the CLI's --item would give it.
	{ name: "missing", settings: DEFAULT_SETTINGS, now: local(2026, 11, 19), requestItem: "Copy of my degree certificate" },
	{ name: "no-honorific", settings: SENDER_SETTINGS, now: local(2026, 11, 25) },
	{ name: "panel", settings: SENDER_SETTINGS, now: local(2026, 12, 2) },
];

const SEPARATOR = "\n<!-- next draft -->\n\n";

describe.each(NOTES)("letters from the fixture note $name", ({ name, settings, now, requestItem }) => {
	const { interview, sections, companyAddress } = loadFixture(name);
	for (const kind of LETTER_KINDS) {
		for (const format of formatsOf(kind)) {
			it(`${kind} as ${format}`, async () => {
				const drafts = draftLetters({ interview, sections, companyAddress, settings, kind, format, now, ...(requestItem ? { requestItem } : {}) });
				const people = letterKind(kind).reader === "reference" ? [] : recipientsFor(kind, interview).map((p) => p.name);
				expect(drafts.map((d) => d.recipient ?? null)).toEqual(people.length > 0 ? people : [null]);
				const text = drafts.map((d) => d.text).join(SEPARATOR);
				await expect(text).toMatchFileSnapshot(`./__snapshots__/${name}/${kind}.${format}.md`);
			});
		}
	}
});
