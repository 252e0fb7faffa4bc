/**
 * The follow-ups view in the right sidebar (DESIGN §4). It re-renders when the
 * index changes (debounced, so a burst of edits renders once) and when the
 * minute changes, so "today" turns into "overdue" at midnight by itself.
 */
import { debounce, ItemView, Notice, Platform, type WorkspaceLeaf } from "obsidian";
import type { FollowUpItem } from "../core/items";
import { callTarget, rowDate, rowMoment, rowWords, unnamedPeople } from "../core/row-text";
import { viewSections, type ViewGrouping } from "../core/view-sections";
import { closeOutStale } from "./close-out";
import { reportError } from "./errors";
import { showSnoozeMenu } from "./snooze";
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
	/** Pages of rows shown per section key, and the collapsible sections opened: kept while the view is open. */
	private readonly pages = new Map<string, number>();
	private readonly expanded = new Set<string>();

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
		const groups = index.groups(now);
		renderFollowUps(
			this.contentEl,
			{
				ready: index.isBuilt,
				interviews: index.size,
				upcomingDays: settings.upcomingDays,
				grouping: settings.viewGrouping,
				compact: settings.compactRows,
				mobile: Platform.isMobile,
				sections: viewSections(groups, now, settings.viewGrouping, settings.staleDays),
				later: groups.later.slice(0, 1),
				problems: index.problems(),
				when: (item) => rowWords(item, now),
				date: (item) => {
					const at = rowMoment(item);
					return { text: rowDate(at, now, settings.dateStyle), at };
				},
				people: (item) => unnamedPeople(item),
				call: (item) => {
					const note = index.note(item.note);
					return note ? callTarget(note.interview, item) : null;
				},
				pages: (key) => this.pages.get(key) ?? 1,
				expanded: (key) => this.expanded.has(key),
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
			snooze: (item: FollowUpItem, evt: MouseEvent) => showSnoozeMenu(ctx, item, evt),
			call: (_item, target) => new Notice(`Call ${target.name} on ${target.phone}.`),
			showMore: (key: string) => {
				this.pages.set(key, (this.pages.get(key) ?? 1) + 1);
				this.refresh(true);
			},
			toggle: (key: string) => {
				if (!this.expanded.delete(key)) this.expanded.add(key);
				this.refresh(true);
			},
			setGrouping: (grouping: ViewGrouping) => {
				const settings = ctx.settings();
				if (settings.viewGrouping === grouping) return;
				this.pages.clear();
				run(ctx.saveSettings({ ...settings, viewGrouping: grouping }).then(() => this.refresh(true)));
			},
			closeOut: (items: readonly FollowUpItem[]) => run(closeOutStale(ctx, items)),
			openNote: (path: string) => {
				const file = fileAt(ctx.services.vault, path);
				if (file) run(openFile(ctx.services.workspace, file));
			},
			newInterview: () => startNewInterview(ctx),
		};
	}
}
