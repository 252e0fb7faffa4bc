import { copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { draftCommand } from "../../../src/cli/commands/draft";
import { main } from "../../../src/cli/main";
import { LETTER_KINDS, letterKind } from "../../../src/core/letters/index";

const fixture = (name: string): string => fileURLToPath(new URL(`../../core/letters/__snapshots__/${name}/interview.md`, import.meta.url));

let root: string;
const path = (p: string): string => join(root, p);

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
	return runIn(undefined, ...args);
}

/** As run, with the system locale the binary would pass. */
async function runIn(locale: string | undefined, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
	let out = "";
	let err = "";
	const io = { stdout: (t: string) => (out += t), stderr: (t: string) => (err += t), cwd: root, ...(locale !== undefined ? { locale } : {}) };
	const code = await main(["draft", ...args], io, [draftCommand]);
	return { code, out, err };
}

const SETTINGS = {
	defaultFormat: "letter",
	sender: { name: "Morgan Ellis", address: "14 Harbour Street", email: "morgan.ellis@example.com", phone: "" },
	references: [{ name: "Robin Hale", email: "robin@example.com", relationship: "my manager at Contoso" }, "Alex Morgan"],
};

const note = (fm: string, body = ""): string => `---\n${fm.trim()}\n---\n${body}`;

beforeAll(async () => {
	root = await mkdtemp(join(tmpdir(), "ifu-draft-"));
	// A vault with settings, and a loose folder outside any vault.
	await mkdir(path("vault/.obsidian/plugins/interview-follow-up"), { recursive: true });
	await mkdir(path("vault/Interviews"), { recursive: true });
	await mkdir(path("loose"));
	await writeFile(path("vault/.obsidian/plugins/interview-follow-up/data.json"), JSON.stringify(SETTINGS));
	await copyFile(fixture("full"), path("vault/Interviews/Northwind.md"));
	await copyFile(fixture("panel"), path("vault/Interviews/Tailspin.md"));
	await copyFile(fixture("full"), path("loose/Northwind.md"));
	await writeFile(path("vault/Plain.md"), "# Groceries\n- milk\n");
	await writeFile(path("vault/Interviews/Bank.md"), "---\ntype: question-bank\n---\n- Tell me about yourself\n");
	await writeFile(path("vault/Interviews/Broken.md"), "---\ncompany: [unclosed\n---\nBody\n");
	// A panel kept as links to person notes, the way Obsidian users keep people.
	await mkdir(path("vault/People"), { recursive: true });
	await mkdir(path("vault/Archive"), { recursive: true });
	await writeFile(path("vault/People/Priya Raman.md"), note("honorific: Dr.\ntitle: VP of Product\nemail: priya.raman@tailspin.example"));
	await writeFile(path("vault/People/jb.md"), note("name: Jordan Blake\naliases: [Jordan]\nhonorific: Mx.\ntitle: Design Lead\nemail: jordan@tailspin.example"));
	await writeFile(path("vault/People/Alex Kim.md"), note("honorific: Dr.\ntitle: Staff Engineer"));
	// Two notes named Sam Ortiz: the one in the linking note's folder is meant.
	await writeFile(path("vault/Interviews/Sam Ortiz.md"), note("honorific: Mr.\nemail: sam@tailspin.example"));
	await writeFile(path("vault/Archive/Sam Ortiz.md"), note("honorific: Prof."));
	await writeFile(
		path("vault/Interviews/Linked.md"),
		note(`
type: interview
company: Tailspin Toys
role: Product Manager
date: 2026-11-16 09:00
interviewers:
  - "[[Priya Raman]]"
  - "[[People/jb|Jordan]]"
  - name: "[[Alex Kim]]"
    title: Engineering Manager
  - "[[Sam Ortiz]]"
contact: Jordan Blake
`),
	);
	await writeFile(
		path("vault/Interviews/Names.md"),
		note(`
type: interview
company: Fabrikam
role: Analyst
date: 2026-11-16 09:00
interviewers:
  - name: Zoë Müller-Lüdenscheidt
    honorific: Dr.
  - name: Seán O'Brien
    honorific: Mr.
  - name: Jordan Blake
  - name: Jordan Lee
  - name: 王芳 (Wang Fang)
    honorific: Ms.
`),
	);
});
afterAll(async () => {
	await rm(root, { recursive: true, force: true });
});

