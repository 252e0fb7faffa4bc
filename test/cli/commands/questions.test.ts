import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { questionsCommand } from "../../../src/cli/commands/questions";
import { CliError } from "../../../src/cli/command";

const FIXTURE = fileURLToPath(new URL("../../core/__snapshots__/questions/vault", import.meta.url));
const BANK = fileURLToPath(new URL("../../core/__snapshots__/questions/Question bank.md", import.meta.url));

const dirs: string[] = [];
afterEach(() => {
	for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function vaultCopy(): string {
	const dir = mkdtempSync(join(tmpdir(), "ifu-questions-"));
	dirs.push(dir);
	cpSync(FIXTURE, dir, { recursive: true });
	return dir;
}

async function run(args: string[], cwd: string) {
	let stdout = "";
	let stderr = "";
	const code = await questionsCommand.run(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd });
	return { code, stdout, stderr };
}

describe("questions [VAULT]", () => {
	it("prints the same bank as the core builds from the notes", async () => {
		const vault = vaultCopy();
		const r = await run([vault, "--now", "2026-12-05T09:00"], "/");
		expect(r).toEqual({ code: 0, stdout: readFileSync(BANK, "utf8"), stderr: "" });
	});

	it("reads the vault from the current folder, skips notes that are not interviews, and names broken notes", async () => {
		const vault = vaultCopy();
		writeFileSync(join(vault, "Ideas.md"), "## Questions they asked\n- Not from an interview?\n");
		writeFileSync(join(vault, "Interviews", "Broken.md"), "---\ncompany: [unclosed\n---\n## Questions they asked\n- Lost?\n");
		const r = await run(["--now=2026-12-05"], vault);
		expect(r.code).toBe(0);
		expect(r.stdout).toContain("How do you prioritise competing requests? (asked in 3 interviews)");
		expect(r.stdout).not.toContain("Not from an interview");
		expect(r.stdout).not.toContain("Lost?");
		expect(r.stderr).toMatch(/^warning: Interviews\/Broken\.md: The frontmatter is not valid YAML/m);
	});

	it("uses the questions heading from the plugin's settings", async () => {
		const vault = vaultCopy();
		const settingsDir = join(vault, ".obsidian", "plugins", "interview-follow-up");
		mkdirSync(settingsDir, { recursive: true });
		writeFileSync(join(settingsDir, "data.json"), JSON.stringify({ headings: { questionsAsked: "Highlights" } }));
		const r = await run([vault, "--now", "2026-12-05"], "/");
		expect(r.stdout).toContain("- [ ] Their warehouse moves to a new routing system in spring\n");
		expect(r.stdout).not.toContain("safety stock");
	});

	it("prints an empty bank for a vault without interviews", async () => {
		const dir = mkdtempSync(join(tmpdir(), "ifu-empty-"));
		dirs.push(dir);
		const r = await run([dir, "--now", "2026-12-05"], "/");
		expect(r.code).toBe(0);
		expect(r.stdout).toMatch(/^---\ntype: question-bank\n[\s\S]*No questions yet\./);
	});

	it("--write writes the bank note into the vault, and merges it the next time: ticks and notes stay", async () => {
		const vault = vaultCopy();
		const bankPath = join(vault, "Interviews", "Question bank.md");
		expect(await run([vault, "--write", "--now", "2026-12-05"], "/")).toEqual({ code: 0, stdout: "Interviews/Question bank.md\n", stderr: "" });
		const first = readFileSync(bankPath, "utf8");
		expect(first).toBe(readFileSync(BANK, "utf8"));
		const edited = first
			.replace("- [ ] How do you prioritise competing requests?", "- [x] How do you prioritise competing requests?")
			.replace("“How do you **prioritise** competing requests?”\n", "“How do you **prioritise** competing requests?”\n\t- Start with the deadline\n");
		expect(edited.split("\n").length).toBe(first.split("\n").length + 1);
		writeFileSync(bankPath, edited);
		const second = await run([vault, "--write", "--now", "2026-12-05"], "/");
		expect(second).toEqual({ code: 0, stdout: "Interviews/Question bank.md\n", stderr: "" });
		expect(readFileSync(bankPath, "utf8")).toBe(edited);
		// Without --write, the bank is printed and the note is not touched.
		expect((await run([vault, "--now", "2026-12-05"], "/")).stdout).toBe(readFileSync(BANK, "utf8"));
		expect(readFileSync(bankPath, "utf8")).toBe(edited);
	});

	it("--write leaves a note of the user's at the bank's path alone, exit 2", async () => {
		const vault = vaultCopy();
		const bankPath = join(vault, "Interviews", "Question bank.md");
		writeFileSync(bankPath, "# My questions\n");
		await expect(run([vault, "--write"], "/")).rejects.toThrow("Interviews/Question bank.md is a note of yours, not a generated question bank, so it was left alone");
		expect(readFileSync(bankPath, "utf8")).toBe("# My questions\n");
	});

	const bad: [string, string[], RegExp][] = [
		["a missing vault", ["/no/such/vault"], /does not exist/],
		["an unknown option", ["--json"], /Unknown option '--json'/],
		["a second folder", ["a", "b"], /Unexpected argument 'b'/],
		["--now without a value", ["--now"], /--now needs a value/],
		["a bad --now", ["--now", "soon"], /--now 'soon' is not a date/],
	];
	for (const [name, args, message] of bad) {
		it(`rejects ${name} with a clear message`, async () => {
			await expect(run(args, "/")).rejects.toThrow(CliError);
			await expect(run(args, "/")).rejects.toThrow(message);
		});
	}
});

describe("questions with a pathological note", () => {
	it("a line of 60,000 '>' under the questions heading stops neither that note nor the others", async () => {
		const vault = vaultCopy();
		writeFileSync(join(vault, "Interviews", "Deep.md"), `---\ntype: interview\ncompany: Deep\nrole: R\ndate: 2026-11-19\n---\n## Questions they asked\n${">".repeat(60000)} Why quotes?\n- Where next?\n`);
		const started = performance.now();
		const r = await run([vault, "--now", "2026-12-05"], "/");
		expect(performance.now() - started).toBeLessThan(5000);
		expect(r.code).toBe(0);
		expect(r.stdout).toContain("How do you prioritise competing requests? (asked in 3 interviews)");
		expect(r.stdout).toContain("- [ ] Where next?\n\t- [[Interviews/Deep]] — Deep, 2026-11-19\n");
		expect(r.stderr).toBe("");
	});
});
