import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CliError, type CliCommand } from "../../src/cli/command";
import { isControlCode } from "../../src/core/control-chars";
import { COMMANDS } from "../../src/cli/commands/index";
import { globalHelp, loadCommands, main } from "../../src/cli/main";
import { recordIO } from "./io";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const oneLine = (text: string): void => {
	expect(text.endsWith("\n")).toBe(true);
	expect(text.trimEnd().split("\n")).toHaveLength(1);
	expect(text).not.toMatch(/\n\s+at /);
};

const fake = (run: CliCommand["run"]): CliCommand => ({ name: "fake", summary: "a test command", help: "Usage: fake\n", run });

describe("main", () => {
	it("--help lists every command of COMMANDS with its summary", async () => {
		const io = recordIO();
		const commands = await loadCommands(COMMANDS);
		expect(commands.map((c) => c.name)).toEqual(COMMANDS.map((c) => c.name));
		expect(await main(["--help"], io)).toBe(0);
		expect(io.out()).toBe(globalHelp(commands));
		for (const c of commands) expect(io.out()).toMatch(new RegExp(`^  ${c.name}\\s+${c.summary.replace(/[()]/g, "\\$&")}$`, "m"));
		expect(io.err()).toBe("");
	});

	it.each([["due"], ["ics"]])("'%s --help' and 'help %s' print the command's help", async (name) => {
		const command = await COMMANDS.find((c) => c.name === name)!.load();
		for (const argv of [[name, "--help"], [name, "examples/vault", "-h"], ["help", name]]) {
			const io = recordIO();
			expect(await main(argv, io)).toBe(0);
			expect(io.out()).toBe(command.help);
		}
		expect(command.help).toMatch(new RegExp(`^Usage: interview-follow-up ${name} `));
	});

	it("an unknown command, or none, is one line on stderr and exit 2", async () => {
		for (const argv of [["frobnicate"], [], ["help", "frobnicate"]]) {
			const io = recordIO();
			expect(await main(argv, io)).toBe(2);
			oneLine(io.err());
			expect(io.err()).toMatch(/^interview-follow-up: /);
			expect(io.out()).toBe("");
		}
	});

	it("a CliError is its message on one line, exit 2; an unexpected error too, without a stack trace", async () => {
		const io = recordIO();
		expect(await main(["fake"], io, [fake(() => Promise.reject(new CliError("The vault folder 'x' does not exist.")))])).toBe(2);
		expect(io.err()).toBe("interview-follow-up: The vault folder 'x' does not exist.\n");
		const io2 = recordIO();
		expect(await main(["fake"], io2, [fake(() => Promise.reject(new TypeError("boom\n    at somewhere (file.ts:1:1)")))])).toBe(2);
		oneLine(io2.err());
		expect(io2.err()).toBe("interview-follow-up: 'fake' failed unexpectedly: boom\n");
	});

	it("passes the arguments after the command and returns its exit code", async () => {
		let seen: string[] = [];
		const io = recordIO();
		expect(await main(["fake", "a", "--", "--help"], io, [fake((args) => ((seen = args), Promise.resolve(1)))])).toBe(1);
		expect(seen).toEqual(["a", "--", "--help"]);
	});

	it("bad options are one clear line", async () => {
		for (const [argv, message] of [
			[["due", "--frob"], "interview-follow-up: Unknown option '--frob' for 'due'; see 'interview-follow-up due --help'.\n"],
			[["due", "a", "b"], "interview-follow-up: Unexpected argument 'b': 'due' takes only VAULT; see 'interview-follow-up due --help'.\n"],
			[["due", "--now"], "interview-follow-up: --now needs a value; see 'interview-follow-up due --help'.\n"],
			[["due", "--json=yes"], "interview-follow-up: --json takes no value; write just --json.\n"],
			[["ics", "--now", "friday"], "interview-follow-up: --now 'friday' is not a date and time; write it as 2026-11-19 or 2026-11-19 14:00, or 2026-11-22T09:00:00.\n"],
			[["due", "no/such/vault"], `interview-follow-up: The vault folder '${ROOT}no/such/vault' does not exist.\n`],
		] as const) {
			const io = recordIO(ROOT);
			expect(await main(argv, io)).toBe(2);
			expect(io.err()).toBe(message);
		}
	});
});

