/** The v2 rows of DESIGN §2's table; `npm test` runs this in three time zones. */
import { describe, expect, it } from "vitest";
import { toLocalIso } from "../../../src/core/dates";
import { bodyFactsOf } from "../../../src/core/debrief";
import { parseInterview } from "../../../src/core/interview";
import type { FollowUpItem, ItemKind } from "../../../src/core/items";
import { itemsForInterview } from "../../../src/core/rules";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";

const S = DEFAULT_SETTINGS;
const at = (iso: string): Date => {
	const m = /^(\d+)-(\d+)-(\d+)T(\d+):(\d+)$/.exec(iso);
	if (!m) throw new Error(iso);
	return new Date(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!);
};
const base = {
	company: "Northwind Traders",
	role: "Operations Analyst",
	date: "2026-11-19 14:00",
	interviewers: [{ name: "Dana Whitfield", honorific: "Ms.", email: "dana@northwind.example" }, { name: "Sam Ortiz", phone: "+44 113 496 0000" }],
};
const items = (fm: Record<string, unknown>, now: string, body = "", firstSeen?: Date): FollowUpItem[] => {
	const { interview, problems } = parseInterview("Interviews/N.md", { ...base, ...fm }, bodyFactsOf(body, S));
	expect(problems).toEqual([]);
	return itemsForInterview(interview, at(now), S, firstSeen);
};
const kinds = (list: FollowUpItem[]): ItemKind[] => list.map((i) => i.kind);
const one = (list: FollowUpItem[], kind: ItemKind): FollowUpItem => {
	const found = list.filter((i) => i.kind === kind);
	expect(found, kind).toHaveLength(1);
	return found[0]!;
};
const due = (item: FollowUpItem): string => toLocalIso(item.due);

describe("prep", () => {
	it("a future interview has only prep, due the evening before", () => {
		const list = items({ date: "2026-11-25 10:00" }, "2026-11-22T09:00");
		expect(kinds(list)).toEqual(["prep"]);
		expect(due(list[0]!)).toBe("2026-11-24T23:59:59");
		expect(list[0]!.label).toBe("Prepare for the interview with Ms. Whitfield and Sam Ortiz: questions to ask and everyone's contact details");
	});
	it("an interview later today is due at its start, and gone once it has begun", () => {
		expect(due(one(items({ date: "2026-11-22 14:00" }, "2026-11-22T09:00"), "prep"))).toBe("2026-11-22T14:00:00");
		expect(kinds(items({ date: "2026-11-22 14:00" }, "2026-11-22T14:00"))).not.toContain("prep");
	});
	it("not beyond the upcoming days, and done when prepared is set", () => {
		expect(items({ date: "2026-12-20 10:00" }, "2026-11-22T09:00")).toEqual([]);
		expect(items({ date: "2026-11-25 10:00", prepared: "2026-11-23" }, "2026-11-22T09:00")).toEqual([]);
	});
});

describe("debrief by the section's own text", () => {
	const checklist = "## Debrief\n\n### Debrief checklist\n- [ ] What went well?\n- [x] What would I change?\n";
	it("only a checklist (ticked or not) leaves the debrief due", () => {
		expect(kinds(items({}, "2026-11-19T18:00", checklist))).toContain("debrief");
	});
	it("a paragraph, a plain bullet, or an answer under a checklist line is a debrief", () => {
		for (const body of [`${checklist}\nIt went well; the panel warmed up.\n`, "## Debrief\n- Too long on the first answer\n", `${checklist.replace("- [ ] What went well?\n", "- [ ] What went well?\n  - the case study\n")}`]) {
			expect(kinds(items({}, "2026-11-19T18:00", body))).not.toContain("debrief");
		}
	});
	it("text under another heading does not count", () => {
		expect(kinds(items({}, "2026-11-19T18:00", "## Debrief\n\n## Highlights\n- Their routing system\n"))).toContain("debrief");
	});
});

describe("contact-details", () => {
	it("names the interviewers with neither email nor phone, due at the end of the day", () => {
		const c = one(items({ interviewers: [{ name: "Dana Whitfield", email: "d@x.example" }, "Sam Ortiz"] }, "2026-11-19T18:00"), "contact-details");
		expect(c.label).toBe("Find an email address or phone number for Sam Ortiz");
		expect(due(c)).toBe("2026-11-19T23:59:59");
	});
	it("asks who they were when the note lists nobody; gone once every interviewer can be reached or the thank-you is sent", () => {
		expect(one(items({ interviewers: [] }, "2026-11-19T18:00"), "contact-details").label).toBe("Write down who interviewed you, with their email addresses");
		expect(kinds(items({}, "2026-11-19T18:00"))).not.toContain("contact-details");
		expect(kinds(items({ interviewers: ["Sam Ortiz"], thank_you_sent: "2026-11-19" }, "2026-11-19T18:00"))).not.toContain("contact-details");
	});
});

describe("withdrawal", () => {
	it("is due for outcome withdrawn, 24 hours after the interview", () => {
		expect(due(one(items({ outcome: "withdrawn" }, "2026-11-20T09:00"), "withdrawal"))).toBe("2026-11-20T14:00:00");
		expect(kinds(items({ outcome: "withdrawn" }, "2026-11-20T09:00"))).not.toContain("thank-you");
	});
});

describe("only once the interview has begun", () => {
	it("no thank-you, references or debrief for a future interview", () => {
		expect(kinds(items({ date: "2026-11-25 10:00", interest: "yes", connections: ["Sam Kim"] }, "2026-11-22T09:00"))).toEqual(["prep"]);
	});
});

