/** new-next-round-note: the next round's note from a next-round interview, linked both ways. */
import { Notice, type Plugin, type TFile } from "obsidian";
import { wikiLink } from "../../core/letters/note";
import type { Interview } from "../../core/interview";
import { nextRoundNote } from "../../core/next-round";
import type { PluginContext } from "../context";
import { writeFrontmatter } from "../frontmatter-writes";
import { onInterview } from "../active-interview";
import { createUnique, fileAt, openFile } from "../vault-files";
import { safeFileName } from "../../core/file-names";
import { splitFrontmatter } from "../../core/note-text";

/** Creates the note (never overwriting), records next_round_note on the old one, opens the new one. */
export async function createNextRoundNote(ctx: PluginContext, file: TFile, interview: Interview): Promise<TFile | null> {
	const { vault } = ctx.services;
	if (interview.nextRoundNote) {
		new Notice(`This note already records its next round: ${interview.nextRoundNote}.`);
		return null;
	}
	const yaml = splitFrontmatter(await vault.cachedRead(file)).frontmatter.replace(/^---\r?\n/, "").replace(/---[ \t]*\r?\n?$/, "");
	const result = nextRoundNote(interview, yaml);
	if (!result.ok) {
		new Notice(result.message);
		return null;
	}
	const folder = file.parent?.path ?? ctx.settings().interviewsFolder;
	const created = await createUnique(vault, folder, safeFileName(result.name, `Round ${result.round}`), "md", result.text);
	const link = wikiLink(created.path);
	await writeFrontmatter(ctx.services, file, (fm) => {
		fm.next_round_note = link;
		return { changed: true, message: `Recorded next_round_note: ${link}.` };
	});
	await openFile(ctx.services.workspace, created);
	new Notice(`Created ${created.path} for round ${result.round}.`);
	return fileAt(vault, created.path);
}

export function registerNextRoundCommand(plugin: Plugin, ctx: PluginContext): void {
	plugin.addCommand({
		id: "new-next-round-note",
		name: "New note for the next round",
		checkCallback: onInterview(ctx, ({ file, note }) => createNextRoundNote(ctx, file, note.interview)),
	});
}
