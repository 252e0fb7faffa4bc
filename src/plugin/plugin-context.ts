/** Builds the PluginContext the commands, view and settings tab share. */
import type { App, TFile } from "obsidian";
import type { Settings } from "../core/settings";
import type { IndexReader, PluginContext } from "./context";

export interface ContextParts {
	index: IndexReader;
	settings: () => Settings;
	saveSettings: (settings: Settings) => Promise<void>;
	now: () => Date;
}

export function createPluginContext(app: App, parts: ContextParts): PluginContext {
	const { vault, metadataCache, fileManager, workspace } = app;
	return {
		app,
		services: { vault, metadataCache, fileManager, workspace },
		index: parts.index,
		settings: parts.settings,
		saveSettings: parts.saveSettings,
		now: parts.now,
		activeInterviewFile(): TFile | null {
			const file = workspace.getActiveFile();
			return file && parts.index.note(file.path) ? file : null;
		},
	};
}
