import { describe, expect, it } from "vitest";
import { ctx, interview, only, settings } from "./fixtures";

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
