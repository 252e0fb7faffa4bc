/**
 * What the plugin's parts share. Obsidian services are passed in (never read
 * from a global `app`), so each part can be tested with the mock.
 */
import type { App, FileManager, MetadataCache, TFile, Vault, Workspace } from "obsidian";
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

/** What the follow-ups view's buttons do (src/plugin/commands implements them). */
export interface ItemActions {
	open(item: FollowUpItem): Promise<void>;
	draft(item: FollowUpItem): Promise<void>;
	done(item: FollowUpItem): Promise<void>;
}

export interface PluginContext {
	/** Only for constructing modals and setting tabs, which need it. */
	app: App;
	services: Services;
	index: IndexReader;
	settings(): Settings;
	saveSettings(settings: Settings): Promise<void>;
	/** Injected clock: tests pass a fixed one. */
	now(): Date;
	/** The interview note open in the active editor, if any. */
	activeInterviewFile(): TFile | null;
}
