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
