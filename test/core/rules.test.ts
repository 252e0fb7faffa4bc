import { describe, expect, it } from "vitest";
import { toLocalIso } from "../../src/core/dates";
import { parseInterview, type Interview } from "../../src/core/interview";
import type { FollowUpItem, ItemKind } from "../../src/core/items";
import { afterHours, computeItems, itemState, itemsForInterview, joinNames } from "../../src/core/rules";
import { doneDateKeyOf, ITEM_KINDS } from "../../src/core/follow-ups/kinds";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings";

/** The v1 rules' settings: the contact-details reminder (v2) is tested on its own below. */
const S: Settings = { ...DEFAULT_SETTINGS, contactDetailsReminder: false };
const at = (iso: string): Date => {
	const m = /^(\d+)-(\d+)-(\d+)T(\d+):(\d+)(?::(\d+))?$/.exec(iso);
	if (!m) throw new Error(iso);
	return new Date(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0));
};
const note = (fm: Record<string, unknown>, path = "Interviews/Northwind.md"): Interview => parseInterview(path, fm).interview;
const base = {
	type: "interview",
	company: "Northwind Traders",
	role: "Operations Analyst",
	date: "2026-11-19 14:00",
	interviewers: [{ name: "Dana Whitfield", honorific: "Ms." }, "Sam Ortiz"],
};
const items = (fm: Record<string, unknown>, now: string, settings: Settings = S, firstSeen?: Date): FollowUpItem[] =>
	itemsForInterview(note({ ...base, ...fm }), at(now), settings, firstSeen);
const kinds = (list: FollowUpItem[]): ItemKind[] => list.map((i) => i.kind);
const one = (list: FollowUpItem[], kind: ItemKind): FollowUpItem => {
	const found = list.filter((i) => i.kind === kind);
	expect(found, `exactly one ${kind}`).toHaveLength(1);
	return found[0]!;
};
const iso = (d: Date | null): string | null => (d ? toLocalIso(d) : null);

describe("debrief", () => {
	it("applies once the interview has begun, due at the end of its day", () => {
		expect(kinds(items({}, "2026-11-19T13:59"))).not.toContain("debrief");
		const d = one(items({}, "2026-11-19T15:00"), "debrief");
		expect(iso(d.due)).toBe("2026-11-19T23:59:59");
		expect(d.notBefore).toBeNull();
		expect(d.state).toBe("today");
		expect(d.id).toBe("Interviews/Northwind.md#debrief");
	});
	it("is done when debriefed is set", () => {
		expect(kinds(items({ debriefed: "2026-11-19" }, "2026-11-20T09:00"))).not.toContain("debrief");
	});
	it("a date-only interview has begun from the start of its day", () => {
		expect(kinds(items({ date: "2026-11-19" }, "2026-11-19T00:00"))).toContain("debrief");
		expect(kinds(items({ date: "2026-11-19" }, "2026-11-18T23:59"))).not.toContain("debrief");
	});
});

describe("thank-you", () => {
	it("timed interview: due 24 hours later, naming every interviewer formally", () => {
		const t = one(items({}, "2026-11-20T09:00"), "thank-you");
		expect(iso(t.due)).toBe("2026-11-20T14:00:00");
		expect(t.label).toBe("Send a thank-you note to Ms. Whitfield and Sam Ortiz");
		expect(t.interviewers).toEqual(["Dana Whitfield", "Sam Ortiz"]);
		expect(t.state).toBe("today");
		expect(one(items({}, "2026-11-20T14:00:01"), "thank-you").state).toBe("overdue");
	});
	it("date-only interview: due at the end of the next day", () => {
		expect(iso(one(items({ date: "2026-11-19" }, "2026-11-19T09:00"), "thank-you").due)).toBe("2026-11-20T23:59:59");
	});
	it("lists only those not yet thanked, and is done when all are or thank_you_sent is set", () => {
		const partly = items({ interviewers: [{ name: "Dana Whitfield", honorific: "Ms.", thanked: "2026-11-20" }, "Sam Ortiz"] }, "2026-11-20T09:00");
		const t = one(partly, "thank-you");
		expect(t.interviewers).toEqual(["Sam Ortiz"]);
		expect(t.label).toBe("Send a thank-you note to Sam Ortiz");
		const all = [{ name: "Dana Whitfield", thanked: "2026-11-20" }, { name: "Sam Ortiz", thanked: "2026-11-20" }];
		expect(kinds(items({ interviewers: all }, "2026-11-20T09:00"))).not.toContain("thank-you");
		expect(kinds(items({ thank_you_sent: "2026-11-20" }, "2026-11-20T09:00"))).not.toContain("thank-you");
	});
	it.each([["rejected"], ["withdrawn"]])("does not apply when the outcome is %s", (outcome) => {
		expect(kinds(items({ outcome }, "2026-11-20T09:00"))).not.toContain("thank-you");
	});
	it("does not apply when interest is no", () => {
		expect(kinds(items({ interest: "no" }, "2026-11-20T09:00"))).not.toContain("thank-you");
	});
	it("with no interviewers the label still reads well", () => {
		expect(one(items({ interviewers: [] }, "2026-11-20T09:00"), "thank-you").label).toBe("Send a thank-you note");
	});
	it("takes its hours from settings", () => {
		expect(iso(one(items({}, "2026-11-20T09:00", { ...S, thankYouHours: 30 }), "thank-you").due)).toBe("2026-11-20T20:00:00");
		expect(iso(one(items({ date: "2026-11-19" }, "2026-11-20T09:00", { ...S, thankYouHours: 48 }), "thank-you").due)).toBe("2026-11-21T23:59:59");
	});
});

