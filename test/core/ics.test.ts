import { build } from "esbuild";
import ICAL from "ical.js";
import { builtinModules } from "node:module";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildIcs, icsUid } from "../../src/core/ics";
import type { FollowUpItem } from "../../src/core/items";

const NOW = new Date(2026, 10, 22, 9, 0, 0);
const base: FollowUpItem = {
	id: "Interviews/2026-11-19 Northwind.md#thank-you",
	note: "Interviews/2026-11-19 Northwind.md",
	company: "Northwind Traders",
	role: "Operations Analyst",
	kind: "thank-you",
	label: "Send a thank-you note to Ms. Whitfield and Sam Ortiz",
	notBefore: null,
	due: new Date(2026, 10, 20, 14, 0),
	state: "overdue",
	interviewers: ["Dana Whitfield", "Sam Ortiz"],
};
const status: FollowUpItem = {
	...base,
	id: "Interviews/2026-11-19 Northwind.md#status-check",
	kind: "status-check",
	label: "Ask Ms. Whitfield and Sam Ortiz whether a decision has been made",
	notBefore: new Date(2026, 11, 4),
	due: new Date(2026, 11, 4, 23, 59, 59),
	state: "waiting",
};
const request: FollowUpItem = { ...base, id: `${base.note}#request:0:Writing sample`, kind: "request", label: "Send what they asked for: Writing sample", request: { item: "Writing sample", index: 0 } };

const events = (ics: string): ICAL.Event[] =>
	new ICAL.Component(ICAL.parse(ics) as unknown[]).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));

describe("buildIcs", () => {
	it("writes one all-day event per item on its local due day, parsed by ical.js", () => {
		const ics = buildIcs([base, status, request], NOW);
		const parsed = events(ics);
		expect(parsed).toHaveLength(3);
		expect(parsed.map((e) => [e.startDate.isDate, e.startDate.toString(), e.endDate.toString()])).toEqual([
			[true, "2026-11-20", "2026-11-21"],
			[true, "2026-12-04", "2026-12-05"],
			[true, "2026-11-20", "2026-11-21"],
		]);
		expect(parsed[0]?.summary).toBe("Send a thank-you note to Ms. Whitfield and Sam Ortiz (Northwind Traders)");
		expect(parsed[1]?.description).toBe("Northwind Traders, Operations Analyst\nNote: Interviews/2026-11-19 Northwind.md\nNot before 2026-12-04.");
	});

	it("gives each (note, kind, request item) a UID that stays the same across exports", () => {
		const first = events(buildIcs([base, status, request], NOW)).map((e) => e.uid);
		const later = events(buildIcs([request, { ...status, due: new Date(2026, 11, 11, 23, 59, 59) }, base], new Date(2026, 11, 5))).map((e) => e.uid);
		expect(new Set(first).size).toBe(3);
		expect([...later].sort()).toEqual([...first].sort());
		expect(first[0]).toBe(icsUid(base));
		expect(first[0]).toMatch(/^[A-Za-z0-9%._~!*'()-]+@interview-follow-up$/);
	});

	it("a note that sets id: keeps its UIDs when it is renamed; without id: the path decides", async () => {
		const { parseInterview } = await import("../../src/core/interview");
		const { itemsForInterview } = await import("../../src/core/rules");
		const { DEFAULT_SETTINGS } = await import("../../src/core/settings");
		const fm = { company: "Northwind", date: "2026-11-19T14:00", interviewers: ["Dana Whitfield"], id: "northwind-2026" };
		const uids = (path: string, raw: Record<string, unknown>): string[] =>
			itemsForInterview(parseInterview(path, raw).interview, NOW, DEFAULT_SETTINGS).map(icsUid).sort();
		const before = uids("Interviews/Northwind.md", fm);
		expect(before).toEqual(["contact-details", "debrief", "references", "thank-you"].map((k) => `id%3Anorthwind-2026%23${k}@interview-follow-up`));
		expect(uids("Archive/2026/Northwind Traders.md", fm)).toEqual(before);
		const { id: _dropped, ...withoutId } = fm;
		expect(uids("Archive/2026/Northwind Traders.md", withoutId)).not.toEqual(uids("Interviews/Northwind.md", withoutId));
	});

	it("has a fixed PRODID, CRLF line ends and lines of at most 75 octets", () => {
		const long = { ...base, label: `${"Send a thank-you note to ".repeat(8)}Ms. Ōtsuka`, company: "Ünïcödé Trädérs GmbH & Co. KG" };
		const ics = buildIcs([long], NOW);
		expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
		expect(ics).toMatch(/\r\nPRODID:-\/\/Interview Follow-up\/\/Follow-ups\/\/EN\r\n/);
		expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
		expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
		for (const line of ics.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
		expect(events(ics)[0]?.summary).toBe(`${long.label} (${long.company})`);
	});

	it("a company with commas, semicolons and a newline survives the round trip", () => {
		const company = "Smith, Jones; Partners\nEurope \\ \"Holdings\"";
		const ics = buildIcs([{ ...base, company, role: "Analyst; Ops" }], NOW);
		expect(ics).toContain("Smith\\, Jones\\; Partners\\nEurope");
		const [event] = events(ics);
		expect(event?.summary).toBe(`${base.label} (${company})`);
		expect(event?.description.split("\n").slice(0, 2)).toEqual(["Smith, Jones; Partners", "Europe \\ \"Holdings\", Analyst; Ops"]);
	});

	it("an empty list is still a valid calendar with the same PRODID", () => {
		const ics = buildIcs([], NOW);
		expect(events(ics)).toEqual([]);
		expect(/^PRODID:.*$/m.exec(ics)?.[0]).toBe(/^PRODID:.*$/m.exec(buildIcs([base], NOW))?.[0]);
	});
});

describe("the calendar code in the plugin bundle", () => {
	it("bundles for the browser without Node built-ins or Buffer", async () => {
		const result = await build({
			entryPoints: [fileURLToPath(new URL("../../src/core/ics.ts", import.meta.url))],
			bundle: true,
			platform: "browser",
			format: "cjs",
			write: false,
			minify: true,
			logLevel: "silent",
			external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
		});
		const code = result.outputFiles[0]?.text ?? "";
		expect(code).not.toMatch(/require\(/);
		expect(code).not.toMatch(/\bBuffer\b/);
		expect(code.length).toBeLessThan(60_000);
	});
});
