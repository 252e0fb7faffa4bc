import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { markCommand } from "../../../src/cli/commands/mark";
import { main } from "../../../src/cli/main";
import { DONE_STEPS } from "../../../src/core/follow-ups/kinds";

const root = mkdtempSync(join(tmpdir(), "ifu-mark-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;

/** Writes `text` to a fresh note, runs `mark` on it, and returns the result and the note afterwards. */
async function mark(text: string, ...args: string[]): Promise<{ code: number; out: string; err: string; after: string }> {
	const file = `note-${++n}.md`;
	writeFileSync(join(root, file), text);
	let out = "";
	let err = "";
	const io = { stdout: (t: string) => (out += t), stderr: (t: string) => (err += t), cwd: root };
	const code = await main(["mark", file, ...args], io, [markCommand]);
	// Errors are one line on stderr behind the program's name.
	expect(err === "" || err.startsWith("interview-follow-up: ")).toBe(true);
	return { code, out, err: err.replace(/^interview-follow-up: /, ""), after: readFileSync(join(root, file), "utf8") };
}

const NOTE = `---
type: interview
company: "Northwind Traders"   # as on their letterhead
role: 'Operations Analyst'
date: 2026-11-19T14:00
interviewers:
  - name: Dana Whitfield
    honorific: Ms.
    email: dana.whitfield@northwind.example
  - "[[People/Priya Raman|Priya]]"
  - name: Zoë Müller-Lüdenscheidt
connections: ["[[Sam Ortiz]]"]
debriefed:
status_checks: [2026-12-04]
requests:
  - item: Writing sample
    asked: 2026-11-19
  - Two references   # asked on the phone
thank_you_sent: # after the panel
custom: {a: 1, b: [x, y]}
---
Body text with --- and key: value lines.
thank_you_sent: not a key here
`;

/** The note with only `from` replaced by `to`: everything else byte for byte. */
const only = (from: string, to: string): string => {
	expect(NOTE).toContain(from);
	return NOTE.replace(from, to);
};

describe("mark", () => {
	it.each([
		["prepared", "custom: {a: 1, b: [x, y]}\n", "custom: {a: 1, b: [x, y]}\nprepared: 2026-11-22\n"],
		["debriefed", "debriefed:\n", "debriefed: 2026-11-22\n"],
		["thank-you", "thank_you_sent: # after the panel\n", "thank_you_sent: 2026-11-22 # after the panel\n"],
		["references", "custom: {a: 1, b: [x, y]}\n", "custom: {a: 1, b: [x, y]}\nreferences_notified: 2026-11-22\n"],
		["connections", "custom: {a: 1, b: [x, y]}\n", "custom: {a: 1, b: [x, y]}\nconnections_told: 2026-11-22\n"],
		["withdrawal", "custom: {a: 1, b: [x, y]}\n", "custom: {a: 1, b: [x, y]}\nwithdrawal_sent: 2026-11-22\n"],
		["rejection-thanks", "custom: {a: 1, b: [x, y]}\n", "custom: {a: 1, b: [x, y]}\nrejection_thanks_sent: 2026-11-22\n"],
		["offer-replied", "custom: {a: 1, b: [x, y]}\n", "custom: {a: 1, b: [x, y]}\noffer_replied: 2026-11-22\n"],
		["status-check", "status_checks: [2026-12-04]\n", "status_checks: [2026-12-04, 2026-11-22]\n"],
	])("%s changes only its key, keeping comments and quoting", async (step, from, to) => {
		const r = await mark(NOTE, step, "--on", "2026-11-22");
		expect(r.err).toBe("");
		expect(r.code).toBe(0);
		expect(r.after).toBe(only(from, to));
	});

	it("covers every Done step of the kinds table", () => {
		const tested = ["prepared", "debriefed", "thank-you", "references", "connections", "withdrawal", "rejection-thanks", "offer-replied", "status-check", "request", "close-out"];
		expect(DONE_STEPS.map((s) => s.step).sort()).toEqual(tested.sort());
	});

	it("close-out sets outcome no-response with its date; outcome=VALUE sets any outcome", async () => {
		const closed = await mark(NOTE, "close-out", "--on", "2026-11-22");
		expect(closed.after).toBe(only("custom: {a: 1, b: [x, y]}\n", "custom: {a: 1, b: [x, y]}\noutcome: no-response\noutcome_date: 2026-11-22\n"));
		const offer = await mark(NOTE.replace("debriefed:\n", "outcome: pending\ndebriefed:\n"), "outcome=offer", "--on", "2026-11-22");
		expect(offer.after).toBe(NOTE.replace("debriefed:\n", "outcome: offer\ndebriefed:\n").replace("custom: {a: 1, b: [x, y]}\n", "custom: {a: 1, b: [x, y]}\noutcome_date: 2026-11-22\n"));
		expect((await mark(NOTE, "outcome=ghosted")).err).toMatch(/^Unknown outcome 'ghosted'; use one of pending, next-round, offer, rejected, withdrawn, no-response\.\n$/);
	});

	it("request --item finds the item by name; a bare entry becomes item: and sent:", async () => {
		const first = await mark(NOTE, "request", "--item", "writing sample", "--on", "2026-11-22");
		expect(first.after).toBe(only("    asked: 2026-11-19\n  - Two", "    asked: 2026-11-19\n    sent: 2026-11-22\n  - Two"));
		const bare = await mark(NOTE, "request", "--item", "Two references", "--on", "2026-11-22");
		expect(bare.after).toBe(only("  - Two references   # asked on the phone\n", "  - item: Two references   # asked on the phone\n    sent: 2026-11-22\n"));
		const gone = await mark(NOTE, "request", "--item", "Portfolio");
		expect([gone.code, gone.out]).toEqual([2, ""]);
		expect(gone.err).toMatch(/no longer in the note's requests list/);
		expect(gone.after).toBe(NOTE);
	});

	it("thank-you --to writes that interviewer's thanked, on an object or a link entry, by a unique or accent-free name", async () => {
		const dana = await mark(NOTE, "thank-you", "--to", "Dana Whitfield", "--on", "2026-11-20");
		expect(dana.after).toBe(only("    email: dana.whitfield@northwind.example\n", "    email: dana.whitfield@northwind.example\n    thanked: 2026-11-20\n"));
		const priya = await mark(NOTE, "thank-you", "--to", "Priya Raman", "--on", "2026-11-20");
		expect(priya.after).toBe(only('  - "[[People/Priya Raman|Priya]]"\n', '  - name: "[[People/Priya Raman|Priya]]"\n    thanked: 2026-11-20\n'));
		const zoe = await mark(NOTE, "thank-you", "--to", "Zoe Muller-Ludenscheidt", "--on", "2026-11-20");
		expect(zoe.after).toBe(only("  - name: Zoë Müller-Lüdenscheidt\n", "  - name: Zoë Müller-Lüdenscheidt\n    thanked: 2026-11-20\n"));
		const nobody = await mark(NOTE, "thank-you", "--to", "Jordan");
		expect([nobody.code, nobody.out]).toEqual([2, ""]);
		expect(nobody.err).toMatch(/No interviewer named .Jordan. is in the note.s interviewers list; nothing was written\./);
		expect(nobody.after).toBe(NOTE);
	});

	it("thank-you --to finds a link entry by its surname or first name alone, through the person note's name", async () => {
		const link = NOTE.replace('  - "[[People/Priya Raman|Priya]]"\n', '  - "[[Priya Raman]]"\n');
		for (const typed of ["Raman", "priya"]) {
			const r = await mark(link, "thank-you", "--to", typed, "--on", "2026-11-20");
			expect([typed, r.code, r.out.replace(/^note-\d+\.md: /, "")]).toEqual([typed, 0, "[[Priya Raman]]: thanked on 2026-11-20.\n"]);
			expect(r.after).toBe(link.replace('  - "[[Priya Raman]]"\n', '  - name: "[[Priya Raman]]"\n    thanked: 2026-11-20\n'));
		}
	});

	it("keeps CRLF line endings", async () => {
		const crlf = NOTE.replace(/\n/g, "\r\n");
		const r = await mark(crlf, "debriefed", "--on", "2026-11-22");
		expect(r.after).toBe(crlf.replace("debriefed:\r\n", "debriefed: 2026-11-22\r\n"));
		const appended = await mark(crlf, "prepared", "--on", "2026-11-22");
		expect(appended.after).toBe(crlf.replace("custom: {a: 1, b: [x, y]}\r\n", "custom: {a: 1, b: [x, y]}\r\nprepared: 2026-11-22\r\n"));
		expect(appended.after.replace(/\r\n/g, "")).not.toContain("\n");
	});

	it("a step already recorded is a no-op, exit 0", async () => {
		const done = NOTE.replace("debriefed:\n", "debriefed: 2026-11-19\n");
		const r = await mark(done, "debriefed", "--on", "2026-11-22");
		expect(r.code).toBe(0);
		expect(r.out).toMatch(/already recorded/);
		expect(r.after).toBe(done);
	});

	it("a value that is not a date is replaced only with --replace", async () => {
		const odd = NOTE.replace("debriefed:\n", "debriefed: not yet\n");
		const asked = await mark(odd, "debriefed", "--on", "2026-11-22");
		expect(asked.code).toBe(2);
		expect(asked.err).toBe("debriefed holds 'not yet', which is not a date. Run again with --replace to replace it with the date.\n");
		expect(asked.after).toBe(odd);
		expect((await mark(odd, "debriefed", "--on", "2026-11-22", "--replace")).after).toBe(NOTE.replace("debriefed:\n", "debriefed: 2026-11-22\n"));
	});

	it("an unknown step is exit 2 with the list of steps", async () => {
		const r = await mark(NOTE, "thanked");
		expect(r.code).toBe(2);
		expect(r.err).toBe(`Unknown step 'thanked'; use one of ${[...DONE_STEPS.map((s) => s.step), "outcome=VALUE"].join(", ")}.\n`);
		expect(r.after).toBe(NOTE);
	});

	it("refuses what it cannot splice safely, writing nothing", async () => {
		const flow = NOTE.replace(/requests:\n {2}- item: Writing sample\n {4}asked: 2026-11-19\n {2}- Two references {3}# asked on the phone\n/, "requests: [{item: Writing sample, asked: 2026-11-19}]\n");
		const r = await mark(flow, "request", "--item", "Writing sample");
		expect(r.code).toBe(2);
		expect(r.err).toMatch(/could not be written without rewriting other YAML/);
		expect(r.after).toBe(flow);
		const broken = "---\ncompany: [unclosed\n---\n";
		expect((await mark(broken, "debriefed")).err).toMatch(/^The frontmatter is not valid YAML/);
	});

	it("a note without frontmatter, or missing, is a clear error", async () => {
		expect((await mark("Just text\n", "debriefed")).err).toBe("The note has no frontmatter to record the step in.\n");
		let err = "";
		const code = await main(["mark", "nope.md", "debriefed"], { stdout: () => {}, stderr: (t) => (err += t), cwd: root }, [markCommand]);
		expect([code, err]).toEqual([2, "interview-follow-up: Cannot read the note 'nope.md': it does not exist.\n"]);
	});
});