describe("withdrawal", () => {
	it("interest no and outcome pending: a withdrawal note due like a thank-you", () => {
		const w = one(items({ interest: "no" }, "2026-11-20T09:00"), "withdrawal");
		expect(iso(w.due)).toBe("2026-11-20T14:00:00");
		expect(w.label).toBe("Send a withdrawal note to Ms. Whitfield and Sam Ortiz");
		expect(iso(one(items({ interest: "no", date: "2026-11-19" }, "2026-11-20T09:00"), "withdrawal").due)).toBe("2026-11-20T23:59:59");
		expect(kinds(items({ interest: "no", outcome: "next-round" }, "2026-11-20T09:00"))).toContain("withdrawal");
	});
	it.each([["offer"], ["rejected"]])("not for outcome %s", (outcome) => {
		expect(kinds(items({ interest: "no", outcome }, "2026-11-20T09:00"))).not.toContain("withdrawal");
	});
	it("is due for outcome withdrawn whatever the interest (DESIGN v2), until withdrawal_sent", () => {
		for (const interest of ["yes", "no", "unsure"]) {
			const w = one(items({ interest, outcome: "withdrawn" }, "2026-11-20T09:00"), "withdrawal");
			expect(iso(w.due)).toBe("2026-11-20T14:00:00");
		}
		expect(kinds(items({ outcome: "withdrawn", withdrawal_sent: "2026-11-20" }, "2026-11-20T09:00"))).not.toContain("withdrawal");
	});
	it("done when withdrawal_sent is set; never while interested", () => {
		expect(kinds(items({ interest: "no", withdrawal_sent: "2026-11-20" }, "2026-11-20T09:00"))).not.toContain("withdrawal");
		expect(kinds(items({ interest: "unsure" }, "2026-11-20T09:00"))).not.toContain("withdrawal");
	});
});

describe("references", () => {
	it("due at the end of the day after the interview, timed or not", () => {
		expect(iso(one(items({}, "2026-11-20T09:00"), "references").due)).toBe("2026-11-20T23:59:59");
		expect(iso(one(items({ date: "2026-11-19" }, "2026-11-20T09:00"), "references").due)).toBe("2026-11-20T23:59:59");
	});
	it("only while interested, outcome pending or next-round, and the setting on", () => {
		expect(kinds(items({ outcome: "next-round" }, "2026-11-20T09:00"))).toContain("references");
		expect(kinds(items({ interest: "no" }, "2026-11-20T09:00"))).not.toContain("references");
		expect(kinds(items({ outcome: "offer" }, "2026-11-20T09:00"))).not.toContain("references");
		expect(kinds(items({}, "2026-11-20T09:00", { ...S, referencesReminder: false }))).not.toContain("references");
		expect(kinds(items({ references_notified: "2026-11-20" }, "2026-11-20T09:00"))).not.toContain("references");
	});
});

