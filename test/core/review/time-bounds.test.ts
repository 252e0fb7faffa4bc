/** DESIGN §7/§8: review stays linear; each pathological draft is reviewed well within a generous bound. */
import { describe, expect, it } from "vitest";
import { reviewDraft } from "../../../src/core/review";
import { ctx } from "./fixtures";

const LETTER = "Dear Ms. Whitfield,\n\nThank you for the tour of Northwind; the routing system you described in spring fits my work at Contoso.\n\nKind regards,\nAlex Doe\n\n";

const CASES: [string, string][] = [
	["a 200 KB line of 'a.'", "a.".repeat(100_000)],
	["'](' × 100,000", "](".repeat(100_000)],
	["50 KB of '['", "[".repeat(50_000)],
	["20 KB of '*_'", "*_".repeat(10_000)],
	["'*_' before a greeting", `${"*_".repeat(10_000)}Dear`],
	["URL schemes without spaces", "a://".repeat(50_000)],
	["a 1 MB note of letters", LETTER.repeat(Math.ceil(1_000_000 / LETTER.length))],
];

describe("review time bounds", () => {
	it.each(CASES)("%s", (_name, text) => {
		const started = performance.now();
		reviewDraft(text, ctx());
		const ms = performance.now() - started;
		// Generous for a loaded machine: the quadratic versions took 8–33 s on these inputs.
		expect(ms, `${Math.round(ms)} ms`).toBeLessThan(3000);
	});
});
