/** Registers every command of the plugin (DESIGN §3); no default hotkeys. */
import type { Plugin } from "obsidian";
import { registerBasesCommand } from "../bases";
import type { PluginContext } from "../context";
import { registerChecklistCommands } from "./checklists";
import { registerDraftCommands } from "./drafts";
import { registerFollowUpsCommand } from "./follow-ups";
import { registerGeneratedCommands } from "./generated";
import { registerMarkCommands } from "./mark";
import { registerMarkThankedCommand } from "./mark-thanked";
import { registerNewInterviewCommand } from "./new-interview";
import { registerNextRoundCommand } from "./next-round";
import { registerReviewCommand } from "./review";
import { registerTemplateCommands } from "./templates";

export function registerCommands(plugin: Plugin, ctx: PluginContext): void {
	registerNewInterviewCommand(plugin, ctx);
	registerNextRoundCommand(plugin, ctx);
	registerChecklistCommands(plugin, ctx);
	registerDraftCommands(plugin, ctx);
	registerTemplateCommands(plugin, ctx);
	registerReviewCommand(plugin, ctx);
	registerMarkCommands(plugin, ctx);
	registerMarkThankedCommand(plugin, ctx);
	registerFollowUpsCommand(plugin, ctx);
	registerGeneratedCommands(plugin, ctx);
	registerBasesCommand(plugin, ctx);
}