describe("connections", () => {
	it("tells each listed connection by the end of the next day, until connections_told", () => {
		const c = one(items({ connections: ["[[Lee Park]]", "Ana Souza"] }, "2026-11-20T09:00"), "connections");
		expect(due(c)).toBe("2026-11-20T23:59:59");
		expect(c.interviewers).toEqual(["Lee Park", "Ana Souza"]);
		expect(kinds(items({ connections: ["Ana Souza"], connections_told: "2026-11-20" }, "2026-11-20T09:00"))).not.toContain("connections");
		expect(kinds(items({ connections: ["Ana Souza"], interest: "no" }, "2026-11-20T09:00"))).not.toContain("connections");
	});
});

describe("status checks by phone", () => {
	it("a phone-preferring contact turns the status check and a request into calls", () => {
		const fm = {
			interviewers: [{ name: "Rui Costa", honorific: "Mr.", phone: "+351 21 000 0000", prefers: "phone" }],
			thank_you_sent: "2026-11-19",
			decision_by: "2026-11-26",
			requests: [{ item: "Writing sample", asked: "2026-11-19" }],
		};
		const list = items(fm, "2026-11-27T09:00");
		expect(one(list, "status-check").label).toBe("Call Mr. Costa about the decision");
		expect(one(list, "request").label).toBe("Call Mr. Costa about Writing sample");
		expect(one(items({ ...fm, status_checks: ["2026-11-27"] }, "2026-12-04T09:00"), "status-check").label).toBe("Call Mr. Costa about the decision (check 2 of 3)");
	});
});

describe("close-out", () => {
	const fm = { debriefed: "2026-11-19", references_notified: "2026-11-19", thank_you_sent: "2026-11-19", decision_by: "2026-11-26", status_checks: ["2026-11-27", "2026-12-04", "2026-12-11"] };
	it("waits a week after the third check, then asks to close it out", () => {
		const list = items(fm, "2026-12-12T09:00");
		expect(kinds(list)).toEqual(["close-out"]);
		expect(list[0]!.state).toBe("waiting");
		expect(toLocalIso(list[0]!.notBefore!)).toBe("2026-12-18T00:00:00");
		expect(one(items(fm, "2026-12-18T09:00"), "close-out").state).toBe("today");
	});
	it("clears when the outcome changes, e.g. to no-response", () => {
		expect(items({ ...fm, outcome: "no-response" }, "2026-12-20T09:00")).toEqual([]);
	});
});

describe("rejection-thanks", () => {
	it("is due the day after first seen when there is no outcome_date", () => {
		expect(due(one(items({ outcome: "rejected" }, "2026-11-30T09:00", "", at("2026-11-24T10:00")), "rejection-thanks"))).toBe("2026-11-25T23:59:59");
	});
});

describe("offer-reply", () => {
	it("with a deadline: by the end of the day before it", () => {
		const o = one(items({ outcome: "offer", outcome_date: "2026-11-27", offer_deadline: "2026-12-04" }, "2026-11-28T09:00"), "offer-reply");
		expect(due(o)).toBe("2026-12-03T23:59:59");
		expect(o.label).toBe("Thank them for the offer and say when you will reply; they need an answer by Fri 4 Dec");
	});
	it("its label writes the deadline in the date style", () => {
		const { interview } = parseInterview("Interviews/N.md", { ...base, outcome: "offer", offer_deadline: "2027-01-04" });
		const label = (dateStyle: "us" | "iso") => itemsForInterview(interview, at("2026-12-28T09:00"), { ...S, dateStyle }).find((i) => i.kind === "offer-reply")?.label;
		expect(label("us")).toBe("Thank them for the offer and say when you will reply; they need an answer by Mon, Jan 4, 2027");
		expect(label("iso")).toBe("Thank them for the offer and say when you will reply; they need an answer by 2027-01-04");
	});
	it("without one: the end of the second day after the offer, or after first seen", () => {
		expect(due(one(items({ outcome: "offer", outcome_date: "2026-11-27" }, "2026-11-28T09:00"), "offer-reply"))).toBe("2026-11-29T23:59:59");
		expect(due(one(items({ outcome: "offer" }, "2026-11-28T09:00", "", at("2026-11-28T08:00")), "offer-reply"))).toBe("2026-11-30T23:59:59");
	});
	it("done when offer_replied is set or the outcome changes", () => {
		expect(kinds(items({ outcome: "offer", offer_replied: "2026-11-28" }, "2026-11-28T09:00"))).not.toContain("offer-reply");
		expect(kinds(items({ outcome: "pending", offer_deadline: "2026-12-04" }, "2026-11-28T09:00"))).not.toContain("offer-reply");
	});
});

describe("next rounds", () => {
	const fm = { outcome: "next-round", next_round: "2026-12-10 10:00", thank_you_sent: "2026-11-19", references_notified: "2026-11-19", debriefed: "2026-11-19" };
	it("before the round: prepare; once it has passed: start the next round's note", () => {
		expect(kinds(items(fm, "2026-12-01T09:00"))).toEqual(["next-round-prep"]);
		const n = one(items(fm, "2026-12-10T12:00"), "next-round-note");
		expect(due(n)).toBe("2026-12-10T23:59:59");
		expect(kinds(items(fm, "2026-12-10T12:00"))).not.toContain("next-round-prep");
	});
	it("done once next_round_note is set", () => {
		expect(items({ ...fm, next_round_note: "[[2026-12-10 Northwind Traders (round 2)]]" }, "2026-12-11T09:00")).toEqual([]);
	});
});
