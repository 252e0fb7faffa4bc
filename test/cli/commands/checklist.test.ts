import { describe, expect, it } from "vitest";
import { checklistCommand } from "../../../src/cli/commands/checklist";
import { CliError } from "../../../src/cli/command";
import { CHECKLIST_KINDS, checklist } from "../../../src/core/checklists";

async function run(args: string[]) {
	let stdout = "";
	let stderr = "";
	const code = await checklistCommand.run(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: "/" });
	return { code, stdout, stderr };
}

describe("checklist KIND", () => {
	for (const kind of CHECKLIST_KINDS) {
		it(`prints the ${kind} checklist`, async () => {
			expect(await run([kind])).toEqual({ code: 0, stdout: `\n${checklist(kind).markdown}`, stderr: "" });
		});
	}

	it("appended with >> to a note without a final line break, starts a block of its own", async () => {
		const note = "---\ntype: interview\n---\nLast line";
		const appended = note + (await run(["debrief"])).stdout;
		expect(appended.startsWith("---\ntype: interview\n---\nLast line\n### ")).toBe(true);
	});

	it("lists every kind in its help", () => {
		for (const kind of CHECKLIST_KINDS) expect(checklistCommand.help).toContain(kind);
	});

	const bad: [string, string[], RegExp][] = [
		["an unknown kind", ["thanks"], /^Unknown checklist 'thanks'; the checklists are debrief, questions-to-ask, after-interview, next-round-prep, thank-you-review\.$/],
		["no kind", [], /^Say which checklist: one of debrief, questions-to-ask/],
		["two kinds", ["debrief", "after-interview"], /Unexpected argument 'after-interview'/],
		["an option", ["debrief", "--json"], /Unknown option '--json'/],
	];
	for (const [name, args, message] of bad) {
		it(`rejects ${name} with a clear message`, async () => {
			await expect(run(args)).rejects.toThrow(CliError);
			await expect(run(args)).rejects.toThrow(message);
		});
	}
});
