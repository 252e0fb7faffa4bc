/** Failures shown to the user in plain words instead of a stack trace. */
import { Notice } from "obsidian";

export function reportError(e: unknown): void {
	const message = e instanceof Error ? e.message : String(e);
	new Notice(`Interview follow-up: ${message}`);
}

/** A callback that runs `task` and reports its failure (for commands, buttons and ribbon icons). */
export const reporting =
	(task: () => Promise<unknown>): (() => void) =>
	() =>
		void task().catch(reportError);