describe("request", () => {
	const requests = [
		{ item: "Writing sample", asked: "2026-11-19 15:30" },
		{ item: "Two references", asked: "2026-11-19" },
		{ item: "Portfolio", asked: "2026-11-19", sent: "2026-11-20" },
		{ item: "Salary history" },
	];
	it("one item per request asked and not sent, due 24 hours after it was asked", () => {
		const list = items({ requests }, "2026-11-20T09:00").filter((i) => i.kind === "request");
		expect(list.map((i) => [i.request, iso(i.due), i.label])).toEqual([
			[{ item: "Writing sample", index: 0 }, "2026-11-20T15:30:00", "Send what they asked for: Writing sample"],
			[{ item: "Two references", index: 1 }, "2026-11-20T23:59:59", "Send what they asked for: Two references"],
		]);
		expect(list.map((i) => i.id)).toEqual(["Interviews/Northwind.md#request:0:Writing sample", "Interviews/Northwind.md#request:1:Two references"]);
	});
	it("takes its hours from settings", () => {
		const list = items({ requests }, "2026-11-20T09:00", { ...S, requestHours: 72 }).filter((i) => i.kind === "request");
		expect(list.map((i) => iso(i.due))).toEqual(["2026-11-22T15:30:00", "2026-11-22T23:59:59"]);
	});
});

describe("status-check", () => {
	const sent = { thank_you_sent: "2026-11-20", debriefed: "2026-11-19", references_notified: "2026-11-20" };
	it("waits until the day after decision_by, then is due that day", () => {
		const fm = { ...sent, decision_by: "2026-12-03" };
		const w = one(items(fm, "2026-12-03T18:00"), "status-check");
		expect(w.state).toBe("waiting");
		expect(iso(w.notBefore)).toBe("2026-12-04T00:00:00");
		expect(iso(w.due)).toBe("2026-12-04T23:59:59");
		expect(w.label).toBe("Ask Ms. Whitfield and Sam Ortiz whether a decision has been made");
		expect(one(items(fm, "2026-12-04T09:00"), "status-check").state).toBe("today");
		expect(one(items(fm, "2026-12-05T09:00"), "status-check").state).toBe("overdue");
	});
	it("with no decision date: thank_you_sent + 7 days", () => {
		expect(iso(one(items(sent, "2026-11-22T09:00"), "status-check").notBefore)).toBe("2026-11-27T00:00:00");
		expect(iso(one(items(sent, "2026-11-22T09:00", { ...S, statusCheckWaitDays: 10 }), "status-check").notBefore)).toBe("2026-11-30T00:00:00");
	});
	it("counts a thank-you done through every interviewer's thanked date (the last of them)", () => {
		const interviewers = [{ name: "Dana Whitfield", thanked: "2026-11-20" }, { name: "Sam Ortiz", thanked: "2026-11-21 08:00" }];
		expect(iso(one(items({ interviewers }, "2026-11-22T09:00"), "status-check").notBefore)).toBe("2026-11-28T00:00:00");
	});
	it("needs the thank-you done, outcome pending and interest", () => {
		expect(kinds(items({ decision_by: "2026-12-03" }, "2026-12-05T09:00"))).not.toContain("status-check");
		for (const fm of [{ outcome: "next-round" }, { outcome: "offer" }, { outcome: "rejected" }, { interest: "no" }]) {
			expect(kinds(items({ ...sent, ...fm }, "2026-12-20T09:00"))).not.toContain("status-check");
		}
	});
	it("repeats every 7 days after the last check until 3 were sent, then stops", () => {
		const fm = { ...sent, decision_by: "2026-12-03" };
		const second = one(items({ ...fm, status_checks: ["2026-12-04"] }, "2026-12-05T09:00"), "status-check");
		expect(iso(second.notBefore)).toBe("2026-12-11T00:00:00");
		expect(second.label).toBe("Ask Ms. Whitfield and Sam Ortiz again about the decision (check 2 of 3)");
		expect(second.id).toBe("Interviews/Northwind.md#status-check");
		const third = one(items({ ...fm, status_checks: ["2026-12-04", "2026-12-12 10:00"] }, "2026-12-13T09:00"), "status-check");
		expect(iso(third.notBefore)).toBe("2026-12-19T00:00:00");
		expect(third.label).toContain("(check 3 of 3)");
		expect(kinds(items({ ...fm, status_checks: ["2026-12-04", "2026-12-12", "2026-12-19"] }, "2027-01-30T09:00"))).not.toContain("status-check");
	});
	it("cadence and cap come from settings", () => {
		const fm = { ...sent, status_checks: ["2026-12-04"] };
		expect(iso(one(items(fm, "2026-12-05T09:00", { ...S, statusCheckRepeatDays: 14 }), "status-check").notBefore)).toBe("2026-12-18T00:00:00");
		expect(kinds(items(fm, "2026-12-05T09:00", { ...S, statusCheckMax: 1 }))).not.toContain("status-check");
		expect(kinds(items(sent, "2026-12-05T09:00", { ...S, statusCheckMax: 0 }))).not.toContain("status-check");
	});
});

