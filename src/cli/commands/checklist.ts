/** `interview-follow-up checklist KIND`: prints one of the checklists as a Markdown task list. */
import { CHECKLIST_KINDS, CHECKLIST_TITLES, checklist, type ChecklistKind } from "../../core/checklists";
import { CliError, type CliCommand } from "../command";

const kindList = CHECKLIST_KINDS.join(", ");

const HELP = `Usage: interview-follow-up checklist KIND

Prints a checklist as a Markdown task list, ready to paste into an interview
note or append to one with >> (it starts with a blank line, so it never joins
the note's last line). KIND is one of:
${CHECKLIST_KINDS.map((k) => `  ${k.padEnd(18)} ${CHECKLIST_TITLES[k]}`).join("\n")}

Options:
  -h, --help  show this help

Example:
  interview-follow-up checklist debrief >> "Interviews/2026-11-19 Northwind.md"
`;

const isKind = (k: string): k is ChecklistKind => (CHECKLIST_KINDS as readonly string[]).includes(k);

export const checklistCommand: CliCommand = {
	name: "checklist",
	summary: "print a checklist (debrief, questions to ask, after the interview, next round, thank-you review)",
	help: HELP,
	run(args, io) {
		const options = args.filter((a) => a.startsWith("-") && a !== "--");
		if (options[0] !== undefined) throw new CliError(`Unknown option '${options[0]}' for 'checklist'; see 'interview-follow-up checklist --help'.`);
		const [kind, extra] = args.filter((a) => a !== "--");
		if (kind === undefined) throw new CliError(`Say which checklist: one of ${kindList}.`);
		if (extra !== undefined) throw new CliError(`Unexpected argument '${extra}': 'checklist' takes only KIND.`);
		if (!isKind(kind)) throw new CliError(`Unknown checklist '${kind}'; the checklists are ${kindList}.`);
		// A blank line first: appended with `>>` to a note whose last line has no line break, the heading still starts a line of its own.
		io.stdout(`\n${checklist(kind).markdown}`);
		return Promise.resolve(0);
	},
};
