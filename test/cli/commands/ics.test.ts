import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { main } from "../../../src/cli/main";
import { recordIO } from "../io";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const NOW = "2026-11-22T09:00:00";

const events = (ics: string): ICAL.Event[] =>
	new ICAL.Component(ICAL.parse(ics) as unknown[]).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));

describe("ics", () => {
	it("writes the example vault's open items as a calendar that ical.js parses, one event per item", async () => {
		const io = recordIO(ROOT);
		expect(await main(["ics", "examples/vault", "--now", NOW], io)).toBe(0);
		const due = recordIO(ROOT);
		await main(["due", "examples/vault", "--now", NOW, "--json"], due);
		const items = (JSON.parse(due.out()) as { items: { due: string }[] }).items;
		const parsed = events(io.out());
		expect(parsed).toHaveLength(items.length);
		expect(parsed.map((e) => e.startDate.toString())).toEqual(items.map((i) => i.due.slice(0, 10)));
		expect(new Set(parsed.map((e) => e.uid)).size).toBe(items.length);
		expect(io.err()).toBe("warning: Interviews/2026-11-05 Coho Winery - Analyst.md: The frontmatter is not valid YAML: unexpected end of the stream within a flow collection (7:1)\n");
	});

	it("the same vault exported twice keeps every UID; a company with commas, semicolons and a newline survives", async () => {
		const vault = mkdtempSync(join(tmpdir(), "ifu-ics-"));
		try {
			mkdirSync(join(vault, "Interviews"));
			writeFileSync(
				join(vault, "Interviews/Smith.md"),
				'---\ncompany: "Smith, Jones; Partners\\nEurope"\nrole: Analyst\ndate: 2026-11-21 10:00\n---\n',
			);
			const first = recordIO(vault);
			const second = recordIO(vault);
			expect(await main(["ics", "--now", NOW], first)).toBe(0);
			expect(await main(["ics", "--now", "2026-11-23T08:00:00"], second)).toBe(0);
			const a = events(first.out());
			expect(a.map((e) => e.uid)).toEqual(events(second.out()).map((e) => e.uid));
			expect(a.map((e) => e.summary)).toContain("Send a thank-you note (Smith, Jones; Partners\nEurope)");
			expect(a[0]?.description.startsWith("Smith, Jones; Partners\nEurope, Analyst\n")).toBe(true);
		} finally {
			rmSync(vault, { recursive: true, force: true });
		}
	});
});