describe("rejection-thanks", () => {
	it("due at the end of the day after outcome_date", () => {
		const r = one(items({ outcome: "rejected", outcome_date: "2026-11-25" }, "2026-11-26T09:00"), "rejection-thanks");
		expect(iso(r.due)).toBe("2026-11-26T23:59:59");
		expect(r.label).toBe("Thank Ms. Whitfield and Sam Ortiz anyway and keep the door open");
	});
	it("without outcome_date: the day after it was first seen, or after now when never seen", () => {
		expect(iso(one(items({ outcome: "rejected" }, "2026-11-30T09:00", S, at("2026-11-25T10:00")), "rejection-thanks").due)).toBe("2026-11-26T23:59:59");
		expect(iso(one(items({ outcome: "rejected" }, "2026-11-30T09:00"), "rejection-thanks").due)).toBe("2026-12-01T23:59:59");
	});
	it("done when rejection_thanks_sent is set; only for a rejection", () => {
		expect(kinds(items({ outcome: "rejected", rejection_thanks_sent: "2026-11-26" }, "2026-11-30T09:00"))).not.toContain("rejection-thanks");
		expect(kinds(items({ outcome: "withdrawn" }, "2026-11-30T09:00"))).not.toContain("rejection-thanks");
	});
});

describe("next-round-prep", () => {
	const fm = { outcome: "next-round", next_round: "2026-12-10 10:00", next_step: "Panel with the team" };
	it("due at the end of the day before the next round", () => {
		const p = one(items(fm, "2026-11-25T09:00"), "next-round-prep");
		expect(iso(p.due)).toBe("2026-12-09T23:59:59");
		expect(p.label).toBe("Prepare for the next round on Thu 10 Dec at 10:00: Panel with the team");
		expect(p.state).toBe("upcoming");
		expect(one(items(fm, "2026-12-10T09:00"), "next-round-prep").state).toBe("overdue");
	});
	it("gone once the round has begun, and only for outcome next-round", () => {
		expect(kinds(items(fm, "2026-12-10T10:00"))).not.toContain("next-round-prep");
		expect(kinds(items({ ...fm, outcome: "pending" }, "2026-11-25T09:00"))).not.toContain("next-round-prep");
		expect(kinds(items({ outcome: "next-round" }, "2026-11-25T09:00"))).not.toContain("next-round-prep");
		expect(one(items({ outcome: "next-round", next_round: "2026-12-10" }, "2026-11-25T09:00"), "next-round-prep").label).toBe("Prepare for the next round on Thu 10 Dec");
	});
});

describe("snooze", () => {
	it("nothing is due while snoozed_until is after now; everything comes back on that day", () => {
		expect(items({ snoozed_until: "2026-11-25" }, "2026-11-24T23:00")).toEqual([]);
		expect(kinds(items({ snoozed_until: "2026-11-25" }, "2026-11-25T00:00"))).toEqual(["debrief", "thank-you", "references"]);
		expect(items({ snoozed_until: "2026-11-25 12:00", outcome: "rejected" }, "2026-11-25T11:00")).toEqual([]);
	});
});

describe("a note with no usable date", () => {
	it("gets only the items that do not hang on the interview's date", () => {
		const fm = { ...base, date: "sometime in November", requests: [{ item: "Writing sample", asked: "2026-11-19" }], thank_you_sent: "2026-11-20" };
		const { interview, problems } = parseInterview("Interviews/Undated.md", fm);
		expect(problems).toHaveLength(1);
		expect(kinds(itemsForInterview(interview, at("2026-11-28T09:00"), S))).toEqual(["request", "status-check"]);
		const rejected = parseInterview("Interviews/Undated.md", { ...fm, outcome: "rejected", outcome_date: "2026-11-25" }).interview;
		expect(kinds(itemsForInterview(rejected, at("2026-11-28T09:00"), S))).toEqual(["request", "rejection-thanks"]);
	});
});

