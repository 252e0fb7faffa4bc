/**
 * What the plugin's parts share, and how main.ts builds it. Obsidian services
 * are passed in (never read from a global `app`), so each part can be tested
 * with the mock.
 */
import type { App, EventRef, FileManager, MetadataCache, TFile, Vault, Workspace } from "obsidian";
import type { ReadonlyItemGroups } from "../core/groups";
import type { Interview } from "../core/interview";
import type { FollowUpItem, NoteProblem } from "../core/items";
import type { Settings } from "../core/settings";

export interface Services {
	vault: Vault;
	metadataCache: MetadataCache;
	fileManager: FileManager;
	workspace: Workspace;
}

export interface IndexedNote {
	path: string;
	interview: Interview;
	/** Plain-words problems from parsing its frontmatter. */
	problems: string[];
}

/** Read side of the interview index (src/plugin/interview-index.ts implements it). */
export interface IndexReader {
	/** Grows on every change; views compare it before re-rendering. */
	readonly revision: number;
	note(path: string): IndexedNote | undefined;
	notes(): IndexedNote[];
	problems(): NoteProblem[];
	/** Open follow-up items of every interview note at `now`, sorted by due. */
	items(now: Date): FollowUpItem[];
}

/** An index the view and status bar can follow. */
export interface LiveIndex extends IndexReader {
	/** False until the first build, while Obsidian is still starting. */
	readonly isBuilt: boolean;
	/** How many interview notes there are. */
	readonly size: number;
	/** items(now) in the view's groups: read them at once, never keep them (an edit updates them in place). */
	groups(now: Date): ReadonlyItemGroups;
	/** Calls `callback` after every change (register the returned ref with registerEvent). */
	onChange(callback: () => void): EventRef;
}

/** What the follow-ups view's buttons do (src/plugin/item-actions.ts implements them). */
export interface ItemActions {
	open(item: FollowUpItem): Promise<void>;
	draft(item: FollowUpItem): Promise<void>;
	done(item: FollowUpItem): Promise<void>;
}

export interface PluginContext {
	/** Only for constructing modals and setting tabs, which need it. */
	app: App;
	services: Services;
	index: LiveIndex;
	settings(): Settings;
	saveSettings(settings: Settings): Promise<void>;
	/** Injected clock: tests pass a fixed one. */
	now(): Date;
	/** The interview note open in the active editor, if any. */
	activeInterviewFile(): TFile | null;
}

export interface ContextParts {
	index: LiveIndex;
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
