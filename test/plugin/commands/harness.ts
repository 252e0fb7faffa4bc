/**
 * A PluginContext over the Obsidian stand-in, with a small interview index
 * read from the metadata cache, for testing the commands one group at a time.
 */
import type * as Real from "obsidian";
import { isInterviewNote } from "../../../src/core/detect";
import { parseInterview } from "../../../src/core/interview";
import type { ItemGroups } from "../../../src/core/groups";
import { groupItems } from "../../../src/core/group-items";
import type { FollowUpItem } from "../../../src/core/items";
import { withPersonNotes } from "../../../src/core/people";
import { DEFAULT_SETTINGS, resolveSettings, type Settings } from "../../../src/core/settings";
import type { IndexedNote, LiveIndex, PluginContext } from "../../../src/plugin/context";
import { createTestApp, Events, loadPlugin, Plugin, settle, TFile, type TestApp } from "../../mocks/obsidian";
import { personLookup } from "../../../src/plugin/person-lookup";

export const NOW = new Date(2026, 10, 22, 10, 30);

/** Reads interview notes from the mock's metadata cache on every call. */
export class TestIndex implements LiveIndex {
	revision = 0;
	readonly isBuilt = true;
	fixedItems: FollowUpItem[] = [];
	private readonly events = new Events();
	constructor(
		private readonly app: TestApp,
		private readonly settings: () => Settings,
	) {}

	notes(): IndexedNote[] {
		const out: IndexedNote[] = [];
		for (const file of this.app.vault.getMarkdownFiles()) {
			const note = this.note(file.path);
			if (note) out.push(note);
		}
		return out;
	}

	note(path: string): IndexedNote | undefined {
		const file = this.app.vault.getAbstractFileByPath(path);
		if (!(file instanceof TFile)) return undefined;
		const cache = this.app.metadataCache.getFileCache(file);
		const frontmatter = cache?.frontmatter;
		const inlineTags = (cache?.tags ?? []).map((t) => t.tag);
		if (!isInterviewNote({ path, inlineTags, ...(frontmatter ? { frontmatter } : {}) }, this.settings())) return undefined;
		const parsed = withPersonNotes(parseInterview(path, frontmatter), personLookup(this.app.metadataCache));
		return { path, interview: parsed.interview, problems: parsed.problems };
	}

	problems(): { note: string; message: string }[] {
		return this.notes().flatMap((n) => n.problems.map((message) => ({ note: n.path, message })));
	}

	items(_now: Date): FollowUpItem[] {
		return this.fixedItems;
	}

	get size(): number {
		return this.notes().length;
	}

	groups(now: Date): ItemGroups {
		return groupItems(this.items(now), now, this.settings());
	}

	onChange(callback: () => void): Real.EventRef {
		return this.events.on("changed", callback);
	}
}

export interface Harness {
	app: TestApp;
	ctx: PluginContext;
	index: TestIndex;
	settings: Settings;
	/** Opens a note in the active tab, as clicking it would. */
	open(path: string): Promise<Real.TFile>;
	read(path: string): Promise<string>;
	/** Changes a note through the vault, as another editor would. */
	edit(path: string, fn: (text: string) => string): Promise<void>;
}

/** Starts an app with `files`, a plugin whose onload calls `register`, and a fixed clock. */
export async function startHarness(
	files: Record<string, string>,
	register: (plugin: Real.Plugin, ctx: PluginContext) => void,
	settingsOverride: Partial<Settings> = {},
): Promise<Harness> {
	const app = await createTestApp({ files });
	const settings: Settings = { ...resolveSettings({}).settings, ...settingsOverride, headings: { ...DEFAULT_SETTINGS.headings } };
	const index = new TestIndex(app, () => settings);
	const services = { vault: app.vault, metadataCache: app.metadataCache, fileManager: app.fileManager, workspace: app.workspace } as unknown as PluginContext["services"];
	const ctx: PluginContext = {
		app,
		services,
		index,
		settings: () => settings,
		saveSettings: async () => {},
		now: () => NOW,
		activeInterviewFile: () => {
			const file = app.workspace.getActiveFile();
			return file && index.note(file.path) ? file : null;
		},
	};
	class CommandsPlugin extends Plugin {
		override onload(): void {
			register(this as unknown as Real.Plugin, ctx);
		}
	}
	await loadPlugin(app, CommandsPlugin);
	return {
		app,
		ctx,
		index,
		settings,
		async open(path) {
			const file = app.vault.getAbstractFileByPath(path);
			if (!(file instanceof TFile)) throw new Error(`no file ${path}`);
			await app.workspace.getLeaf(false).openFile(file);
			await settle(app);
			return file;
		},
		async read(path) {
			const file = app.vault.getAbstractFileByPath(path);
			if (!(file instanceof TFile)) throw new Error(`no file ${path}`);
			return app.vault.read(file);
		},
		async edit(path, fn) {
			const file = app.vault.getAbstractFileByPath(path);
			if (!(file instanceof TFile)) throw new Error(`no file ${path}`);
			await app.vault.process(file, fn);
			await flush(app);
		},
	};
}

/** Waits for the command's async work (file writes, cache updates, modal rendering). */
export async function flush(app: TestApp): Promise<void> {
	for (let i = 0; i < 4; i++) {
		await settle(app);
		await new Promise((r) => window.setTimeout(r, 0));
	}
}

export const INTERVIEW = `---
type: interview
company: Northwind Traders
role: Operations Analyst
date: 2026-11-19 14:00
interviewers:
  - name: Dana Whitfield
    honorific: Ms.
    title: Head of Operations
  - name: Sam Ortiz
decision_by: 2026-12-03
status_checks: 2026-12-04
requests:
  - item: Writing sample
    asked: 2026-11-19
  - item: Two references
    asked: 2026-11-19
custom_key: keep me # a comment
---
Intro line the user wrote.

## Highlights
- Their warehouse moves to a new routing system in spring (ties to: my routing project at Contoso)

## Questions they asked
- Tell me about a time you fixed a broken process.
- How do you prioritise competing requests?

## Debrief
Went well overall.
`;

/** Splits note text at the end of the frontmatter block. */
export function parts(text: string): { frontmatter: string; body: string } {
	const m = /^---\n[\s\S]*?\n---\n/.exec(text);
	return m ? { frontmatter: m[0], body: text.slice(m[0].length) } : { frontmatter: "", body: text };
}