describe("time", () => {
	it("a DST change between interview and due time keeps the wall clock (America/Los_Angeles ends DST on 2026-11-01)", () => {
		const start = at("2026-10-31T14:00");
		const due = afterHours({ at: start, dateOnly: false }, 24);
		expect(toLocalIso(due)).toBe("2026-11-01T14:00:00");
		// 25 real hours in Los Angeles, 24 in UTC or Kolkata.
		expect(due.getTime() - start.getTime()).toBe(24 * 3_600_000 + (due.getTimezoneOffset() - start.getTimezoneOffset()) * 60_000);
		const list = items({ date: "2026-10-31 14:00", thank_you_sent: "2026-10-31 20:00" }, "2026-11-01T09:00");
		expect(iso(one(list, "debrief").due)).toBe("2026-10-31T23:59:59");
		expect(iso(one(list, "references").due)).toBe("2026-11-01T23:59:59");
		expect(iso(one(list, "status-check").notBefore)).toBe("2026-11-07T00:00:00");
	});
	it("the spring change (2026-03-08 in Los Angeles) too", () => {
		expect(toLocalIso(afterHours({ at: at("2026-03-07T02:30"), dateOnly: false }, 24))).toMatch(/^2026-03-08T0[23]:30:00$/);
		expect(toLocalIso(afterHours({ at: at("2026-03-07T09:00"), dateOnly: false }, 36))).toBe("2026-03-08T21:00:00");
	});
	it("states: waiting, today, overdue, upcoming", () => {
		const due = at("2026-11-22T23:59:59");
		expect(itemState({ notBefore: at("2026-11-22T00:00"), due }, at("2026-11-21T23:59"))).toBe("waiting");
		expect(itemState({ notBefore: at("2026-11-22T00:00"), due }, at("2026-11-22T00:00"))).toBe("today");
		expect(itemState({ notBefore: null, due }, at("2026-11-23T00:00"))).toBe("overdue");
		expect(itemState({ notBefore: null, due }, at("2026-11-20T12:00"))).toBe("upcoming");
	});
});

describe("computeItems", () => {
	it("collects every note's items, sorted by due, with firstSeen per path", () => {
		const a = note({ ...base, date: "2026-11-19 14:00" }, "Interviews/A.md");
		const b = note({ ...base, date: "2026-11-18 09:00", debriefed: "2026-11-18" }, "Interviews/B.md");
		const c = note({ ...base, outcome: "rejected" }, "Interviews/C.md");
		const seen = (p: string) => (p === "Interviews/C.md" ? at("2026-11-19T08:00") : undefined);
		const list = computeItems([a, b, c], at("2026-11-20T09:00"), S, seen);
		expect(list.map((i) => `${i.note} ${i.kind} ${toLocalIso(i.due)}`)).toEqual([
			"Interviews/B.md thank-you 2026-11-19T09:00:00",
			"Interviews/A.md debrief 2026-11-19T23:59:59",
			"Interviews/B.md references 2026-11-19T23:59:59",
			"Interviews/C.md debrief 2026-11-19T23:59:59",
			"Interviews/A.md thank-you 2026-11-20T14:00:00",
			"Interviews/A.md references 2026-11-20T23:59:59",
			"Interviews/C.md rejection-thanks 2026-11-20T23:59:59",
		]);
		expect(new Set(list.map((i) => i.id)).size).toBe(list.length);
	});
	it("joins names in plain words", () => {
		expect([joinNames([]), joinNames(["A"]), joinNames(["A", "B"]), joinNames(["A", "B", "C"])]).toEqual(["", "A", "A and B", "A, B and C"]);
	});
});

describe("a kind whose step writes a date", () => {
	it("is done once the note records that date, and no other kind's item goes with it", () => {
		const scenarios: [Record<string, unknown>, string][] = [
			[{}, "2026-11-18T09:00"],
			[{}, "2026-11-20T09:00"],
			[{ interest: "no" }, "2026-11-20T09:00"],
			[{ connections: ["Priya Shah"] }, "2026-11-20T09:00"],
			[{ outcome: "rejected", outcome_date: "2026-11-21" }, "2026-11-22T09:00"],
			[{ outcome: "offer", outcome_date: "2026-11-21", offer_deadline: "2026-11-28" }, "2026-11-22T09:00"],
		];
		const seen = new Set<ItemKind>();
		for (const [fm, now] of scenarios) {
			const iv = note({ ...base, ...fm });
			const open = itemsForInterview(iv, at(now), S);
			for (const kind of new Set(kinds(open))) {
				const key = doneDateKeyOf(kind);
				if (key === undefined) continue;
				seen.add(kind);
				const recorded: Interview = { ...iv, done: { ...iv.done, [key]: { at: at(now), dateOnly: true } } };
				const after = itemsForInterview(recorded, at(now), S);
				expect(kinds(after), `${kind} with ${key} recorded`).not.toContain(kind);
				// Another kind may open once the date is there (a status check after the thank-you), none closes.
				expect(after.map((i) => i.id), `${kind} with ${key} recorded`).toEqual(expect.arrayContaining(open.filter((i) => i.kind !== kind).map((i) => i.id)));
			}
		}
		expect([...seen].sort()).toEqual(ITEM_KINDS.filter((k) => doneDateKeyOf(k) !== undefined).sort());
	});
});
