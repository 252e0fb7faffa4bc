/** The status bar count of overdue follow-ups (desktop only: mobile has no status bar). */
import { Component, Notice } from "obsidian";
import { reportError } from "./errors";
import { openFollowUps } from "./commands/follow-ups";
import type { PluginContext } from "./context";

const TICK_MS = 30_000;

/** Overdue items at the context's now. */
export function overdueCount(ctx: PluginContext): number {
	return ctx.index.groups(ctx.now()).overdue.length;
}

export const overdueText = (n: number): string => `${n} overdue ${n === 1 ? "follow-up" : "follow-ups"}`;

/** Tells the user at startup how many follow-ups are overdue, when the setting asks for it. */
export function startupNotice(ctx: PluginContext): void {
	if (!ctx.settings().startupNotice) return;
	const n = overdueCount(ctx);
	if (n > 0) new Notice(`Interview follow-up: ${overdueText(n)}. Open the follow-ups view to see them.`);
}

export class OverdueStatus extends Component {
	private shown = -1;

	constructor(
		private readonly el: HTMLElement,
		private readonly ctx: PluginContext,
	) {
		super();
	}

	override onload(): void {
		this.el.addClass("ifu-status", "mod-clickable");
		this.el.setAttr("role", "button");
		this.el.setAttr("tabindex", "0");
		const open = (): void => void openFollowUps(this.ctx).catch(reportError);
		this.registerDomEvent(this.el, "click", open);
		this.registerDomEvent(this.el, "keydown", (e) => {
			if (e.key === "Enter" || e.key === " ") {
				e.preventDefault();
				open();
			}
		});
		this.registerEvent(this.ctx.index.onChange(() => this.update()));
		this.registerInterval(window.setInterval(() => this.update(), TICK_MS));
		this.update();
	}

	update(): void {
		const n = overdueCount(this.ctx);
		if (n === this.shown) return;
		this.shown = n;
		this.el.setText(n === 0 ? "" : overdueText(n));
		this.el.setAttr("aria-label", n === 0 ? "No overdue follow-ups: open the follow-ups view" : `${overdueText(n)}: open the follow-ups view`);
		this.el.toggleClass("ifu-hidden", n === 0);
	}
}
