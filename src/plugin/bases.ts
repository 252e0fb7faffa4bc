/**
 * create-interviews-base: writes Interviews.base (Obsidian Bases, 1.9 and
 * later) in the interviews folder. Never overwrites: a second run says the
 * file is there and opens it.
 */
import { Notice, requireApiVersion, type Plugin } from "obsidian";
import { interviewsBasePath, interviewsBaseText } from "../core/interviews-base";
import type { PluginContext } from "./context";
import { reportError } from "./errors";
import { ensureFolder, fileAt, openFile } from "./vault-files";

/** Bases came with Obsidian 1.9.0. */
export const BASES_API = "1.9.0";

export type BaseOutcome = "created" | "exists" | "unsupported";

export async function createInterviewsBase(ctx: PluginContext): Promise<BaseOutcome> {
	if (!requireApiVersion(BASES_API)) {
		new Notice(`Bases need Obsidian ${BASES_API} or later: update Obsidian to create the interviews base.`);
		return "unsupported";
	}
	const settings = ctx.settings();
	const path = interviewsBasePath(settings);
	const { vault, workspace } = ctx.services;
	const existing = fileAt(vault, path);
	if (existing) {
		new Notice(`${path} already exists, so it was left as it is.`);
		await openFile(workspace, existing);
		return "exists";
	}
	await ensureFolder(vault, settings.interviewsFolder);
	const file = await vault.create(path, interviewsBaseText(settings));
	new Notice(`Created ${path}: your interviews as a table, with views for those awaiting a decision and this week's.`);
	await openFile(workspace, file);
	return "created";
}

export function registerBasesCommand(plugin: Plugin, ctx: PluginContext): void {
	plugin.addCommand({
		id: "create-interviews-base",
		name: "Create interviews base",
		callback: () => void createInterviewsBase(ctx).catch(reportError),
	});
}
