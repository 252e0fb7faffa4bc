/** Every CLI command refuses a data.json path that leaves the vault: one warning line, the default used. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import { recordIO } from "./io";

const NOTE = "---\ntype: interview\ncompany: Northwind\nrole: Analyst\ndate: 2026-11-19 14:00\ninterviewers: [Dana Whitfield]\n---\n## Questions they asked\n\n- Why us?\n";
const temps: string[] = [];
function vaultWith(settings: Record<string, unknown>, files: Record<string, string> = {}): string {
	const dir = mkdtempSync(join(tmpdir(), "ifu-paths-"));
	temps.push(dir);
	const all = { ".obsidian/plugins/interview-follow-up/data.json": JSON.stringify(settings), "Interviews/Northwind.md": NOTE, ...files };
	for (const [path, text] of Object.entries(all)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return dir;
}
afterEach(() => {
	for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function run(argv: string[], cwd: string) {
	const io = recordIO(cwd);
	const code = await main(argv, io);
	return { code, out: io.out(), err: io.err() };
}

const NOW = ["--now", "2026-11-22T09:00:00"];
const COMMANDS: [string, string[]][] = [
	["ics", ["ics", ".", ...NOW]],
	["questions", ["questions", ".", ...NOW]],
	["draft", ["draft", "Interviews/Northwind.md", "--kind", "thank-you", ...NOW]],
	["review", ["review", "Interviews/Northwind.md", "--note", "Interviews/Northwind.md", ...NOW]],
];

describe("paths from data.json in the CLI", () => {
	const bad: [string, unknown, RegExp][] = [
		["interviewsFolder", "../up", /'\.\.' part/],
		["draftsFolder", "../../outside", /'\.\.' part/],
		["templatesFolder", "/etc", /is absolute/],
		["questionBankPath", "..\\bank.md", /backslash/],
		["icsPath", "C:/cal.ics", /is absolute/],
	];
	for (const [key, value, why] of bad) {
		for (const [name, argv] of COMMANDS) {
			it(`${name}: ${key} = ${JSON.stringify(value)} is one warning line on stderr and the default is used`, async () => {
				const vault = vaultWith({ [key]: value, headings: { drafts: "Questions they asked" } });
				const { code, err } = await run(argv, vault);
				const lines = err.split("\n").filter((l) => l.includes(key));
				expect(lines).toHaveLength(1);
				expect(lines[0]).toMatch(new RegExp(`^warning: .*Setting '${key}' \\(.+\\) cannot be used\\. This path .+\\. The default is used\\.$`));
				expect(lines[0]).toMatch(why);
				expect(code).toBeLessThan(2);
			});
		}
	}

	it("due lists the refused setting under Problems and still finds the notes with the default folder", async () => {
		const vault = vaultWith({ interviewsFolder: "../up" }, { "Interviews/Plain.md": "---\ncompany: Plain\ndate: 2026-11-20\n---\n" });
		const { code, out } = await run(["due", ".", ...NOW, "--json"], vault);
		expect(code).toBe(0);
		const json = JSON.parse(out) as { items: { note: string }[]; problems: { note: string; message: string }[] };
		expect(json.items.some((i) => i.note === "Interviews/Plain.md")).toBe(true);
		expect(json.problems).toContainEqual({
			note: ".obsidian/plugins/interview-follow-up/data.json",
			message: "Setting 'interviewsFolder' (\"../up\") cannot be used. This path has a '..' part, so it points outside the vault. The default is used.",
		});
	});

	it("a drafts folder equal to the interviews folder is refused, so the interviews stay visible", async () => {
		const vault = vaultWith({ draftsFolder: "Interviews" });
		const { out } = await run(["due", ".", ...NOW, "--json"], vault);
		const json = JSON.parse(out) as { items: { note: string }[]; problems: { message: string }[] };
		expect(json.items.filter((i) => i.note === "Interviews/Northwind.md").length).toBeGreaterThan(0);
		expect(json.problems.map((p) => p.message)).toEqual([
			"Setting 'draftsFolder' (\"Interviews\") cannot be used. The drafts folder cannot be the interviews folder (Interviews) or contain it: every interview note would be hidden. The default is used.",
		]);
		const ics = await run(["ics", ".", ...NOW], vault);
		expect(ics.err).toMatch(/^warning: .*Setting 'draftsFolder' \("Interviews"\) cannot be used\./m);
	});
});
