/** The interview note the user is looking at, as the commands need it. */
import type { TFile } from "obsidian";
import type { IndexedNote, PluginContext } from "./context";
import { reportError } from "./errors";

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
