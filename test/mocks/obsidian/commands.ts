/**
 * The command registry (Obsidian's internal app.commands): plugins add
 * commands, tests run them the way the command palette would.
 */
import type * as Real from "obsidian";
import type { Workspace } from "./workspace";
import { MarkdownView } from "./views";

export class Commands {
	commands: Record<string, Real.Command> = {};

	constructor(private readonly workspace: Workspace) {}

	addCommand(command: Real.Command): void {
		this.commands[command.id] = command;
	}

	removeCommand(id: string): void {
		delete this.commands[id];
	}

	listCommands(): Real.Command[] {
		return Object.values(this.commands);
	}

	findCommand(id: string): Real.Command | undefined {
		return this.commands[id];
	}

	/** Whether the palette would offer the command now. */
	isAvailable(id: string): boolean {
		return this.run(id, true);
	}

	/** Runs the command as the palette does; false when it is unknown or not available now. */
	executeCommandById(id: string): boolean {
		return this.run(id, false);
	}

	private run(id: string, checking: boolean): boolean {
		const cmd = this.commands[id];
		if (!cmd) return false;
		const view = this.workspace.getActiveViewOfType(MarkdownView);
		const editor = view?.editor as unknown as Real.Editor | undefined;
		const ctx = view as unknown as Real.MarkdownView;
		// As from the palette: a check callback must say yes before the command runs.
		if (cmd.editorCheckCallback) {
			if (!editor || cmd.editorCheckCallback(true, editor, ctx) !== true) return false;
			if (!checking) cmd.editorCheckCallback(false, editor, ctx);
			return true;
		}
		if (cmd.editorCallback) {
			if (!editor) return false;
			if (!checking) void cmd.editorCallback(editor, ctx);
			return true;
		}
		if (cmd.checkCallback) {
			if (cmd.checkCallback(true) !== true) return false;
			if (!checking) cmd.checkCallback(false);
			return true;
		}
		if (cmd.callback) {
			if (!checking) void cmd.callback();
			return true;
		}
		return false;
	}
}
