/** What the follow-ups view's Open, Draft and Done buttons do for an item: read from the kinds table. */
import { Notice, type TFile } from "obsidian";
import { itemLetter } from "../core/follow-ups/item-letter";
import { doneStepOf, followUpKind } from "../core/follow-ups/kinds";
import type { FollowUpItem } from "../core/items";
import { appendChecklist } from "./commands/checklists";
import { draftFromNote } from "./commands/drafts";
import { markStep } from "./commands/mark";
import type { ItemActions, PluginContext } from "./context";
import { fileAt, openFile } from "./vault-files";
import { createNextRoundNote } from "./commands/next-round";

export function createItemActions(ctx: PluginContext): ItemActions {
	const fileOf = (item: FollowUpItem): TFile | null => {
		const file = fileAt(ctx.services.vault, item.note);
		if (!file) new Notice(`${item.note} is no longer in the vault.`);
		return file;
	};
	return {
		async open(item) {
			const file = fileOf(item);
			if (file) await openFile(ctx.services.workspace, file);
		},
		async draft(item) {
			const file = fileOf(item);
			if (!file) return;
			const target = followUpKind(item.kind).draft;
			const note = ctx.index.note(item.note);
			if (!note) return;
			if (target === null) {
				await openFile(ctx.services.workspace, file);
				return;
			}
			if ("nextRoundNote" in target) {
				await createNextRoundNote(ctx, file, note.interview);
				return;
			}
			if ("checklist" in target) {
				await appendChecklist(ctx, file, target.checklist, note.interview);
				await openFile(ctx.services.workspace, file);
				return;
			}
			const letter = itemLetter(item, ctx.now());
			if (!letter) return;
			await draftFromNote(ctx, file, letter.kind, {
				...(letter.to !== undefined ? { to: letter.to } : {}),
				...(letter.requestItem !== undefined ? { requestItem: letter.requestItem } : {}),
			});
		},
		async done(item) {
			const file = fileOf(item);
			const note = ctx.index.note(item.note);
			if (!file || !note) return;
			const step = doneStepOf(item.kind);
			const done = followUpKind(item.kind).done;
			if (!step) {
				if ("clears" in done) new Notice(done.clears);
				return;
			}
			await markStep(ctx, file, note.interview, step, item.request?.item);
		},
	};
}
