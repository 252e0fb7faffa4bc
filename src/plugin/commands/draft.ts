/** draft-<kind>: letters from the active interview note. */
import type { Plugin } from "obsidian";
import { LETTER_KINDS, letterKind } from "../../core/letters/index";
import type { PluginContext } from "../context";
import { draftFromNote } from "../drafts";
import { onInterview } from "./active";

export function registerDraftCommands(plugin: Plugin, ctx: PluginContext): void {
	for (const kind of LETTER_KINDS) {
		plugin.addCommand({
			id: `draft-${kind}`,
			name: letterKind(kind).command,
			checkCallback: onInterview(ctx, ({ file }) => draftFromNote(ctx, file, kind)),
		});
	}
}
