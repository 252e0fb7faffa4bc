/**
 * The follow-ups view in the right sidebar (DESIGN §4). It re-renders when the
 * index changes (debounced, so a burst of edits renders once) and when the
 * minute changes, so "today" turns into "overdue" at midnight by itself.
 */
import { debounce, ItemView, type WorkspaceLeaf } from "obsidian";
import { relativeWhen } from "../core/groups";
import type { FollowUpItem } from "../core/items";
import { reportError } from "./errors";
import { fileAt, openFile } from "./vault-files";
import { startNewInterview } from "./commands/new-interview";
import type { ItemActions, PluginContext } from "./context";
import { renderFollowUps, type ViewHandlers } from "./view-render";

export const VIEW_TYPE_FOLLOW_UPS = "interview-follow-ups";

/** How often the view looks at the clock. */
const TICK_MS = 30_000;

export interface FollowUpsViewDeps {
	ctx: PluginContext;
	actions: ItemActions;
}

export class FollowUpsView extends ItemView {
	/** Index revision and minute of what is on screen. */
	private shown = "";
	private readonly renderSoon = debounce(() => this.refresh(), 50, true);

	constructor(
		leaf: WorkspaceLeaf,
		private readonly deps: FollowUpsViewDeps,
	) {
		super(leaf);
		this.icon = "calendar-check";
	}

	getViewType(): string {
		return VIEW_TYPE_FOLLOW_UPS;
	}

	getDisplayText(): string {
		return "Interview follow-ups";
	}

	override getIcon(): string {
		return "calendar-check";
	}

	protected override async onOpen(): Promise<void> {
		this.contentEl.addClass("ifu-view");
		this.addAction("plus", "New interview note", () => startNewInterview(this.deps.ctx));
		this.registerEvent(this.deps.ctx.index.onChange(() => this.renderSoon()));
		this.registerInterval(window.setInterval(() => this.refresh(), TICK_MS));
		this.refresh(true);
	}

	protected override async onClose(): Promise<void> {
		this.renderSoon.cancel();
		this.shown = "";
		this.contentEl.empty();
	}

	/** Renders when the index or the minute changed since the last render (or when forced). */
	refresh(force = false): void {
		const { ctx } = this.deps;
		const { index } = ctx;
		const now = ctx.now();
		const key = `${index.revision}:${Math.floor(now.getTime() / 60_000)}`;
		if (!force && key === this.shown) return;
		this.shown = key;
		const settings = ctx.settings();
		const focused = this.focusKey();
		renderFollowUps(
			this.contentEl,
			{
				groups: index.groups(now),
				ready: index.isBuilt,
				upcomingDays: settings.upcomingDays,
				interviews: index.size,
				problems: index.problems(),
				when: (item) => relativeWhen(item, now),
			},
			this.handlers(),
		);
		if (focused) {
			const again = Array.from(this.contentEl.querySelectorAll<HTMLElement>("[data-focus-key]")).find((el) => el.getAttribute("data-focus-key") === focused);
			again?.focus();
		}
	}

	/** The key of the focused control, so focus survives a re-render. */
	private focusKey(): string | null {
		const active = this.contentEl.ownerDocument.activeElement;
		return active instanceof HTMLElement && this.contentEl.contains(active) ? active.getAttribute("data-focus-key") : null;
	}

	private handlers(): ViewHandlers {
		const { ctx, actions } = this.deps;
		const run = (p: Promise<unknown>): void => void p.catch(reportError);
		return {
			open: (item: FollowUpItem) => run(actions.open(item)),
			draft: (item: FollowUpItem) => run(actions.draft(item)),
			done: (item: FollowUpItem) => run(actions.done(item)),
			openNote: (path: string) => {
				const file = fileAt(ctx.services.vault, path);
				if (file) run(openFile(ctx.services.workspace, file));
			},
			newInterview: () => startNewInterview(ctx),
		};
	}
}
