/**
 * Snooze from the follow-ups view: a menu of tomorrow, 3 days or a week, then
 * `snoozed_until` on the note (processFrontMatter, that key only). Nothing is
 * due for a note while it is snoozed (DESIGN §2), so its rows leave the view.
 */
import { Menu, Notice, type TFile } from "obsidian";
import { addLocalDays, formatLocalDate, startOfLocalDay } from "../core/dates";
import type { FollowUpItem } from "../core/items";
import { dayText } from "../core/row-text";
import type { PluginContext } from "./context";
import { reportError } from "./errors";
import { writeFrontmatter } from "./frontmatter-writes";
import { fileAt } from "./vault-files";

export const SNOOZE_CHOICES: readonly { days: number; title: string }[] = [
	{ days: 1, title: "Tomorrow" },
	{ days: 3, title: "In 3 days" },
	{ days: 7, title: "In a week" },
];

/** The day a snooze of `days` ends: local midnight, so the note is back first thing that morning. */
export const snoozeEnd = (now: Date, days: number): Date => addLocalDays(startOfLocalDay(now), days);

/** Writes `snoozed_until` on the item's note. */
export async function snoozeNote(ctx: PluginContext, file: TFile, until: Date): Promise<boolean> {
	const day = formatLocalDate(until);
	const result = await writeFrontmatter(ctx.services, file, (fm) => {
		if (fm.snoozed_until === day) return { changed: false, message: `Already snoozed until ${day}.` };
		fm.snoozed_until = day;
		return { changed: true, message: `Snoozed until ${day}.` };
	});
	const name = file.basename;
	new Notice(result.changed ? `Snoozed ${name} until ${dayText(until, ctx.now(), ctx.settings().dateStyle)}: its follow-ups come back then.` : result.message);
	return result.changed;
}

/** Shows the snooze menu for an item's note at the click. */
export function showSnoozeMenu(ctx: PluginContext, item: FollowUpItem, evt: MouseEvent): void {
	const file = fileAt(ctx.services.vault, item.note);
	if (!file) {
		new Notice(`${item.note} is no longer in the vault.`);
		return;
	}
	const now = ctx.now();
	const style = ctx.settings().dateStyle;
	const menu = new Menu();
	for (const choice of SNOOZE_CHOICES) {
		const until = snoozeEnd(now, choice.days);
		menu.addItem((i) =>
			i
				.setTitle(`${choice.title} (${dayText(until, now, style)})`)
				.setIcon("alarm-clock")
				.onClick(() => void snoozeNote(ctx, file, until).catch(reportError)),
		);
	}
	menu.showAtMouseEvent(evt);
}
