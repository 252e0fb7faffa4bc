/** new-interview: ask, create the note in the interviews folder under a free name, open it. */
import { Notice, type Plugin, type TFile } from "obsidian";
import type { PluginContext } from "../context";
import { askNewInterview } from "../modals/new-interview-modal";
import { newInterviewBody, newInterviewName, newInterviewText, type NewInterview } from "../../core/new-note";
import { newInterviewFromTemplate, templateValues } from "../../core/new-note-template";
import { reportError } from "../errors";
import { ensureFolder, fileAt, freePath, openFile } from "../vault-files";

/** The template note's text, or null (with a notice) when the setting names no note that exists. */
async function templateText(ctx: PluginContext): Promise<string | null> {
	const path = ctx.settings().newNoteTemplate;
	if (path === "") return null;
	const file = fileAt(ctx.services.vault, path);
	if (!file) {
		new Notice(`The template note ${path} was not found, so the note uses the built-in layout. Check the Template note setting.`);
		return null;
	}
	return ctx.services.vault.read(file);
}

/** Creates the note (never overwriting), from the template note when the setting names one, and opens it. */
export async function createInterviewNote(ctx: PluginContext, input: NewInterview): Promise<TFile> {
	const settings = ctx.settings();
	const { vault } = ctx.services;
	const template = await templateText(ctx);
	await ensureFolder(vault, settings.interviewsFolder);
	const path = freePath(vault, settings.interviewsFolder, newInterviewName(input, settings), "md");
	const title = (path.split("/").pop() ?? path).replace(/\.md$/, "");
	const text = template === null ? newInterviewText(input, settings) : newInterviewFromTemplate(template, input, templateValues(input, title, ctx.now()), newInterviewBody(settings));
	const file = await vault.create(path, text);
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
