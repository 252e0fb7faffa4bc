import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { draftCommand } from "../../../src/cli/commands/draft";
import { reviewCommand } from "../../../src/cli/commands/review";
import { main } from "../../../src/cli/main";

const NOTE = `---
type: interview
company: Northwind Traders
role: Operations Analyst
date: 2026-11-19 14:00
interviewers:
  - name: Dana Whitfield
    honorific: Ms.
  - name: Sam Ortiz
decision_by: 2026-12-03
thank_you_sent: 2026-11-20
---
## Highlights
- Their warehouse moves to a new routing system in spring (ties to: my routing project at Contoso)
`;

const BAD = `---
draft_of: "[[Interviews/Northwind]]"
kind: thank-you
format: email
---
Subject: Thank you

Hey Dana,

Thanks for the chat :) Ms. Whitfeld, it was awesome.
`;

const CLEAN = `---
draft_of: "[[Northwind]]"
kind: thank-you
---
Dear Ms. Whitfield,

Thank you for your time on Thursday. I enjoyed hearing how your warehouse is moving to a new routing system.

Kind regards,
Alex Doe
`;

const STATUS = `---
draft_of: "[[Interviews/Northwind|Northwind]]"
kind: status-check
---
Dear Ms. Whitfield,

I am writing to ask whether a decision has been made about the Operations Analyst role.
`;

let vault: string;
const path = (p: string): string => join(vault, p);

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
	let out = "";
	let err = "";
	const code = await reviewCommand.run(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: vault });
	return { code, out, err };
}

beforeAll(async () => {
	vault = await mkdtemp(join(tmpdir(), "ifu-review-"));
	await mkdir(path(".obsidian"));
	await mkdir(path("Interviews/Drafts"), { recursive: true });
	await writeFile(path("Interviews/Northwind.md"), NOTE);
	await writeFile(path("Interviews/Drafts/bad.md"), BAD);
	await writeFile(path("Interviews/Drafts/clean.md"), CLEAN);
	await writeFile(path("Interviews/Drafts/status.md"), STATUS);
	await writeFile(path("loose.md"), "Hey Dana,\n\nCool :)\n");
	await writeFile(path("Interviews/Northwind with drafts.md"), `${NOTE}\n## Drafts\n\nDear Ms. Whitfeld,\n`);
});
afterAll(async () => {
	await rm(vault, { recursive: true, force: true });
});

const lineOf = (text: string, needle: string): number => text.split("\n").findIndex((l) => l.includes(needle)) + 1;

