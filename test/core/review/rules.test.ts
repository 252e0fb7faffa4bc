import { describe, expect, it } from "vitest";
import { reviewDraft, type Finding } from "../../../src/core/review";
import { SECTIONS, ctx, interview, lineOf, settings } from "./fixtures";

const only = (text: string, rule: string, c = ctx()): Finding[] => reviewDraft(text, c).filter((f) => f.rule === rule);

describe("emoticon", () => {
	it.each([":)", ";-)", ":D", "<3", ":-(", "🙂", "👍🏽", "❤️"])("flags %s on its line", (face) => {
		const text = `Dear Ms. Whitfield,\n\nThank you for your time ${face}\n`;
		const [f] = only(text, "emoticon");
		expect(f?.line).toBe(3);
		expect(f?.severity).toBe("warning");
		expect(f?.message).toMatch(/^Remove '.+': emoticons and emoji/);
	});
	it("leaves times, ratios, links, salutation colons and trademark signs alone", () => {
		const text = "Dear Ms. Whitfield:\n\nAt 10:30 the ratio was 3:1 (see https://northwind.example/a:b). Northwind™ ©2026 <30 days.\n";
		expect(only(text, "emoticon")).toEqual([]);
	});
});

describe("informal", () => {
	it("reports each informal word with a plainer choice", () => {
		const text = "Dear Ms. Whitfield,\n\nIt was awesome, and I'm gonna send the sample ASAP.\nThanks a ton!!\n";
		const found = only(text, "informal");
		expect(found.map((f) => [f.line, f.message.split("'")[1]])).toEqual([
			[3, "awesome"], [3, "gonna"], [3, "ASAP"], [4, "Thanks a ton"], [4, "!!"],
		]);
		expect(found[0]?.message).toMatch(/^'awesome' is informal; use a plainer word/);
	});
	it("flags 'hi there', 'hey', 'cheers', 'lol' and 'btw'", () => {
		for (const w of ["Hi there,", "Hey,", "Cheers,", "lol", "btw"]) expect(only(`${w}\n`, "informal"), w).toHaveLength(1);
	});
	it("does not flag words that merely contain one (schedule, cooler, coolant, ashy)", () => {
		expect(only("Dear Ms. Whitfield,\n\nThe cooler schedule and coolant supplier were superb.\n", "informal")).toEqual([]);
	});
});

describe("negative-tone", () => {
	it.each([
		["I am desperate for a new role.", "desperate"],
		["I really need this job.", "I really need this job"],
		["Sorry to bother you again.", "Sorry to bother"],
		["I hope I didn’t ramble.", "I hope I didn’t"],
		["Unfortunately, I froze on the budget question.", "Unfortunately, I"],
		["Just checking in on my application.", "Just checking in"],
		["I haven't heard back since we met.", "I haven't heard back"],
		["Why haven't you replied?", "Why haven't you"],
		["Any news??", "Any news??"],
		["I am begging you to reconsider.", "begging you"],
	])("flags '%s'", (sentence, phrase) => {
		const text = `Dear Ms. Whitfield,\n\n${sentence}\n`;
		const [f] = only(text, "negative-tone");
		expect(f?.line).toBe(3);
		expect(f?.message).toContain(`'${phrase}' sounds needy or negative;`);
	});
});

describe("too-long", () => {
	const para = (n: number): string => `Paragraph ${n} says one short thing about the routing system.`;
	it("flags a fourth body paragraph on its first line, not counting subject, salutation or sign-off", () => {
		const text = ["Subject: Thank you", "", "Dear Ms. Whitfield,", "", para(1), "", para(2), "", para(3), "", para(4), "", "Kind regards,", "Alex Doe"].join("\n");
		const [f] = only(text, "too-long");
		expect(f?.line).toBe(lineOf(text, "Paragraph 4"));
		expect(f?.message).toMatch(/4 paragraphs; keep it to 3/);
		expect(only(text.replace(`${para(4)}\n\n`, ""), "too-long")).toEqual([]);
	});
	it("ignores a formal letter's sender and recipient blocks", () => {
		const blocks = ["Alex Doe", "1 Main Street", "alex@example.com", "", "2026-11-20", "", "Ms. Dana Whitfield", "Head of Operations", "Northwind Traders", ""];
		const text = [...blocks, "Dear Ms. Whitfield:", "", para(1), "", para(2), "", para(3), "", "Sincerely,", "", "Alex Doe"].join("\n");
		expect(only(text, "too-long", ctx({ format: "letter" }))).toEqual([]);
	});
	it("flags more than about 200 words (80 for a card) where the limit passes", () => {
		const line = "We talked about routing, forecasting and the dock scanners in some detail today.";
		const body = Array.from({ length: 16 }, () => line);
		const text = ["Dear Ms. Whitfield,", "", ...body, "", "Kind regards,", "Alex"].join("\n");
		const [f] = only(text, "too-long");
		expect(f?.line).toBe(18);
		expect(f?.message).toMatch(/runs to 208 words; keep a letter under about 200/);
		const card = ["Dear Ms. Whitfield,", "", ...body.slice(0, 7), "", "Warmly,", "Alex"].join("\n");
		expect(only(card, "too-long")).toEqual([]);
		expect(only(card, "too-long", ctx({ format: "card" }))[0]?.message).toMatch(/runs to 91 words; keep a card under about 80/);
		expect(only(card, "too-long", ctx({ format: "card" }))[0]?.line).toBe(9);
	});
});

