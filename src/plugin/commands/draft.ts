/** draft-<kind>: letters from the active interview note. */
import type { Plugin } from "obsidian";
import { LETTER_KINDS, type LetterKind } from "../../core/letters/index";
import type { PluginContext } from "../context";
import { draftFromNote } from "../drafts";
import { onInterview } from "./active";

const NAMES: Record<LetterKind, string> = {
	"thank-you": "Draft thank-you note",
	withdrawal: "Draft withdrawal note",
	"rejection-thanks": "Draft thank-you after a rejection",
	"status-check": "Draft status check",
	"request-progress": "Draft progress note on a late request",
	"reference-heads-up": "Draft heads-up to a reference",
};

export function registerDraftCommands(plugin: Plugin, ctx: PluginContext): void {
	for (const kind of LETTER_KINDS) {
		plugin.addCommand({
			id: `draft-${kind}`,
			name: NAMES[kind],
			checkCallback: onInterview(ctx, ({ file }) => draftFromNote(ctx, file, kind)),
		});
	}
}
