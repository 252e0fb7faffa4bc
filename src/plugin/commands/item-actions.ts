/** What the follow-ups view's Open, Draft and Done buttons do for an item. */
import { Notice, type TFile } from "obsidian";
import type { ChecklistKind } from "../../core/checklists";
import type { FollowUpItem, ItemKind } from "../../core/items";
import type { LetterKind } from "../../core/letters/index";
import type { ItemActions, PluginContext } from "../context";
import { draftFromNote } from "../drafts";
import type { MarkStep } from "../frontmatter-writes";
import { appendChecklist } from "./checklists";
import { fileAt, openFile } from "./files";
import { markStep } from "./mark";

/** Item kind → the letter its Draft button writes, or the checklist it adds. */
export const ITEM_DRAFTS: Record<ItemKind, { letter: LetterKind } | { checklist: ChecklistKind }> = {
	"thank-you": { letter: "thank-you" },
	withdrawal: { letter: "withdrawal" },
	"status-check": { letter: "status-check" },
	"rejection-thanks": { letter: "rejection-thanks" },
	request: { letter: "request-progress" },
	references: { letter: "reference-heads-up" },
	debrief: { checklist: "debrief" },
	"next-round-prep": { checklist: "next-round-prep" },
};

/** Item kind → the mark-done step its Done button records (next-round prep clears itself). */
export const ITEM_STEPS: Record<ItemKind, MarkStep | null> = {
	debrief: "debriefed",
	"thank-you": "thank-you-sent",
	withdrawal: "withdrawal-sent",
	references: "references-notified",
	request: "request-sent",
	"status-check": "status-check-sent",
	"rejection-thanks": "rejection-thanks-sent",
	"next-round-prep": null,
};

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
			const target = ITEM_DRAFTS[item.kind];
			if ("checklist" in target) {
				const note = ctx.index.note(item.note);
				if (!note) return;
				await appendChecklist(ctx, file, target.checklist, note.interview);
				await openFile(ctx.services.workspace, file);
				return;
			}
			const only = item.interviewers.length === 1 ? item.interviewers[0] : undefined;
			await draftFromNote(ctx, file, target.letter, {
				...(only !== undefined ? { to: only } : {}),
				...(item.request ? { requestItem: item.request.item } : {}),
			});
		},
		async done(item) {
			const file = fileOf(item);
			const note = ctx.index.note(item.note);
			if (!file || !note) return;
			const step = ITEM_STEPS[item.kind];
			if (step === null) {
				new Notice("Preparation for the next round clears itself once the round's date has passed.");
				return;
			}
			await markStep(ctx, file, note.interview, step, item.request?.index);
		},
	};
}
