import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { draftCommand } from "../../src/cli/commands/draft";
import { main } from "../../src/cli/main";
import { parseInterview } from "../../src/core/interview";
import { draftFileName } from "../../src/core/draft-notes";
import { readNoteParts } from "../../src/cli/frontmatter";
import { recordIO } from "./io";

const NOTE = `---
type: interview
company: Northwind Traders
role: Operations Analyst
date: 2026-11-19 14:00
interviewers:
  - name: Dana Whitfield
    honorific: Ms.
    title: Head of Operations
    email: dana@northwind.example
  - name: Sam Ortiz
---
## Highlights
- Their warehouse moves to a new routing system in spring (ties to: my routing project at Contoso)
`;
const NOW = "2026-11-20T09:00";

let vault: string;
beforeEach(async () => {
	vault = await mkdtemp(join(tmpdir(), "ifu-draft-write-"));
	await mkdir(join(vault, ".obsidian/plugins/interview-follow-up"), { recursive: true });
	await mkdir(join(vault, "Interviews"));
	await writeFile(join(vault, "Interviews/Northwind.md"), NOTE);
});
afterEach(async () => {
	await rm(vault, { recursive: true, force: true });
});

async function draft(...args: string[]) {
	const io = recordIO(vault);
	const code = await draftCommand.run(["Interviews/Northwind.md", ...args, "--now", NOW], io);
	return { code, out: io.out(), err: io.err() };
}

describe("draft --write", () => {
	it("creates one draft note per letter in the drafts folder, with draft_of, kind, format and recipient, and prints their paths", async () => {
		const r = await draft("--kind", "thank-you", "--write");
		expect(r.code).toBe(0);
		const names = (await readdir(join(vault, "Interviews/Drafts"))).sort();
		expect(names).toEqual(["2026-11-20 Thank-you — Northwind Traders — Dana Whitfield.md", "2026-11-20 Thank-you — Northwind Traders — Sam Ortiz.md"]);
		expect(r.out).toBe(names.map((n) => `Interviews/Drafts/${n}\n`).join(""));
		const text = await readFile(join(vault, "Interviews/Drafts", names[0] ?? ""), "utf8");
		expect(text.split("\n").slice(0, 7)).toEqual([
			"---",
			'draft_of: "[[Interviews/Northwind]]"',
			"kind: thank-you",
			"format: email",
			'recipient: "Dana Whitfield"',
			"created: 2026-11-20",
			"---",
		]);
		// The body is what draft prints without --write.
		const printed = await draft("--kind", "thank-you", "--to", "Dana");
		expect(text.slice(text.indexOf("---\n", 4) + 4)).toBe(printed.out);
		// The note it came from is untouched.
		expect(await readFile(join(vault, "Interviews/Northwind.md"), "utf8")).toBe(NOTE);
	});

	it("never overwrites: a second run adds ' 2' and leaves the first note as the user edited it", async () => {
		await draft("--kind", "withdrawal", "--to", "Dana", "--write");
		const first = join(vault, "Interviews/Drafts/2026-11-20 Withdrawal — Northwind Traders — Dana Whitfield.md");
		await writeFile(first, "my edits\n");
		const r = await draft("--kind", "withdrawal", "--to", "Dana", "--write");
		expect(r.out).toBe("Interviews/Drafts/2026-11-20 Withdrawal — Northwind Traders — Dana Whitfield 2.md\n");
		expect(await readFile(first, "utf8")).toBe("my edits\n");
	});

	it("names files as the plugin does (the shared draftFileName) in the drafts folder the settings give", async () => {
		await writeFile(join(vault, ".obsidian/plugins/interview-follow-up/data.json"), JSON.stringify({ draftsFolder: "Letters/Out" }));
		const r = await draft("--kind", "status-check", "--write");
		const { interview } = parseInterview("Interviews/Northwind.md", readNoteParts(NOTE).frontmatter);
		const name = draftFileName({ kind: "status-check", format: "email", recipient: "Dana Whitfield", title: "", text: "", warnings: [] }, interview.company, new Date(2026, 10, 20, 9));
		expect(r.out).toBe(`Letters/Out/${name}.md\n`);
	});

	it("with draftLocation: section, splices the drafts under the note's Drafts heading, keeping CRLF and every byte", async () => {
		await writeFile(join(vault, ".obsidian/plugins/interview-follow-up/data.json"), JSON.stringify({ draftLocation: "section" }));
		const crlf = `${NOTE.replace(/\n/g, "\r\n")}\r\n## Drafts\r\n\r\nolder draft\r\n\r\n## Debrief\r\nWent well.\r\n`;
		await writeFile(join(vault, "Interviews/Northwind.md"), crlf);
		const r = await draft("--kind", "thank-you", "--to", "Dana", "--write");
		expect(r.out).toBe("Interviews/Northwind.md\n");
		const after = await readFile(join(vault, "Interviews/Northwind.md"), "utf8");
		expect(after.replace(/\r\n/g, "")).not.toContain("\n");
		const at = crlf.indexOf("## Debrief");
		expect(after.startsWith(crlf.slice(0, at))).toBe(true);
		expect(after.endsWith(crlf.slice(at))).toBe(true);
		expect(after.slice(at, after.length - (crlf.length - at))).toMatch(/^### Thank-you — Dana Whitfield \(email, 2026-11-20\)\r\n\r\nSubject: .*\r\n\r\nDear Ms\. Whitfield,\r\n/);
	});

	it("without --write prints as before and writes nothing; --help names --write", async () => {
		const r = await draft("--kind", "thank-you", "--to", "Dana");
		expect(r.out).toMatch(/^Subject: /);
		expect(await readdir(join(vault, "Interviews"))).toEqual(["Northwind.md"]);
		const io = recordIO(vault);
		await main(["draft", "--help"], io);
		expect(io.out()).toMatch(/^Usage: interview-follow-up draft NOTE --kind KIND .*\[--write\]/);
	});
});
