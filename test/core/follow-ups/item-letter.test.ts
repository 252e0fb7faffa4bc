import { describe, expect, it } from "vitest";
import { itemLetter } from "../../../src/core/follow-ups/item-letter";
import { parseInterview } from "../../../src/core/interview";
import type { FollowUpItem, ItemKind } from "../../../src/core/items";
import { itemsForInterview } from "../../../src/core/rules";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";

const local = (y: number, m: number, d: number, h = 9): Date => new Date(y, m - 1, d, h);

function itemOf(kind: ItemKind, fm: Record<string, unknown>, now: Date): FollowUpItem {
	const { interview } = parseInterview("Interviews/N.md", {
		company: "Northwind Traders",
		role: "Operations Analyst",
		date: "2026-11-19 14:00",
		interviewers: [{ name: "Dana Whitfield", honorific: "Ms.", email: "dana@northwind.example" }],
		...fm,
	});
	const found = itemsForInterview(interview, now, DEFAULT_SETTINGS).find((i) => i.kind === kind);
	if (!found) throw new Error(`no ${kind} item`);
	return found;
}

describe("itemLetter: the letter an item's Draft makes", () => {
	it("connections -> an update to the connection", () => {
		const item = itemOf("connections", { connections: ["Sam Ortiz"] }, local(2026, 11, 20));
		expect(itemLetter(item, local(2026, 11, 20))).toEqual({ kind: "connection-update", to: "Sam Ortiz" });
	});

	it("offer-reply -> thanks for the offer", () => {
		const item = itemOf("offer-reply", { outcome: "offer", offer_deadline: "2026-12-04" }, local(2026, 11, 28));
		expect(itemLetter(item, local(2026, 11, 28))).toEqual({ kind: "offer-thanks", to: "Dana Whitfield" });
	});

	it("a request: the cover note sending it, and once it is late, a note on when it will come", () => {
		const fm = { requests: [{ item: "Writing sample", asked: "2026-11-19 15:00" }] };
		const item = itemOf("request", fm, local(2026, 11, 20));
		expect(itemLetter(item, local(2026, 11, 20))).toEqual({ kind: "materials", to: "Dana Whitfield", requestItem: "Writing sample" });
		expect(itemLetter(item, local(2026, 11, 21))).toEqual({ kind: "request-progress", to: "Dana Whitfield", requestItem: "Writing sample" });
	});

	it("a checklist item makes no letter", () => {
		expect(itemLetter(itemOf("debrief", {}, local(2026, 11, 19, 16)), local(2026, 11, 19, 16))).toBeUndefined();
	});
});
