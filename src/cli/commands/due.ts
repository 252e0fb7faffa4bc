/** `interview-follow-up due`: what to do, by when, grouped as in the follow-ups view. */
import { toLocalIso } from "../../core/dates";
import { GROUP_NAMES, GROUP_TITLES, relativeWhen, type GroupName, type ItemGroups } from "../../core/groups";
import type { FollowUpItem, NoteProblem } from "../../core/items";
import type { Settings } from "../../core/settings";
import { readArgs, readNow } from "../args";
import type { CliCommand } from "../command";
import { loadVaultItems } from "../load";
// Through note-items, loaded only once there are items: the sort needs the kinds table, which a folder without notes never loads.
import { groupItems } from "../note-items";

const HELP = `Usage: interview-follow-up due [VAULT] [--now ISO] [--json]

Lists the open follow-ups of the interview notes in VAULT: overdue, due today,
upcoming, waiting for their date, and later. VAULT defaults to the vault around
the current folder (the nearest folder upward holding .obsidian), else the
current folder. Settings are read from
VAULT/.obsidian/plugins/interview-follow-up/data.json.

Options:
  --now ISO   evaluate at this local time instead of the clock,
              e.g. 2026-11-22T09:00:00 or 2026-11-22
  --json      print {"now", "items", "problems"} for scripts; times are local,
              without an offset (2026-11-20T14:00:00)
  -h, --help  show this help

Example:
  interview-follow-up due ~/Notes --now 2026-11-22T09:00:00
`;

/** The documented JSON shape (DESIGN §5). */
export function dueJson(now: Date, items: FollowUpItem[], problems: NoteProblem[]): string {
	const out = {
		now: toLocalIso(now),
		items: items.map((i) => ({
			note: i.note,
			company: i.company,
			role: i.role,
			kind: i.kind,
			label: i.label,
			notBefore: i.notBefore ? toLocalIso(i.notBefore) : null,
			due: toLocalIso(i.due),
			state: i.state,
			interviewers: i.interviewers,
		})),
		problems: problems.map((p) => ({ note: p.note, message: p.message })),
	};
	return `${JSON.stringify(out, null, 2)}\n`;
}

/** Pads every column but the last to the widest cell of `all`, so the groups line up. */
function table(rows: string[][], all: string[][]): string[] {
	const widths = rows[0]?.map((_, c) => Math.max(...all.map((r) => (r[c] ?? "").length))) ?? [];
	return rows.map((r) => `  ${r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c] ?? 0))).join("   ")}`.trimEnd());
}

/** The groups that hold items, in the order `due` lists them. */
const nonEmpty = (groups: ItemGroups): [GroupName, FollowUpItem[]][] => GROUP_NAMES.filter((k) => groups[k].length > 0).map((k) => [k, groups[k]]);

/** The readable report: one table per non-empty group, then the problems. */
export function dueText(now: Date, items: FollowUpItem[], problems: NoteProblem[], settings: Settings): string {
	const groups = items.length === 0 ? [] : nonEmpty(groupItems(items, now, settings));
	const titles: Record<GroupName, string> = {
		...GROUP_TITLES,
		upcoming: `${GROUP_TITLES.upcoming}, next ${settings.upcomingDays} days`,
		later: `${GROUP_TITLES.later}, after ${settings.upcomingDays} days`,
	};
	const rows = (list: FollowUpItem[]): string[][] =>
		list.map((i) => [relativeWhen(i, now, settings.dateStyle), [i.company, i.role].filter(Boolean).join(" · ") || i.note, i.label]);
	const all = groups.flatMap(([, list]) => rows(list));
	const lines = [`Follow-ups at ${toLocalIso(now).replace("T", " ").slice(0, 16)}`];
	if (items.length === 0) lines.push("", "Nothing to do: no open follow-ups.");
	for (const [key, list] of groups) {
		lines.push("", `${titles[key]} (${list.length})`, ...table(rows(list), all));
	}
	if (problems.length > 0) {
		lines.push("", `Problems (${problems.length})`);
		for (const p of problems) lines.push(`  ${p.note}: ${p.message}`);
	}
	return `${lines.join("\n")}\n`;
}

export const dueCommand: CliCommand = {
	name: "due",
	summary: "list what to do, by when (overdue, today, upcoming, waiting)",
	help: HELP,
	async run(args, io) {
		const a = readArgs(args, { command: "due", values: ["now"], flags: ["json"], positionals: ["VAULT"] });
		const now = readNow(a.values.now);
		const { settings, items, problems } = await loadVaultItems(a.positionals[0], io.cwd, now, () => io.locale);
		io.stdout(a.flags.has("json") ? dueJson(now, items, problems) : dueText(now, items, problems, settings));
		return 0;
	},
};