describe("review FILE", () => {
	it("prints FILE:LINE  rule  message with lines of the file, frontmatter included, and exits 1", async () => {
		const r = await run("Interviews/Drafts/bad.md");
		expect(r.code).toBe(1);
		expect(r.err).toBe("");
		const lines = r.out.trimEnd().split("\n");
		expect(lines).toContain(`Interviews/Drafts/bad.md:${lineOf(BAD, "Hey Dana")}  first-name-salutation  'Hey Dana' addresses Dana Whitfield by first name; write 'Ms. Whitfield' instead.`);
		expect(lines.some((l) => l.startsWith(`Interviews/Drafts/bad.md:${lineOf(BAD, "Whitfeld")}  name-spelling  'Whitfeld'`))).toBe(true);
		for (const l of lines) expect(l).toMatch(/^Interviews\/Drafts\/bad\.md:\d+ {2}[a-z-]+ {2}\S/);
	});

	it("--json prints exactly {findings: [{rule, severity, message, line}]}", async () => {
		const r = await run("Interviews/Drafts/bad.md", "--json");
		expect(r.code).toBe(1);
		const parsed = JSON.parse(r.out) as { findings: Record<string, unknown>[] };
		expect(Object.keys(parsed)).toEqual(["findings"]);
		for (const f of parsed.findings) expect(Object.keys(f)).toEqual(["rule", "severity", "message", "line"]);
		expect(parsed.findings.map((f) => `${String(f.line)} ${String(f.rule)}`)).toEqual([
			"8 first-name-salutation", "8 informal", "10 name-spelling", "10 emoticon", "10 informal", "10 not-specific",
		]);
	});

	it("exits 0 with no output for a clean draft (link by file name)", async () => {
		expect(await run("Interviews/Drafts/clean.md")).toEqual({ code: 0, out: "", err: "" });
		expect(await run("Interviews/Drafts/clean.md", "--json")).toEqual({ code: 0, out: '{\n  "findings": []\n}\n', err: "" });
	});

	it("checks a status check's date against the interview note, with --now", async () => {
		const early = await run("Interviews/Drafts/status.md", "--now", "2026-12-01", "--json");
		const findings = (JSON.parse(early.out) as { findings: { rule: string; line: number }[] }).findings;
		expect(findings).toEqual([expect.objectContaining({ rule: "too-early", line: 5, severity: "error" })]);
		expect((await run("Interviews/Drafts/status.md", "--now", "2026-12-04 09:00")).code).toBe(0);
	});

	it("--note supplies the interview for a draft without draft_of", async () => {
		expect((await run("loose.md", "--json")).out).not.toContain("name-spelling");
		const r = await run("loose.md", "--note", "Interviews/Northwind.md");
		expect(r.out).toContain("loose.md:1  first-name-salutation  'Hey Dana' addresses Dana Whitfield");
		expect(r.out).toContain("loose.md:3  emoticon");
	});

	it("reviews an interview note's Drafts section against the note itself", async () => {
		const r = await run("Interviews/Northwind with drafts.md");
		expect(r.out).toBe(`Interviews/Northwind with drafts.md:18  name-spelling  'Whitfeld' looks like a misspelling of Whitfield (Dana Whitfield); check the name against the note.\n`);
	});

	it("warns once when draft_of cannot be found and still reviews", async () => {
		await writeFile(path("lost.md"), '---\ndraft_of: "[[Nowhere]]"\n---\nDear Ms. Whitfield,\n\nThank you.\n');
		const r = await run("lost.md");
		expect(r).toEqual({ code: 0, out: "", err: 'lost.md: cannot find the interview note "[[Nowhere]]"; names and dates are not checked (use --note).\n' });
	});

	it("is registered: main runs it and --help shows its usage", async () => {
		let out = "";
		const code = await main(["review", "Interviews/Drafts/clean.md"], { stdout: (t) => (out += t), stderr: () => undefined, cwd: vault });
		expect([code, out]).toEqual([0, ""]);
		await main(["review", "--help"], { stdout: (t) => (out += t), stderr: () => undefined, cwd: vault });
		expect(out).toMatch(/^Usage: interview-follow-up review FILE \[--note INTERVIEW_NOTE\] \[--kind KIND\] \[--json\]/);
	});

	it.each([
		[[], /^interview-follow-up: Give the draft file to review\. Usage:/],
		[["missing.md"], /^interview-follow-up: Cannot read the draft 'missing\.md': it does not exist\.\n$/],
		[["Interviews"], /^interview-follow-up: Cannot read the draft 'Interviews': it is a folder\.\n$/],
		[["loose.md", "--note"], /--note needs a value/],
		[["loose.md", "--note", "nope.md"], /^interview-follow-up: Cannot read the interview note 'nope\.md': it does not exist\.\n$/],
		[["loose.md", "--now", "soon"], /--now 'soon' is not a date/],
		[["loose.md", "--fast"], /Unknown option '--fast'/],
		[["a.md", "b.md"], /Unexpected argument 'b\.md'/],
		[["Interviews/Northwind.md"], /is an interview note with no "Drafts" section; give a draft file\.\n$/],
	])("exits 2 with one stderr line for %j", async (args, message) => {
		let out = "";
		let err = "";
		const code = await main(["review", ...args], { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: vault });
		expect(code).toBe(2);
		expect(out).toBe("");
		expect(err).toMatch(message);
		expect(err.trimEnd()).not.toContain("\n");
	});
});

