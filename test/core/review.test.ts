import { describe, expect, it } from "vitest";
import { draftLetters, formatsOf, LETTER_KINDS, type LetterKind } from "../../src/core/letters/index";
import { reviewDraft } from "../../src/core/review";
import { loadFixture, local, SENDER_SETTINGS } from "./letters/load";
import { ctx, interview } from "./review/fixtures";

/** Letters written by hand the way the advice says: formal address, specific, short, confident. */
const CLEAN: [string, string, Parameters<typeof ctx>[0]][] = [
	["thank-you email", `Subject: Thank you for Thursday's conversation

Dear Ms. Whitfield,

Thank you for taking the time to meet with me on Thursday. I especially enjoyed hearing how your warehouse will move to a new routing system in the spring; it is close to the routing project I led at Contoso.

I am very interested in the Operations Analyst role and would be glad to send any further information that would help.

Kind regards,
Alex Doe
alex.doe@example.com`, {}],
	["thank-you letter", `Alex Doe
1 Main Street
Springfield

20 November 2026

Ms. Dana Whitfield
Head of Operations
Northwind Traders

Dear Ms. Whitfield:

Thank you for meeting with me about the Operations Analyst role. Your description of the weekly review of delayed shipments showed me how seriously the team takes its customers.

One point I did not make: I led the vendor consolidation that cut freight costs by twelve percent.

I remain keen to join Northwind Traders and can provide references whenever you need them.

Sincerely,

Alex Doe`, { format: "letter" }],
	["thank-you card to someone with no honorific", `Dear Sam Ortiz,

Thank you for showing me the dock. Since we met I finished the APICS supply chain certificate, and I would be glad to put it to work at Northwind Traders.

With thanks,
Alex`, { format: "card" }],
	["withdrawal", `Subject: Operations Analyst application

Dear Ms. Whitfield,

Thank you for your time and for the clear picture of the role. After careful thought, I have decided to withdraw my application so that you can focus on other candidates.

I enjoyed meeting the team and wish Northwind Traders every success.

Best regards,
Alex Doe`, { kind: "withdrawal" }],
	["status check after the decision date", `Subject: Operations Analyst role: next steps

Dear Ms. Whitfield,

When we met on 19 November you mentioned a decision by 3 December. I remain very interested in the role and wanted to ask whether there is any news on the timeline.

Thank you again for your time.

Kind regards,
Alex Doe`, { kind: "status-check", interview: interview({ decision_by: "2026-12-03", thank_you_sent: "2026-11-20" }), now: new Date(2026, 11, 4, 10) }],
	["a letter reviewed with no interview known", `Dear Hiring Manager,

Thank you for the interview on Thursday. I look forward to hearing from you.

Sincerely,
Alex Doe`, { interview: undefined, sections: undefined, kind: undefined }],
];

describe("clean letters written by hand", () => {
	it.each(CLEAN)("%s has no findings", (_name, text, over) => {
		expect(reviewDraft(text, ctx(over))).toEqual([]);
	});
});

describe("drafts the letters module writes from notes with full details", () => {
	// Placeholders a full note cannot fill: the reference is not in the note, nor the day the material will go,
	// nor (with no offer_deadline) the day you will answer an offer.
	const BY_DESIGN: Partial<Record<LetterKind, RegExp>> = {
		"offer-thanks": /^'\[TODO: the date you will reply by\]'/,
		"request-progress": /^'\[TODO: the date you will send it\]'/,
		"reference-heads-up": /^'\[TODO: your reference's name\]'/,
	};
	// Both notes give a decision date (3 December and 30 November), so a status check is early on 20 November and due on 4 December.
	const cases = ["full", "panel"].flatMap((name) => LETTER_KINDS.flatMap((kind) => formatsOf(kind).map((format) => [name, kind, format] as const)));

	it.each(cases)("%s: %s as %s passes review, apart from an early status check", (name, kind, format) => {
		const { interview: iv, sections, companyAddress } = loadFixture(name);
		for (const now of [local(2026, 11, 20), local(2026, 12, 4)]) {
			const drafts = draftLetters({ interview: iv, sections, companyAddress, settings: SENDER_SETTINGS, kind, format, now });
			for (const d of drafts) {
				const findings = reviewDraft(d.text, { now, settings: SENDER_SETTINGS, interview: iv, sections, companyAddress, kind, format });
				const early = kind === "status-check" && now.getMonth() === 10;
				for (const f of findings) {
					if (f.rule === "too-early") expect(early, `${d.title}: ${f.message}`).toBe(true);
					else if (f.rule === "placeholder") expect(f.message, d.title).toMatch(BY_DESIGN[kind] ?? /^$/);
					else expect.fail(`${d.title} (${format}, line ${f.line}): ${f.rule}: ${f.message}`);
				}
				if (early) expect(findings.map((f) => f.rule)).toContain("too-early");
			}
		}
	});
});

describe("reviewDraft", () => {
	it("finds the plugin test's problems on their lines", () => {
		const text = "Subject: Thank you\n\nHey Dana,\n\nThanks for the chat :) Ms. Whitfeld, it was awesome.\n";
		const found = reviewDraft(text, ctx({ sections: undefined }));
		expect(found.map((f) => `${f.line} ${f.rule}`)).toEqual([
			"3 first-name-salutation", "3 informal", "5 name-spelling", "5 emoticon", "5 informal",
		]);
	});
	it("never throws, whatever the text", () => {
		const odd = ["", "\n\n\n", "Dear", "Dear ,", "[", "[[", "{{", ":", "\u0000\uFFFF", "🙂".repeat(500), "a\r\nb\rc", "Dear ".repeat(1000), "x".repeat(100_000)];
		for (const t of odd) expect(() => reviewDraft(t, ctx({ kind: "status-check" }))).not.toThrow();
		expect(() => reviewDraft(undefined as unknown as string, ctx())).not.toThrow();
		expect(reviewDraft("", ctx())).toEqual([]);
	});
});
