/**
 * `interview-follow-up questions [VAULT]`: the question bank of a vault on
 * standard output. The scan keeps each interview note's body, and its
 * questions section is read with a line scan (src/core/line-structure.ts):
 * no note is read twice and no Markdown parser runs over thousands of notes.
 */
import { lineStructure } from "../../core/line-structure";
import { buildQuestionBank, questionsIn, type QuestionEntry } from "../../core/questions";
import { readArgs, readNow } from "../args";
import type { CliCommand } from "../command";
import { scanVault } from "../scan";
import { loadVaultSettings, resolveVault } from "../vault";

const HELP = `Usage: interview-follow-up questions [VAULT] [--now ISO]

Gathers the questions listed under the questions heading ("Questions they
asked" unless the plugin's settings name another) of every interview note in
VAULT (default: the vault around the current folder, else the current
folder), merges near-duplicates, and prints the question bank note, most
frequent question first, on standard output. Notes with problems are named on
standard error.

Options:
  --now ISO   the date written as "generated" (default: today)
  -h, --help  show this help

Example:
  interview-follow-up questions ~/Notes > "$HOME/Notes/Interviews/Question bank.md"
`;

export const questionsCommand: CliCommand = {
	name: "questions",
	summary: "print the question bank: the questions asked in every interview, most frequent first",
	help: HELP,
	async run(args, io) {
		const a = readArgs(args, { command: "questions", values: ["now"], positionals: ["VAULT"] });
		const now = readNow(a.values.now);
		const vault = await resolveVault(a.positionals[0], io.cwd);
		const { settings, problems: settingProblems } = await loadVaultSettings(vault);
		for (const message of settingProblems) io.stderr(`warning: settings: ${message}\n`);
		const { notes, problems } = await scanVault(vault, settings, { keepBody: true });
		for (const p of problems) io.stderr(`warning: ${p.note}: ${p.message}\n`);
		const heading = settings.headings.questionsAsked;
		const entries: QuestionEntry[] = [];
		for (const note of notes) {
			const body = note.body ?? "";
			for (const question of questionsIn(body, heading, (start, end) => lineStructure(body, start, end))) {
				entries.push({ question, notePath: note.path, company: note.interview.company, ...(note.interview.date ? { date: note.interview.date } : {}) });
			}
		}
		io.stdout(buildQuestionBank(entries, now));
		return 0;
	},
};
