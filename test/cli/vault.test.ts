import type * as fs from "node:fs";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type * as fsPromises from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli/main";
import { findVaultAbove, notePath, readDataJson, resolveVault, SETTINGS_FILE, vaultOfNote } from "../../src/cli/vault";
import { recordIO } from "./io";

// Running as root, chmod cannot make a folder unreadable: paths listed here fail with EACCES instead
// (the CLI reads with the synchronous calls; the promise ones are guarded alike).
const denied = vi.hoisted(() => new Set<string>());
const deniedError = vi.hoisted(() => (path: unknown): Error | undefined => {
	for (const d of denied) if (path === d || String(path).startsWith(`${d}/`)) return Object.assign(new Error(`EACCES: ${String(path)}`), { code: "EACCES" });
	return undefined;
});
vi.mock("node:fs/promises", async (importOriginal) => {
	const real = await importOriginal<typeof fsPromises>();
	const guard = <A extends unknown[], R>(fn: (path: string, ...rest: A) => Promise<R>) =>
		(path: string, ...rest: A): Promise<R> => {
			const err = deniedError(path);
			return err ? Promise.reject(err) : fn(path, ...rest);
		};
	return { ...real, access: guard(real.access), readFile: guard(real.readFile as (p: string, ...r: unknown[]) => Promise<string>), readdir: guard(real.readdir as (p: string, ...r: unknown[]) => Promise<unknown>) };
});
vi.mock("node:fs", async (importOriginal) => {
	const real = await importOriginal<typeof fs>();
	const guard = <A extends unknown[], R>(fn: (path: string, ...rest: A) => R) =>
		(path: string, ...rest: A): R => {
			const err = deniedError(path);
			if (err) throw err;
			return fn(path, ...rest);
		};
	return { ...real, accessSync: guard(real.accessSync), readFileSync: guard(real.readFileSync as (p: string, ...r: unknown[]) => unknown), readdirSync: guard(real.readdirSync as (p: string, ...r: unknown[]) => unknown) };
});

