import { describe, expect, it } from "vitest";
import { readRejectionSeen, seenAt } from "../../src/core/rejection-seen";

describe("readRejectionSeen", () => {
	it("keeps the entries that are dates and names the others", () => {
		const raw = { thankYouHours: 24, rejectionSeen: { "Interviews/A.md": "2026-11-20T10:00:00", "Interviews/B.md": 5, "Interviews/C.md": "soon" } };
		expect(readRejectionSeen(raw)).toEqual({
			seen: { "Interviews/A.md": "2026-11-20T10:00:00" },
			problems: [
				"The first-seen time of the rejection in Interviews/B.md is not a date; it is recorded again.",
				"The first-seen time of the rejection in Interviews/C.md is not a date; it is recorded again.",
			],
		});
	});
	it("is empty without the record, and says so when the record is not a mapping", () => {
		expect(readRejectionSeen(undefined)).toEqual({ seen: {}, problems: [] });
		expect(readRejectionSeen({ thankYouHours: 24 })).toEqual({ seen: {}, problems: [] });
		expect(readRejectionSeen([1, 2])).toEqual({ seen: {}, problems: [] });
		expect(readRejectionSeen({ rejectionSeen: ["Interviews/A.md"] })).toEqual({
			seen: {},
			problems: ["The record of first-seen rejections is not a list of notes and times; it starts again."],
		});
	});
});

describe("seenAt", () => {
	it("reads a recorded time as local wall-clock time", () => {
		expect(seenAt("2026-11-20T10:00:00")).toEqual(new Date(2026, 10, 20, 10, 0, 0));
		expect(seenAt(undefined)).toBeUndefined();
		expect(seenAt("soon")).toBeUndefined();
	});
});
