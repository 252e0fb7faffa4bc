/** `interview-follow-up ics`: the open follow-ups as an iCalendar file on stdout. */
import { buildIcs } from "../../core/ics";
import { readArgs, readNow } from "../args";
import type { CliCommand } from "../command";
import { loadVaultItems } from "../load";

const HELP = `Usage: interview-follow-up ics [VAULT] [--now ISO]

Writes one all-day event per open follow-up of VAULT (default: the vault
around the current folder, else the current folder) on its due day, as an
iCalendar (.ics) file on standard output. Each event keeps its UID across
exports, so re-importing updates instead of duplicating. Notes with problems
are named on standard error.

Options:
  --now ISO   evaluate at this local time instead of the clock
  -h, --help  show this help

Example:
  interview-follow-up ics ~/Notes > follow-ups.ics
`;

export const icsCommand: CliCommand = {
	name: "ics",
	summary: "write the open follow-ups as a calendar (.ics) to standard output",
	help: HELP,
	async run(args, io) {
		const a = readArgs(args, { command: "ics", values: ["now"], positionals: ["VAULT"] });
		const now = readNow(a.values.now);
		const { items, problems } = await loadVaultItems(a.positionals[0], io.cwd, now, () => io.locale);
		for (const p of problems) io.stderr(`warning: ${p.note}: ${p.message}\n`);
		io.stdout(buildIcs(items, now));
		return 0;
	},
};
