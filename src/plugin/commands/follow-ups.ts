/** open-follow-ups: show the follow-ups view in the right sidebar, reusing an open one. */
import { Notice, type Plugin, type WorkspaceLeaf } from "obsidian";
import type { PluginContext } from "../context";
import { VIEW_TYPE_FOLLOW_UPS } from "../view";
import { reportError } from "../errors";

export async function openFollowUps(ctx: PluginContext): Promise<WorkspaceLeaf | null> {
	const { workspace } = ctx.services;
	let leaf = workspace.getLeavesOfType(VIEW_TYPE_FOLLOW_UPS)[0] ?? null;
	if (!leaf) {
		leaf = workspace.getRightLeaf(false);
		if (!leaf) {
			new Notice("The right sidebar is not available, so the follow-ups view could not be opened.");
			return null;
		}
		await leaf.setViewState({ type: VIEW_TYPE_FOLLOW_UPS, active: true });
	}
	// revealLeaf needs Obsidian 1.7.2; expanding the sidebar and activating the leaf works from 1.4.4.
	workspace.rightSplit.expand();
	workspace.setActiveLeaf(leaf, { focus: true });
	return leaf;
}

export function registerFollowUpsCommand(plugin: Plugin, ctx: PluginContext): void {
	plugin.addCommand({
		id: "open-follow-ups",
		name: "Open follow-ups view",
		callback: () => void openFollowUps(ctx).catch(reportError),
	});
}