describe("not-specific", () => {
	const generic = "Dear Ms. Whitfield,\n\nThank you for your time yesterday. I enjoyed our conversation and remain very interested in the role.\n\nKind regards,\nAlex\n";
	it("flags a draft that names nothing from the note, on its first body line", () => {
		const [f] = only(generic, "not-specific");
		expect(f?.line).toBe(3);
		expect(f?.message).toMatch(/^Nothing from the note's Highlights, Wish I had said or Since the interview appears here; name one specific point, such as 'Their warehouse/);
	});
	it("passes when the draft picks up a highlight in other words", () => {
		const text = generic.replace("I enjoyed our conversation", "I enjoyed hearing how your warehouse is moving to new routing");
		expect(only(text, "not-specific")).toEqual([]);
	});
	it("is skipped without sections, with empty sections, and for kinds that need no detail", () => {
		expect(only(generic, "not-specific", ctx({ sections: undefined }))).toEqual([]);
		expect(only(generic, "not-specific", ctx({ sections: { ...SECTIONS, highlights: [], wishIHadSaid: [], sinceInterview: [] } }))).toEqual([]);
		expect(only(generic, "not-specific", ctx({ kind: "withdrawal" }))).toEqual([]);
	});
});

describe("placeholder", () => {
	it("flags [TODO: …], {{…}} and [Name]-like blanks as errors", () => {
		const text = "Dear [Name],\n\nI enjoyed [TODO: name one thing you discussed].\nSee {{company}} and [insert date].\n";
		const found = only(text, "placeholder");
		expect(found.map((f) => [f.line, f.severity])).toEqual([[1, "error"], [3, "error"], [4, "error"], [4, "error"]]);
		expect(found[1]?.message).toBe("'[TODO: name one thing you discussed]' is still a placeholder; replace it with your own words or remove it.");
	});
	it("leaves links, checkboxes, footnotes and callouts alone", () => {
		const text = "- [ ] send\n- [x] sent\n[Northwind](https://northwind.example) [[Interviews/Northwind]] note[^1] > [!NOTE]\n";
		expect(only(text, "placeholder")).toEqual([]);
	});
});

describe("too-early", () => {
	const check = "Subject: Following up on the Operations Analyst role\n\nDear Ms. Whitfield,\n\nYou mentioned a decision by early December.\n";
	it("flags a status check drafted before the day after decision_by", () => {
		const c = ctx({ kind: "status-check", interview: interview({ decision_by: "2026-12-03", thank_you_sent: "2026-11-20" }), now: new Date(2026, 11, 3, 18, 0) });
		const [f] = only(check, "too-early", c);
		expect(f).toEqual({
			rule: "too-early",
			severity: "error",
			line: 1,
			message: "This status check is early: wait until 2026-12-04 (they said they would decide by 2026-12-03) before sending it, since chasing early can hurt.",
		});
		expect(only(check, "too-early", { ...c, now: new Date(2026, 11, 4, 0, 0) })).toEqual([]);
	});
	it("without a decision date, waits statusCheckWaitDays after the thank-you", () => {
		const c = ctx({ kind: "status-check", interview: interview({ thank_you_sent: "2026-11-20" }), settings: settings({ statusCheckWaitDays: 5 }) });
		expect(only(check, "too-early", { ...c, now: new Date(2026, 10, 24, 23, 0) })[0]?.message).toMatch(/wait until 2026-11-25 \(5 days after the thank-you\)/);
		expect(only(check, "too-early", { ...c, now: new Date(2026, 10, 25, 8, 0) })).toEqual([]);
	});
	it("after a check was sent, waits the repeat interval; a snooze does not change it", () => {
		const iv = interview({ decision_by: "2026-12-03", thank_you_sent: "2026-11-20", status_checks: ["2026-12-04"], snoozed_until: "2026-12-30" });
		const [f] = only(check, "too-early", ctx({ kind: "status-check", interview: iv, now: new Date(2026, 11, 8) }));
		expect(f?.message).toMatch(/wait until 2026-12-11 \(the last one went on 2026-12-04; leave 7 days between them\)/);
	});
	it("only applies to status checks with a known interview", () => {
		const early = { interview: interview({ decision_by: "2026-12-03" }), now: new Date(2026, 10, 25) };
		expect(only(check, "too-early", ctx({ ...early, kind: "thank-you" }))).toEqual([]);
		expect(only(check, "too-early", ctx({ ...early, kind: "status-check" }))).toHaveLength(1);
		expect(only(check, "too-early", ctx({ ...early, kind: "status-check", interview: undefined }))).toEqual([]);
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