describe("draft NOTE --kind KIND", () => {
	it("prints one draft in the vault's default format, with the vault's sender", async () => {
		const r = await run("vault/Interviews/Northwind.md", "--kind", "thank-you", "--now", "2026-11-20T09:00");
		expect(r).toMatchObject({ code: 0, err: "" });
		expect(r.out).toMatch(/^Morgan Ellis\n14 Harbour Street\nmorgan\.ellis@example\.com\n\n20 November 2026\n\nMs\. Dana Whitfield\n/);
		expect(r.out).toContain("Dear Ms. Whitfield:");
		// The recipient block: full name, title, company and the note's company_address.
		expect(r.out).toContain("\n\nMs. Dana Whitfield\nHead of Operations\nNorthwind Traders\n4 Dock Street\nLeeds LS10 1PJ\n\nDear Ms. Whitfield:\n");
		expect(r.out).not.toMatch(/==>/);
	});

	it("dates follow the system locale when data.json sets no dateStyle", async () => {
		const us = await runIn("en-US", "vault/Interviews/Northwind.md", "--kind", "thank-you", "--now", "2026-11-20T09:00");
		expect(us.out).toMatch(/\n\nNovember 20, 2026\n\n/);
		expect(us.out).toContain("to meet with me on November 19 to discuss");
		const uk = await runIn("en-GB", "loose/Northwind.md", "--kind", "thank-you", "--format", "letter", "--now", "2026-11-20T09:00");
		expect(uk.out).toMatch(/\n\n20 November 2026\n\n/);
	});

	it("connection-update goes to the note's connections by first name; --to names one of them", async () => {
		const r = await run("vault/Interviews/Northwind.md", "--kind", "connection-update", "--format", "email", "--now", "2026-11-20T09:00");
		expect(r).toMatchObject({ code: 0, err: "" });
		expect(r.out.split("\n").slice(0, 4)).toEqual(["To: Sam Ortiz <sam.ortiz@example.com>", "Subject: My interview at Northwind Traders", "", "Dear Sam,"]);
		const wrong = await run("vault/Interviews/Northwind.md", "--kind", "connection-update", "--to", "Dana", "--now", "2026-11-20T09:00");
		expect(wrong).toMatchObject({ code: 2, out: "" });
		expect(wrong.err).toBe("interview-follow-up: No connection named 'Dana' in vault/Interviews/Northwind.md; use one of: Sam Ortiz.\n");
	});

	it("a request to someone who prefers the phone drafts talking points (draft --item); --format still decides; a thank-you has no call format", async () => {
		await writeFile(
			path("vault/Interviews/Phone.md"),
			note(`
type: interview
company: Northwind Traders
role: Operations Analyst
date: 2026-11-19 14:00
interviewers:
  - name: Ana Costa
    honorific: Ms.
    phone: "+1 555 0100"
    prefers: phone
requests:
  - item: Writing sample
    asked: 2026-11-19
`),
		);
		const call = await run("vault/Interviews/Phone.md", "--kind", "request-progress", "--item", "Writing sample", "--now", "2026-11-22T09:00");
		expect(call).toMatchObject({ code: 0, err: "" });
		expect(call.out.split("\n").slice(0, 4)).toEqual([
			"Call Ms. Costa (+1 555 0100): Update on the writing sample you asked for",
			"",
			"1. Opener: Hello Ms. Costa, this is Morgan Ellis; we met on 19 November about the Operations Analyst role.",
			"2. Purpose: I am calling with an update on the writing sample you asked for.",
		]);
		const email = await run("vault/Interviews/Phone.md", "--kind", "request-progress", "--format", "email", "--now", "2026-11-22T09:00");
		expect(email.out.startsWith("Subject: ")).toBe(true);
		const thanks = await run("vault/Interviews/Phone.md", "--kind", "thank-you", "--now", "2026-11-22T09:00");
		expect(thanks.out.split("\n")[0]).toBe("Morgan Ellis");
		const wrong = await run("vault/Interviews/Phone.md", "--kind", "thank-you", "--format", "call");
		expect(wrong).toMatchObject({ code: 2, out: "" });
		expect(wrong.err).toBe(
			"interview-follow-up: A thank-you has no call format: talking points for a call are for status-check, request-progress, connection-update. Use one of email, letter, card.\n",
		);
	});

	it("outside a vault uses the defaults: an email with a subject line, and a placeholder for the sender", async () => {
		const r = await run("loose/Northwind.md", "--kind", "thank-you", "--now", "2026-11-20");
		expect(r.code).toBe(0);
		expect(r.out).toMatch(/^To: Dana Whitfield <dana\.whitfield@northwind\.example>\nSubject: Thank you for the Operations Analyst interview\n\nDear Ms\. Whitfield,\n/);
		expect(r.out).toContain("[TODO: your name]");
	});

	it("prints several drafts under clear separators; --to keeps one", async () => {
		// A withdrawal goes to the contact; --to all drafts one for each of the panel.
		const all = await run("vault/Interviews/Tailspin.md", "--kind", "withdrawal", "--format", "card", "--to", "all", "--now", "2026-11-17");
		expect(all.code).toBe(0);
		const heads = all.out.split("\n").filter((l) => l.startsWith("==> "));
		expect(heads).toEqual([
			"==> Withdrawal note to Dr. Raman — Tailspin Toys (1 of 3) <==",
			"==> Withdrawal note to Mx. Blake — Tailspin Toys (2 of 3) <==",
			"==> Withdrawal note to Mr. Kim — Tailspin Toys (3 of 3) <==",
		]);
		const one = await run("vault/Interviews/Tailspin.md", "--kind=withdrawal", "--format=card", "--to", "jordan blake");
		expect(one.code).toBe(0);
		expect(one.out).toMatch(/^Dear Mx\. Blake,\n/);
	});

	it("a status check before its date prints the draft and warns on stderr", async () => {
		const early = await run("vault/Interviews/Northwind.md", "--kind", "status-check", "--format", "email", "--now", "2026-11-25");
		expect(early.code).toBe(0);
		expect(early.out).toMatch(/^To: .*\nSubject: Following up on the Operations Analyst role/);
		expect(early.err).toMatch(/^warning: This status check is early: .*4 December 2026.*\n$/);
		const onTime = await run("vault/Interviews/Northwind.md", "--kind", "status-check", "--now", "2026-12-04");
		expect(onTime.err).toBe("");
	});

	it("request-progress drafts the first open request, or the one named by --item", async () => {
		const first = await run("vault/Interviews/Tailspin.md", "--kind", "request-progress", "--format", "email");
		expect(first.out).toContain("the short product brief you asked for");
		await writeFile(
			path("vault/Interviews/Two requests.md"),
			"---\ntype: interview\ncompany: A\nrole: B\ndate: 2026-11-19\nrequests:\n  - item: Writing sample\n    asked: 2026-11-19\n  - item: Reference list\n    asked: 2026-11-19\n  - item: CV\n    asked: 2026-11-19\n    sent: 2026-11-20\n---\n",
		);
		const named = await run("vault/Interviews/Two requests.md", "--kind", "request-progress", "--format", "email", "--item", "reference LIST");
		expect(named.out).toContain("the reference list you asked for");
	});

	it("request-progress --item naming no open request refuses, listing the open ones", async () => {
		for (const item of ["Nonexistent", "CV"]) {
			const r = await run("vault/Interviews/Two requests.md", "--kind", "request-progress", "--item", item);
			expect([r.code, r.out, r.err]).toEqual([2, "", `interview-follow-up: vault/Interviews/Two requests.md has no open request '${item}'; its open requests are: Writing sample, Reference list.\n`]);
		}
	});
});

