import { describe, expect, it, vi } from "vitest";
import type { Interview } from "../../src/core/interview";
import { RejectionBookkeeping } from "../../src/plugin/index-rejections";
import { RejectionLog } from "../../src/plugin/plugin-data";

const rejected = { outcome: "rejected" } as Interview;
const pending = { outcome: "pending" } as Interview;
const now = new Date(2026, 10, 22, 9, 0);

describe("RejectionBookkeeping", () => {
	it("records the rejections a batch of reads sees together, with one change report", () => {
		const onChange = vi.fn();
		const log = new RejectionLog({ "C.md": "2026-11-01T08:00:00" }, onChange);
		const book = new RejectionBookkeeping(log, () => now);
		book.batch(() => {
			book.read("A.md", rejected);
			book.read("B.md", rejected);
			book.read("B.md", pending);
			book.read("C.md", rejected);
			expect(book.firstSeen("A.md")).toBeUndefined();
		});
		expect(onChange).toHaveBeenCalledTimes(1);
		expect(log.toJSON()).toEqual({ "A.md": "2026-11-22T09:00:00", "C.md": "2026-11-01T08:00:00" });
	});

	it("outside a batch, each read is recorded at once", () => {
		const onChange = vi.fn();
		const log = new RejectionLog({}, onChange);
		const book = new RejectionBookkeeping(log, () => now);
		book.read("A.md", rejected);
		expect(book.firstSeen("A.md")).toEqual(now);
		book.read("A.md", pending);
		expect(onChange).toHaveBeenCalledTimes(2);
		expect(log.toJSON()).toEqual({});
	});
});
