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
	let out = "";
	let err = "";
	const io = { stdout: (t: string) => (out += t), stderr: (t: string) => (err += t), cwd: root };
	const code = await main(["draft", ...args], io, [draftCommand]);
	return { code, out, err };
}

const SETTINGS = { defaultFormat: "letter", sender: { name: "Morgan Ellis", address: "14 Harbour Street", email: "morgan.ellis@example.com", phone: "" } };

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
		expect(r.out).not.toMatch(/==>/);
	});

	it("outside a vault uses the defaults: an email with a subject line, and a placeholder for the sender", async () => {
		const r = await run("loose/Northwind.md", "--kind", "thank-you", "--now", "2026-11-20");
		expect(r.code).toBe(0);
		expect(r.out).toMatch(/^Subject: Thank you for the Operations Analyst interview\n\nDear Ms\. Whitfield,\n/);
		expect(r.out).toContain("[TODO: your name]");
	});

	it("prints several drafts under clear separators; --to keeps one", async () => {
		const all = await run("vault/Interviews/Tailspin.md", "--kind", "withdrawal", "--format", "card", "--now", "2026-11-17");
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
		expect(early.out).toMatch(/^Subject: Following up on the Operations Analyst role/);
		expect(early.err).toMatch(/^warning: This status check is early: .*4 December 2026.*\n$/);
		const onTime = await run("vault/Interviews/Northwind.md", "--kind", "status-check", "--now", "2026-12-04");
		expect(onTime.err).toBe("");
	});

	it("request-progress drafts the first open request, or the one named by --item", async () => {
		const first = await run("vault/Interviews/Tailspin.md", "--kind", "request-progress", "--format", "email");
		expect(first.out).toContain("the short product brief you asked for");
		const named = await run("vault/Interviews/Tailspin.md", "--kind", "request-progress", "--format", "email", "--item", "Reference list");
		expect(named.out).toContain("the reference list you asked for");
	});
});

describe("draft: bad usage exits 2 with one line", () => {
	const cases: [string, string[], RegExp][] = [
		["no note", ["--kind", "thank-you"], /Give the interview note/],
		["no kind", ["vault/Interviews/Northwind.md"], /--kind: one of thank-you, withdrawal/],
		["unknown kind", ["vault/Interviews/Northwind.md", "--kind", "apology"], /Unknown kind 'apology'/],
		["unknown format", ["vault/Interviews/Northwind.md", "--kind", "thank-you", "--format", "fax"], /Unknown format 'fax'; use one of email, letter, card/],
		["unknown interviewer", ["vault/Interviews/Tailspin.md", "--kind", "thank-you", "--to", "Jordan"], /No interviewer named 'Jordan'.*Priya Raman, Jordan Blake, Alex Kim/],
		["--to for a reference", ["vault/Interviews/Tailspin.md", "--kind", "reference-heads-up", "--to", "Jordan Blake"], /goes to your reference/],
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