describe("draft: people (DESIGN §1.1)", () => {
	it("a panel kept as links to person notes drafts 'Dear Dr. …' with the person notes' titles, emails and honorifics", async () => {
		const r = await run("vault/Interviews/Linked.md", "--kind", "thank-you", "--now", "2026-11-16T15:00");
		expect(r).toMatchObject({ code: 0, err: "" });
		const drafts = r.out.split(/^==> /m).slice(1);
		expect(drafts.map((d) => d.split("\n").slice(0, 2))).toEqual([
			["Thank-you note to Dr. Raman — Tailspin Toys (1 of 4) <==", "To: priya.raman@tailspin.example"],
			["Thank-you note to Mx. Blake — Tailspin Toys (2 of 4) <==", "To: jordan@tailspin.example"],
			["Thank-you note to Dr. Kim — Tailspin Toys (3 of 4) <==", ""],
			["Thank-you note to Mr. Ortiz — Tailspin Toys (4 of 4) <==", "To: sam@tailspin.example"],
		]);
		// The letter's recipient block: the person note's title, unless the interview note gives one.
		expect(drafts[0]).toContain("\nDr. Priya Raman\nVP of Product\nTailspin Toys\n\nDear Dr. Raman:\n");
		expect(drafts[1]).toContain("\nMx. Jordan Blake\nDesign Lead\nTailspin Toys\n\nDear Mx. Blake:\n");
		expect(drafts[2]).toContain("\nDr. Alex Kim\nEngineering Manager\nTailspin Toys\n\nDear Dr. Kim:\n");
		expect(r.out).not.toMatch(/\[\[|Jordan,|Dear Jordan/);
	});

	it("an edit to a person note shows in the next draft", async () => {
		await writeFile(path("vault/People/Alex Kim.md"), note("honorific: Prof.\ntitle: Staff Engineer"));
		const r = await run("vault/Interviews/Linked.md", "--kind", "thank-you", "--to", "Alex", "--now", "2026-11-16T15:00");
		expect(r.out).toContain("Dear Prof. Kim:");
		await writeFile(path("vault/People/Alex Kim.md"), note("honorific: Dr.\ntitle: Staff Engineer"));
	});

	it("process letters go to the contact; --to all drafts for everyone", async () => {
		const contact = await run("vault/Interviews/Linked.md", "--kind", "status-check", "--format", "email", "--now", "2026-11-30");
		expect(contact.out).toMatch(/^To: Jordan Blake <jordan@tailspin\.example>\nSubject: .*\n\nDear Mx\. Blake,\n/);
		const all = await run("vault/Interviews/Linked.md", "--kind", "status-check", "--format", "card", "--to", "all", "--now", "2026-11-30");
		expect(all.out.split("\n").filter((l) => l.startsWith("Dear "))).toEqual(["Dear Dr. Raman,", "Dear Mx. Blake,", "Dear Dr. Kim,", "Dear Mr. Ortiz,"]);
	});

	it.each([
		["Zoe Muller-Ludenscheidt", "Dear Dr. Müller-Lüdenscheidt,"],
		["Seán O\u2019Brien", "Dear Mr. O'Brien,"],
		["Sea\u0301n O'Brien", "Dear Mr. O'Brien,"],
		["sean", "Dear Mr. O'Brien,"],
		["Jordan Lee", "Dear Jordan Lee,"],
		["Wang", "Dear Ms. Wang,"],
	])("--to '%s' is accepted", async (to, salutation) => {
		const r = await run("vault/Interviews/Names.md", "--kind", "thank-you", "--format", "card", "--to", to);
		expect(r.code).toBe(0);
		expect(r.out.split("\n")[0]).toBe(salutation);
	});

	it("a guessed surname is drafted with a warning to add surname:", async () => {
		const r = await run("vault/Interviews/Names.md", "--kind", "thank-you", "--format", "card", "--to", "王芳");
		expect(r.out).toMatch(/^Dear Ms\. Wang,\n/);
		expect(r.err).toBe('warning: add surname: for 王芳 (Wang Fang) — "Ms. Wang" is a guess (Chinese, Japanese and Korean names are written family name first).\n');
	});

	it("the reference heads-up drafts one letter to each reference in the settings, by name", async () => {
		const r = await run("vault/Interviews/Northwind.md", "--kind", "reference-heads-up", "--format", "email");
		expect(r.out.split("\n").filter((l) => l.startsWith("==> ") || l.startsWith("Dear ") || l.startsWith("To: "))).toEqual([
			"==> Heads-up to a reference — Northwind Traders (1 of 2) <==",
			"To: Robin Hale <robin@example.com>",
			"Dear Robin Hale,",
			"==> Heads-up to a reference — Northwind Traders (2 of 2) <==",
			"Dear Alex Morgan,",
		]);
		expect(r.out).not.toContain("your reference's name");
		const one = await run("vault/Interviews/Northwind.md", "--kind", "reference-heads-up", "--format", "card", "--to", "alex");
		expect(one.out).toMatch(/^Dear Alex Morgan,\n/);
	});
});

describe("draft: bad usage exits 2 with one line", () => {
	const cases: [string, string[], RegExp][] = [
		["no note", ["--kind", "thank-you"], /Give the interview note/],
		["no kind", ["vault/Interviews/Northwind.md"], /--kind: one of thank-you, withdrawal/],
		["unknown kind", ["vault/Interviews/Northwind.md", "--kind", "apology"], /Unknown kind 'apology'/],
		["unknown format", ["vault/Interviews/Northwind.md", "--kind", "thank-you", "--format", "fax"], /Unknown format 'fax'; use one of email, letter, card/],
		["unknown interviewer", ["vault/Interviews/Tailspin.md", "--kind", "thank-you", "--to", "Jordan Smith"], /No interviewer named 'Jordan Smith'.*Priya Raman, Jordan Blake, Alex Kim/],
		["an ambiguous first name", ["vault/Interviews/Names.md", "--kind", "thank-you", "--to", "jordan"], /'jordan' could be Jordan Blake or Jordan Lee; write more of the name\./],
		["--to for a reference not in the settings", ["vault/Interviews/Tailspin.md", "--kind", "reference-heads-up", "--to", "Jordan Blake"], /No reference named 'Jordan Blake' in your settings; use one of: Robin Hale, Alex Morgan/],
		["--to for a reference with none listed", ["loose/Northwind.md", "--kind", "reference-heads-up", "--to", "Robin"], /Your settings list no references/],
		["missing file", ["vault/Interviews/Nope.md", "--kind", "thank-you"], /Cannot read the note 'vault\/Interviews\/Nope\.md': it does not exist/],
		["a folder", ["vault/Interviews", "--kind", "thank-you"], /it is a folder/],
		["not an interview", ["vault/Plain.md", "--kind", "thank-you"], /not an interview note/],
		["another type of note", ["vault/Interviews/Bank.md", "--kind", "thank-you"], /not an interview note: its type is 'question-bank'/],
		["broken frontmatter", ["vault/Interviews/Broken.md", "--kind", "thank-you"], /Cannot draft from .*not valid YAML/],
		["bad --now", ["vault/Interviews/Northwind.md", "--kind", "thank-you", "--now", "tomorrow"], /--now 'tomorrow' is not a date/],
		["unknown option", ["vault/Interviews/Northwind.md", "--kind", "thank-you", "--cc", "x"], /Unknown option '--cc'/],
	];
	it.each(cases)("%s", async (_name, args, message) => {
		const r = await run(...args);
		expect(r.code).toBe(2);
		expect(r.out).toBe("");
		expect(r.err).toMatch(message);
		expect(r.err.trimEnd().split("\n")).toHaveLength(1);
	});

	it("request-progress with no open request", async () => {
		await writeFile(path("vault/Interviews/Sent.md"), "---\ntype: interview\ncompany: A\nrole: B\ndate: 2026-11-19\nrequests:\n  - item: CV\n    asked: 2026-11-19\n    sent: 2026-11-20\n---\n");
		const r = await run("vault/Interviews/Sent.md", "--kind", "request-progress");
		expect(r.code).toBe(2);
		expect(r.err).toMatch(/has no open request.*--item/);
	});
});

describe("draft --help", () => {
	it("lists every letter kind of the table with its help line", async () => {
		const { code, out } = await run("--help");
		expect(code).toBe(0);
		for (const kind of LETTER_KINDS) expect(out).toMatch(new RegExp(`^  ${kind} +${letterKind(kind).help.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`, "m"));
	});
});

describe("draft from a pathological note", () => {
	it("a line of 60,000 '>' in a section is read by the line scan: the draft is made, in seconds", async () => {
		const deep = note(
			"type: interview\ncompany: Deep Co\nrole: Analyst\ndate: 2026-11-19\ninterviewers:\n  - name: Dana Whitfield\n    honorific: Ms.",
			`## Highlights\n- Dana liked the routing idea\n## Questions they asked\n${">".repeat(60000)} Why?\n`,
		);
		await writeFile(path("vault/Interviews/Deep.md"), deep);
		const started = performance.now();
		const r = await run(path("vault/Interviews/Deep.md"), "--kind", "thank-you", "--format", "email", "--now", "2026-11-20T09:00");
		expect(performance.now() - started).toBeLessThan(5000);
		expect([r.code, r.err]).toEqual([0, ""]);
		expect(r.out).toContain("Dear Ms. Whitfield,");
		expect(r.out).toContain("routing idea");
	});
});