const temps: string[] = [];
function tempDir(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), "ifu-vault-"));
	temps.push(dir);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		if (path.endsWith("/")) mkdirSync(join(dir, path), { recursive: true });
		else writeFileSync(join(dir, path), text);
	}
	return dir;
}
afterEach(() => {
	denied.clear();
	for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

const DATA = SETTINGS_FILE.split(/[\\/]/).join("/");
const NOTE = "---\ntype: interview\ncompany: Acme\nrole: Clerk\ndate: 2026-11-20 10:00\ndebriefed: 2026-11-20\nreferences_notified: 2026-11-20\n---\n";

async function run(argv: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
	const io = recordIO(cwd);
	const code = await main(argv, io);
	return { code, out: io.out(), err: io.err() };
}

describe("findVaultAbove and resolveVault", () => {
	it("finds the nearest folder upward holding .obsidian/, from the folder itself or any subfolder", async () => {
		const root = tempDir({ "vault/.obsidian/": "", "vault/Interviews/2026/Acme.md": NOTE, "vault/Nested/.obsidian/": "", "plain/Notes/x.md": "" });
		expect(await findVaultAbove(join(root, "vault"))).toBe(join(root, "vault"));
		expect(await findVaultAbove(join(root, "vault/Interviews/2026"))).toBe(join(root, "vault"));
		expect(await findVaultAbove(join(root, "vault/Nested"))).toBe(join(root, "vault/Nested"));
		expect(await findVaultAbove(join(root, "plain/Notes"))).toBeUndefined();
	});

	it("a file named .obsidian does not make a vault", async () => {
		const root = tempDir({ "plain/.obsidian": "not a folder" });
		expect(await findVaultAbove(join(root, "plain"))).toBeUndefined();
	});

	it("VAULT as given wins; without it, the vault around the current folder, else the current folder", async () => {
		const root = tempDir({ "vault/.obsidian/": "", "vault/Interviews/": "", "plain/Notes/": "" });
		expect(await resolveVault(undefined, join(root, "vault/Interviews"))).toBe(join(root, "vault"));
		expect(await resolveVault("Interviews", join(root, "vault"))).toBe(join(root, "vault/Interviews"));
		expect(await resolveVault(undefined, join(root, "plain/Notes"))).toBe(join(root, "plain/Notes"));
		await expect(resolveVault("missing", root)).rejects.toThrow(`The vault folder '${join(root, "missing")}' does not exist.`);
	});

	it("a note's vault is the one around the note, else the one around the current folder", async () => {
		const root = tempDir({ "vault/.obsidian/": "", "vault/Interviews/A.md": NOTE, "other/.obsidian/": "", "loose/B.md": NOTE });
		expect(await vaultOfNote("Interviews/A.md", join(root, "vault"))).toBe(join(root, "vault"));
		expect(await vaultOfNote(join(root, "vault/Interviews/A.md"), join(root, "other"))).toBe(join(root, "vault"));
		expect(await vaultOfNote("../loose/B.md", join(root, "other"))).toBe(join(root, "other"));
		expect(await vaultOfNote("B.md", join(root, "loose"))).toBeUndefined();
	});
});

describe("notePath", () => {
	const root = resolve("/home/alex");
	it("is vault-relative inside the vault", () => {
		expect(notePath(join(root, "Notes/Interviews/A.md"), join(root, "Notes"), root, "Interviews")).toBe("Interviews/A.md");
	});
	it("outside a vault, starts at the nearest folder matching the interviews folder, wherever the command runs", () => {
		const file = join(root, "Notes/Interviews/A.md");
		expect(notePath(file, undefined, root, "Interviews")).toBe("Interviews/A.md");
		expect(notePath(file, undefined, join(root, "Notes/Interviews"), "Interviews")).toBe("Interviews/A.md");
		expect(notePath(file, undefined, "/elsewhere", "Interviews")).toBe("Interviews/A.md");
		expect(notePath(join(root, "Interviews/Old/Interviews/2026/A.md"), undefined, root, "Interviews")).toBe("Interviews/2026/A.md");
		expect(notePath(join(root, "Work/Job hunt/B.md"), undefined, root, "Work/Job hunt/")).toBe("Work/Job hunt/B.md");
		// A note in a vault other than the settings' vault is treated as outside it.
		expect(notePath(file, join(root, "Other vault"), root, "Interviews")).toBe("Interviews/A.md");
	});
	it("else relative to the current folder when the note lies there, else the file name", () => {
		expect(notePath(join(root, "Jobs/A.md"), undefined, root, "Interviews")).toBe("Jobs/A.md");
		expect(notePath(join(root, "Jobs/A.md"), undefined, "/elsewhere", "Interviews")).toBe("A.md");
		expect(notePath(join(root, "Jobs/Interviewsx/A.md"), undefined, "/elsewhere", "Interviews")).toBe("A.md");
		expect(notePath(join(root, "Interviews/A.md"), undefined, "/elsewhere", "")).toBe("A.md");
	});
});

describe("readDataJson", () => {
	it("is undefined without data.json, and reads one that starts with a byte-order mark", async () => {
		const plain = tempDir({ "Notes/x.md": "" });
		expect(await readDataJson(plain)).toBeUndefined();
		const bom = tempDir({ [DATA]: `\uFEFF${JSON.stringify({ thankYouHours: 72, sender: { name: "Alex Morgan" } })}` });
		expect(await readDataJson(bom)).toEqual({ thankYouHours: 72, sender: { name: "Alex Morgan" } });
	});

	it("invalid JSON is one clear error naming the file", async () => {
		const vault = tempDir({ [DATA]: "{ broken" });
		await expect(readDataJson(vault)).rejects.toThrow(/^The settings file '.*data\.json' is not valid JSON \(.*\); fix or delete it\.$/);
	});

	it("an unreadable vault folder is blamed on the vault, not on data.json", async () => {
		const vault = tempDir({ [DATA]: "{}", "Interviews/Acme.md": NOTE });
		denied.add(vault);
		const r = await run(["due", vault, "--now", "2026-11-22T09:00"], tmpdir());
		expect(r).toEqual({ code: 2, out: "", err: `interview-follow-up: Cannot read the vault folder '${vault}': permission denied.\n` });
	});

	it("an unreadable .obsidian folder is named as such", async () => {
		const vault = tempDir({ [DATA]: "{}", "Interviews/Acme.md": NOTE });
		denied.add(join(vault, ".obsidian"));
		await expect(readDataJson(vault)).rejects.toThrow(`Cannot read the folder '${join(vault, ".obsidian")}' (permission denied), so the plugin's settings cannot be read.`);
	});

	it("an unreadable data.json in readable folders is named", async () => {
		const vault = tempDir({ [DATA]: "{}" });
		denied.add(join(vault, SETTINGS_FILE));
		await expect(readDataJson(vault)).rejects.toThrow(`Cannot read the settings file '${join(vault, SETTINGS_FILE)}': permission denied.`);
	});
});

describe("every subcommand finds the vault around the current folder", () => {
	const SETTINGS = { thankYouHours: 72, contactDetailsReminder: false, headings: { questionsAsked: "Asked", drafts: "Letters" }, sender: { name: "Robin Vale" } };
	const BODY = "\n## Asked\n- Why logistics?\n\n## Highlights\n- They liked the dashboard.\n";
	const vault = () => tempDir({ [DATA]: JSON.stringify(SETTINGS), "Interviews/Acme.md": NOTE + BODY, "Interviews/Deep/Folder/": "" });

	it("due from a subfolder uses the vault's settings and vault-relative paths", async () => {
		const v = vault();
		const r = await run(["due", "--now", "2026-11-22T09:00", "--json"], join(v, "Interviews/Deep/Folder"));
		expect(r.code, r.err).toBe(0);
		const json = JSON.parse(r.out) as { items: { note: string; kind: string; due: string }[] };
		expect(json.items).toEqual([expect.objectContaining({ note: "Interviews/Acme.md", kind: "thank-you", due: "2026-11-23T10:00:00" })]);
	});

	it("ics and questions from a subfolder do too", async () => {
		const v = vault();
		const ics = await run(["ics", "--now", "2026-11-22T09:00"], join(v, "Interviews"));
		expect(ics.code, ics.err).toBe(0);
		expect(ics.out).toMatch(/^DTSTART;VALUE=DATE:20261123\r$/m);
		const questions = await run(["questions", "--now", "2026-11-22T09:00"], join(v, "Interviews/Deep"));
		expect(questions.code, questions.err).toBe(0);
		expect(questions.out).toContain("Why logistics?");
	});

	it("draft and review of a note use the settings of the note's vault from anywhere", async () => {
		const v = vault();
		const elsewhere = tempDir({ "x/": "" });
		const draft = await run(["draft", join(v, "Interviews/Acme.md"), "--kind", "thank-you", "--now", "2026-11-22T09:00"], elsewhere);
		expect(draft.code, draft.err).toBe(0);
		expect(draft.out).toContain("\nRobin Vale\n");
		const review = await run(["review", join(v, "Interviews/Acme.md"), "--now", "2026-11-22T09:00"], elsewhere);
		// An interview note is reviewed under the drafts heading the vault's settings name.
		expect(review).toEqual({ code: 2, out: "", err: `interview-follow-up: ${join(v, "Interviews/Acme.md")} is an interview note with no "Letters" section; give a draft file.\n` });
	});

	it("draft outside any vault still finds a note by its Interviews/ folder, from wherever it is run", async () => {
		const root = tempDir({ "notes/Interviews/Acme.md": NOTE.replace("type: interview\n", "") + BODY });
		for (const cwd of [root, join(root, "notes"), join(root, "notes/Interviews")]) {
			const r = await run(["draft", join(root, "notes/Interviews/Acme.md"), "--kind", "thank-you", "--now", "2026-11-22T09:00"], cwd);
			expect(r.code, `${cwd}: ${r.err}`).toBe(0);
			expect(r.out).toContain("Acme");
		}
	});
});
