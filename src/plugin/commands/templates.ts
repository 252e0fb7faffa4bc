/** export-letter-templates: the built-in letter templates into the templates folder, to edit (DESIGN §3.2). */
import { Notice, type Plugin } from "obsidian";
import type { PluginContext } from "../context";
import { reporting } from "../errors";
import { exportTemplates } from "../letter-templates";

export async function exportLetterTemplates(ctx: PluginContext): Promise<void> {
	const folder = ctx.settings().templatesFolder;
	const { written, kept } = await exportTemplates(ctx.services.vault, folder);
	const files = (n: number): string => (n === 1 ? "1 file" : `${n} files`);
	const keptText = kept.length > 0 ? ` ${files(kept.length)} already there ${kept.length === 1 ? "was" : "were"} kept as they are.` : "";
	new Notice(written.length > 0 ? `Exported ${files(written.length)} to ${folder}.${keptText}` : `Every template is already in ${folder}; nothing was changed.`);
}

export function registerTemplateCommands(plugin: Plugin, ctx: PluginContext): void {
	plugin.addCommand({
		id: "export-letter-templates",
		name: "Export letter templates",
		callback: reporting(() => exportLetterTemplates(ctx)),
	});
}