describe("review of the drafts the draft command prints (no kind: key)", () => {
	const FULL = NOTE.replace("    honorific: Ms.\n", "    honorific: Ms.\n    title: Head of Operations\n    email: dana@northwind.example\n").replace("thank_you_sent: 2026-11-20\n", "thank_you_sent: 2026-11-20\nrequests:\n  - item: Writing sample\n    asked: 2026-11-19\n").replace(
		"## Highlights\n",
		"## Since the interview\n- I finished the APICS supply chain certificate\n\n## Highlights\n",
	);
	const SETTINGS = {
		sender: { name: "Alex Doe", address: "1 Main Street\nSpringfield", email: "alex.doe@example.com", phone: "+1 555 0100" },
		references: [{ name: "Priya Raman", email: "priya@example.com", relationship: "former manager" }],
	};
	let full: string;
	const io = (out: { text: string }) => ({ stdout: (t: string) => void (out.text += t), stderr: () => undefined, cwd: full });

	async function drafted(kind: string, format: string, now: string): Promise<string> {
		const out = { text: "" };
		const to = kind === "reference-heads-up" ? "Priya" : "Dana";
		const code = await draftCommand.run(["Interviews/Full.md", "--kind", kind, "--format", format, "--to", to, "--now", now], io(out));
		expect(code).toBe(0);
		const file = `printed-${kind}-${format}.md`;
		await writeFile(join(full, file), out.text);
		return file;
	}
	async function reviewed(...args: string[]): Promise<string> {
		const out = { text: "" };
		await reviewCommand.run([...args, "--note", "Interviews/Full.md"], io(out));
		return out.text;
	}

	beforeAll(async () => {
		full = await mkdtemp(join(tmpdir(), "ifu-review-full-"));
		await mkdir(join(full, ".obsidian/plugins/interview-follow-up"), { recursive: true });
		await mkdir(join(full, "Interviews"));
		await writeFile(join(full, ".obsidian/plugins/interview-follow-up/data.json"), JSON.stringify(SETTINGS));
		await writeFile(join(full, "Interviews/Full.md"), FULL);
	});
	afterAll(async () => {
		await rm(full, { recursive: true, force: true });
	});

	it.each(["status-check", "request-progress", "reference-heads-up", "thank-you", "withdrawal", "rejection-thanks"].flatMap((k) => ["email", "letter", "card"].map((f) => [k, f])))(
		"%s as %s: recognised, no finding but the by-design placeholder",
		async (kind, format) => {
			const file = await drafted(kind, format, "2026-12-04T09:00");
			const found = (await reviewed(file, "--now", "2026-12-04T09:00")).split("\n").filter((l) => l !== "").map((l) => l.replace(/^[^ ]+ {2}/, "").replace(/(' ).*$/, "'"));
			// A full note cannot say the day the sample will go.
			expect(found).toEqual(kind === "request-progress" ? ["placeholder  '[TODO: the date you will send it]'"] : []);
		},
	);

	it("a printed status check before the decision date is too-early", async () => {
		const file = await drafted("status-check", "email", "2026-11-25T09:00");
		const out = await reviewed(file, "--now", "2026-11-25T09:00", "--json");
		expect((JSON.parse(out) as { findings: { rule: string }[] }).findings.map((f) => f.rule)).toEqual(["too-early"]);
	});

	it("--kind names the kind of a draft without kind:, and a kind: key wins over it", async () => {
		await writeFile(join(full, "plain.md"), "Dear Ms. Whitfield,\n\nThank you for your time on Thursday.\n\nKind regards,\nAlex Doe\n");
		const rules = async (...args: string[]): Promise<string[]> =>
			(JSON.parse(await reviewed(...args, "--now", "2026-11-25T09:00", "--json")) as { findings: { rule: string }[] }).findings.map((f) => f.rule);
		expect(await rules("plain.md")).toEqual(["not-specific"]);
		expect(await rules("plain.md", "--kind", "status-check")).toEqual(["too-early"]);
		await writeFile(join(full, "kinded.md"), "---\nkind: withdrawal\n---\nDear Ms. Whitfield,\n\nThank you for your time on Thursday.\n");
		expect(await rules("kinded.md", "--kind", "status-check")).toEqual([]);
		let err = "";
		expect(await main(["review", "plain.md", "--kind", "love-letter"], { stdout: () => undefined, stderr: (t) => (err += t), cwd: full })).toBe(2);
		expect(err).toMatch(/^interview-follow-up: Unknown kind 'love-letter'; use one of thank-you, /);
	});
});

describe("review: address", () => {
	it("a formal letter's company address that differs from the note's company_address", async () => {
		await writeFile(path("Interviews/Addressed.md"), NOTE.replace("role: Operations Analyst\n", 'role: Operations Analyst\ncompany_address: "4 Dock Street\\nLeeds LS10 1PJ"\n'));
		const letter = '---\ndraft_of: "[[Interviews/Addressed]]"\nkind: withdrawal\nformat: letter\n---\nMs. Dana Whitfield\nNorthwind Traders\n4 Dock Road\nLeeds LS10 1PJ\n\nDear Ms. Whitfield:\n\nThank you for your time.\n';
		await writeFile(path("addressed.md"), letter);
		const r = await run("addressed.md");
		expect(r.out).toBe("addressed.md:8  address  This address ('4 Dock Road, Leeds LS10 1PJ') differs from the note's company_address ('4 Dock Street, Leeds LS10 1PJ'); copy it from the note, or correct the note.\n");
		await writeFile(path("addressed.md"), letter.replace("4 Dock Road", "4 Dock Street"));
		expect(await run("addressed.md")).toEqual({ code: 0, out: "", err: "" });
	});
});
