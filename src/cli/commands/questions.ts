/**
 * `interview-follow-up questions [VAULT]`: the question bank of a vault on
 * standard output. The scan keeps each interview note's body, and its
 * questions section is read with a line scan (src/core/line-structure.ts):
 * no note is read twice and no Markdown parser runs over thousands of notes.
 */
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { perNote, type NoteProblem } from "../../core/note-failure";
import { isQuestionBank } from "../../core/note-text";
import { buildQuestionBank } from "../../core/question-bank";
import { lineScanQuestions, type QuestionEntry } from "../../core/questions";
import { readArgs, readNow } from "../args";
import { CliError, type CliCommand } from "../command";
import { scanVault } from "../scan";
import { loadVaultSettings, resolveVault } from "../vault";

const HELP = `Usage: interview-follow-up questions [VAULT] [--write] [--now ISO]

Gathers the questions listed under the questions heading ("Questions they
asked" unless the plugin's settings name another) of every interview note in
VAULT (default: the vault around the current folder, else the current
folder), merges near-duplicates, and prints the question bank note, most
frequent question first, on standard output. Notes with problems are named on
standard error.

With --write, the bank note is written into the vault instead (the plugin's
question bank path, default "Interviews/Question bank.md"), as the plugin's
Build question bank does: an existing bank is merged, keeping your ticks and
what you wrote under each question; questions no longer in any note move
under "No longer in your notes". A note of yours at that path is left alone.

Options:
  --write     write the bank note into the vault and print its path
  --now ISO   the date written as "generated" (default: today)
  -h, --help  show this help

Example:
  interview-follow-up questions ~/Notes --write
`;

/** The bank note at `path` as it is now, or undefined when there is none. */
async function currentBank(path: string, shown: string): Promise<string | undefined> {
	let text: string;
	try {
		text = await readFile(path, "utf8");
	} catch (err) {
		if ((err as { code?: string }).code === "ENOENT") return undefined;
		throw new CliError(`Cannot read the question bank '${shown}': ${(err as { code?: string }).code ?? String(err)}.`);
	}
	if (!isQuestionBank(text)) {
		throw new CliError(`${shown} is a note of yours, not a generated question bank, so it was left alone; choose another question bank path in the plugin's settings.`);
	}
	return text;
}

export const questionsCommand: CliCommand = {
	name: "questions",
	summary: "print the question bank: the questions asked in every interview, most frequent first",
	help: HELP,
	async run(args, io) {
		const a = readArgs(args, { command: "questions", values: ["now"], flags: ["write"], positionals: ["VAULT"] });
		const now = readNow(a.values.now);
		const vault = await resolveVault(a.positionals[0], io.cwd);
		const { settings, problems: settingProblems } = await loadVaultSettings(vault);
		for (const message of settingProblems) io.stderr(`warning: settings: ${message}\n`);
		const { notes, problems } = await scanVault(vault, settings, { keepBody: true });
		for (const p of problems) io.stderr(`warning: ${p.note}: ${p.message}\n`);
		const heading = settings.headings.questionsAsked;
		const entries: QuestionEntry[] = [];
		const failed: NoteProblem[] = [];
		for (const note of notes) {
			const body = note.body ?? "";
			const questions = perNote(note.path, failed, () => lineScanQuestions(body, heading)) ?? [];
			for (const question of questions) {
				entries.push({ question, notePath: note.path, company: note.interview.company, ...(note.interview.date ? { date: note.interview.date } : {}) });
			}
		}
		for (const p of failed) io.stderr(`warning: ${p.note}: ${p.message}\n`);
		if (!a.flags.has("write")) {
			io.stdout(buildQuestionBank(entries, now));
			return 0;
		}
		const shown = settings.questionBankPath;
		const path = join(vault, shown);
		const previous = await currentBank(path, shown);
		await mkdir(dirname(path), { recursive: true });
		// Written beside the bank, then renamed over it: a failure half-way never leaves half a note.
		const temp = `${path}.ifu-${process.pid}.tmp`;
		await writeFile(temp, buildQuestionBank(entries, now, previous), "utf8");
		await rename(temp, path);
		io.stdout(`${shown}\n`);
		return 0;
	},
};
