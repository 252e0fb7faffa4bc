/** The interview note the user is looking at, as the commands need it. */
import { Notice, type TFile } from "obsidian";
import type { IndexedNote, PluginContext } from "../context";

export interface ActiveInterview {
	file: TFile;
	note: IndexedNote;
}

export function activeInterview(ctx: PluginContext): ActiveInterview | null {
	const file = ctx.activeInterviewFile();
	if (!file) return null;
	const note = ctx.index.note(file.path);
	return note ? { file, note } : null;
}

/** A check callback that offers `run` only on an interview note. */
export function onInterview(ctx: PluginContext, run: (active: ActiveInterview) => Promise<unknown>): (checking: boolean) => boolean {
	return (checking) => {
		const active = activeInterview(ctx);
		if (!active) return false;
		if (!checking) void run(active).catch((e: unknown) => reportError(e));
		return true;
	};
}

/** Shows a failure in plain words instead of a stack trace. */
export function reportError(e: unknown): void {
	const message = e instanceof Error ? e.message : String(e);
	new Notice(`Interview follow-up: ${message}`);
}