describe("the built bin", () => {
	it("runs `due --json` on the example vault and exits 2 with one line on a bad command", () => {
		const build = spawnSync(process.execPath, ["scripts/build-cli.mjs"], { cwd: ROOT, encoding: "utf8" });
		expect(build.status, build.stderr).toBe(0);
		const bin = "dist/interview-follow-up.cjs";
		const env = { ...process.env, TZ: "UTC" };
		const ok = spawnSync(process.execPath, [bin, "due", "examples/vault", "--now", "2026-11-22T09:00:00", "--json"], { cwd: ROOT, env, encoding: "utf8" });
		expect(ok.status, ok.stderr).toBe(0);
		expect((JSON.parse(ok.stdout) as { now: string }).now).toBe("2026-11-22T09:00:00");
		const bad = spawnSync(process.execPath, [bin, "nope"], { cwd: ROOT, env, encoding: "utf8" });
		expect(bad.status).toBe(2);
		oneLine(bad.stderr);
	}, 20_000);
});

describe("control characters from note text never reach the terminal (DESIGN §7)", () => {
	const ESC = "\u001b";
	const NOTE = [
		"---",
		"type: interview",
		'company: "\\e[31mNorthwind\\a Traders\\x7f"',
		'role: "Analyst\\0"',
		"date: 2026-11-19T14:00",
		"interviewers:",
		'  - name: "Dana \\x9bWhitfield"',
		"    honorific: Ms.",
		"    email: dana@example.com",
		"---",
		"## Highlights",
		`- Dana liked the ${ESC}]0;pwned\u0007 routing idea`,
		"## Questions they asked",
		`- Why ${ESC}[2Jus?\u0000`,
		"",
	].join("\n");
	const DRAFT = `Dear Ms. Whitfield,\n\nThank you ${ESC}[31mso\u0008 much :) for your time.\u0085\n\nBest,\nSam\n`;
	/** Control characters other than tab, line feed and the CR of a CRLF. */
	const stray = (text: string): string[] => [...text.replace(/\r\n/g, "\n")].filter((c) => c !== "\t" && c !== "\n" && isControlCode(c.charCodeAt(0)));

	it("due, draft, review, questions, ics and checklist print none, whatever the note holds", async () => {
		const vault = mkdtempSync(join(tmpdir(), "ifu-controls-"));
		try {
			mkdirSync(join(vault, "Interviews"));
			writeFileSync(join(vault, "Interviews", "Northwind.md"), NOTE);
			writeFileSync(join(vault, "draft.md"), DRAFT);
			const runs: string[][] = [
				["due", vault, "--now", "2026-11-20T09:00"],
				["due", vault, "--now", "2026-11-20T09:00", "--json"],
				["draft", join(vault, "Interviews", "Northwind.md"), "--kind", "thank-you", "--now", "2026-11-20T09:00"],
				["review", join(vault, "draft.md"), "--note", join(vault, "Interviews", "Northwind.md"), "--now", "2026-11-20T09:00"],
				["questions", vault, "--now", "2026-11-20T09:00"],
				["ics", vault, "--now", "2026-11-20T09:00"],
				["checklist", `${ESC}[31mdebrief\u0007`],
			];
			const seen: string[] = [];
			for (const argv of runs) {
				const io = recordIO(vault);
				await main(argv, io);
				seen.push(io.out() + io.err());
				expect([argv[0], stray(io.out()), stray(io.err())]).toEqual([argv[0], [], []]);
			}
			// The text around them is kept.
			expect(seen[0]).toContain("[31mNorthwind Traders");
			expect(seen[2]).toContain("Dear Ms. Whitfield,");
			expect(seen[4]).toContain("- [ ] Why [2Jus?\n");
			expect(seen[5]).toContain("\r\nEND:VCALENDAR\r\n");
		} finally {
			rmSync(vault, { recursive: true, force: true });
		}
	});
});
