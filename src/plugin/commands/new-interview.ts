/** new-interview: ask, create the note in the interviews folder under a free name, open it. */
import { Notice, type Plugin, type TFile } from "obsidian";
import type { PluginContext } from "../context";
import { askNewInterview } from "../modals/new-interview-modal";
import { newInterviewName, newInterviewText, type NewInterview } from "../../core/new-note";
import { reportError } from "../errors";
import { createUnique, openFile } from "../vault-files";

/** Creates the note (never overwriting) and opens it. */
export async function createInterviewNote(ctx: PluginContext, input: NewInterview): Promise<TFile> {
	const settings = ctx.settings();
	const file = await createUnique(ctx.services.vault, settings.interviewsFolder, newInterviewName(input, settings), "md", newInterviewText(input, settings));
	await openFile(ctx.services.workspace, file);
	new Notice(`Created ${file.path}.`);
	return file;
}

/** Opens the new-interview modal and creates the note (the command and the view's empty state). */
export function startNewInterview(ctx: PluginContext): void {
	void askNewInterview(ctx.app)
		.then((input) => (input ? createInterviewNote(ctx, input) : null))
		.catch(reportError);
}

export function registerNewInterviewCommand(plugin: Plugin, ctx: PluginContext): void {
	plugin.addCommand({
		id: "new-interview",
		name: "New interview note",
		callback: () => startNewInterview(ctx),
	});
}
