/**
 * "Close these out" on the Stale group: after a confirmation listing the
 * notes, each pending interview gets `outcome: no-response` (processFrontMatter,
 * only that key). A note whose outcome is already decided is listed and left alone.
 */
import { Modal, Notice, type App } from "obsidian";
import type { FollowUpItem } from "../core/items";
import type { PluginContext } from "./context";
import { writeFrontmatter } from "./frontmatter-writes";
import { fileAt } from "./vault-files";
import { noteName } from "./view-row";

export interface CloseOutPlan {
	/** Pending interviews to set to no-response, by path. */
	close: string[];
	/** Notes with an outcome already recorded: left as they are. */
	keep: { path: string; outcome: string }[];
}

/** The distinct notes of the stale items, split into those to close and those to keep. */
export function closeOutPlan(ctx: PluginContext, items: readonly FollowUpItem[]): CloseOutPlan {
	const plan: CloseOutPlan = { close: [], keep: [] };
	const seen = new Set<string>();
	for (const item of items) {
		if (seen.has(item.note)) continue;
		seen.add(item.note);
		const outcome = ctx.index.note(item.note)?.interview.outcome ?? "pending";
		if (outcome === "pending") plan.close.push(item.note);
		else plan.keep.push({ path: item.note, outcome });
	}
	return plan;
}

class CloseOutModal extends Modal {
	private answered = false;

	constructor(
		app: App,
		private readonly plan: CloseOutPlan,
		private readonly onDone: (yes: boolean) => void,
	) {
		super(app);
	}

	override onOpen(): void {
		const { close, keep } = this.plan;
		const n = close.length;
		this.titleEl.setText(`Close out ${n} ${n === 1 ? "interview" : "interviews"}?`);
		const { contentEl } = this;
		contentEl.createEl("p", { text: "Each note below gets outcome: no-response, and its follow-ups stop. Nothing else in the notes changes." });
		const list = contentEl.createEl("ul", { cls: "ifu-close-out-list" });
		for (const path of close) list.createEl("li", { text: noteName(path) });
		if (keep.length > 0) {
			contentEl.createEl("p", { text: `Left as they are (an outcome is already recorded): ${keep.map((k) => `${noteName(k.path)} (${k.outcome})`).join(", ")}.` });
		}
		const buttons = contentEl.createDiv({ cls: "modal-button-container" });
		const yes = buttons.createEl("button", { cls: "mod-warning", text: n === 1 ? "Close it out" : "Close them out" });
		yes.disabled = n === 0;
		yes.addEventListener("click", () => this.answer(true));
		buttons.createEl("button", { text: "Cancel" }).addEventListener("click", () => this.answer(false));
		(n > 0 ? yes : buttons.lastElementChild as HTMLElement | null)?.focus();
	}

	private answer(yes: boolean): void {
		this.answered = true;
		this.onDone(yes);
		this.close();
	}

	override onClose(): void {
		this.contentEl.empty();
		if (!this.answered) this.onDone(false);
	}
}

/** Asks, then writes outcome: no-response on each pending note; returns how many changed. */
export async function closeOutStale(ctx: PluginContext, items: readonly FollowUpItem[]): Promise<number> {
	const plan = closeOutPlan(ctx, items);
	const yes = await new Promise<boolean>((resolve) => new CloseOutModal(ctx.app, plan, resolve).open());
	if (!yes) return 0;
	let changed = 0;
	const failed: string[] = [];
	for (const path of plan.close) {
		const file = fileAt(ctx.services.vault, path);
		if (!file) continue;
		try {
			const result = await writeFrontmatter(ctx.services, file, (fm) => {
				if (fm.outcome === "no-response") return { changed: false, message: "" };
				fm.outcome = "no-response";
				return { changed: true, message: "" };
			});
			if (result.changed) changed++;
		} catch {
			// One note that cannot be written (its frontmatter does not parse) never stops the rest.
			failed.push(noteName(path));
		}
	}
	const tail = failed.length > 0 ? ` Could not write: ${failed.join(", ")}.` : "";
	new Notice(`Closed out ${changed} ${changed === 1 ? "interview" : "interviews"} (outcome: no-response).${tail}`);
	return changed;
}
