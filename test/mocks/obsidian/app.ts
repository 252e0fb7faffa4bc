/** The App that ties the stand-in together, and helpers to start one in a test. */
import type * as Real from "obsidian";
import type { Signatures } from "./signatures";
import { Commands } from "./commands";
import { el } from "./dom";
import { FileManager } from "./file-manager";
import { TFile } from "./files";
import { MetadataCache } from "./metadata";
import type { Plugin } from "./plugin";
import type { PluginSettingTab } from "./setting";
import { Vault } from "./vault";
import { Workspace } from "./workspace";

type Modeled = "vault" | "metadataCache" | "fileManager" | "workspace" | "isDarkMode" | "loadLocalStorage" | "saveLocalStorage";

export class App implements Signatures<Real.App, Modeled> {
	vault: Vault;
	metadataCache: MetadataCache;
	fileManager: FileManager;
	workspace: Workspace;
	/** Obsidian's internal command registry (not in the public API; tests run commands through it). */
	commands: Commands;
	/** Setting tabs added by plugins. */
	settingTabs: PluginSettingTab[] = [];
	/** Each plugin's data.json text, by plugin id. */
	pluginData = new Map<string, string>();
	/** The metadata cache is still filling when the layout is ready (createTestApp's coldCache). */
	startsCold = false;
	private readonly storage = new Map<string, string>();
	private chrome: { ribbonEl: HTMLElement; statusBarEl: HTMLElement } | null = null;

	constructor(vaultName = "Vault") {
		this.vault = new Vault(vaultName);
		this.metadataCache = new MetadataCache(this.vault);
		this.fileManager = new FileManager(this.vault, this.metadataCache);
		this.workspace = new Workspace(this as unknown as Real.App, this.vault, this.metadataCache);
		this.commands = new Commands(this.workspace);
	}

	get ribbonEl(): HTMLElement {
		return this.chromeEls().ribbonEl;
	}

	get statusBarEl(): HTMLElement {
		return this.chromeEls().statusBarEl;
	}

	isDarkMode(): boolean {
		return typeof document !== "undefined" && document.body.classList.contains("theme-dark");
	}

	loadLocalStorage(key: string): unknown {
		const v = this.storage.get(key);
		return v === undefined ? null : (JSON.parse(v) as unknown);
	}

	saveLocalStorage(key: string, data: unknown): void {
		if (data === null || data === undefined) this.storage.delete(key);
		else this.storage.set(key, JSON.stringify(data));
	}

	private chromeEls(): { ribbonEl: HTMLElement; statusBarEl: HTMLElement } {
		this.chrome ??= { ribbonEl: el("div", "workspace-ribbon side-dock-ribbon mod-left"), statusBarEl: el("div", "status-bar") };
		return this.chrome;
	}
}

/** The mock App, typed as Obsidian's too so it can be handed to plugin code. */
export type TestApp = App & Real.App;

export interface TestAppOptions {
	/** Vault files: path → text. */
	files?: Record<string, string>;
	/** The plugin's data.json content, by plugin id. */
	pluginData?: Record<string, unknown>;
	/** Start with the layout ready (a plugin enabled after startup). Default false: loadPlugin readies it. */
	layoutReady?: boolean;
	vaultName?: string;
	/**
	 * A cold start: the metadata cache has not parsed the notes when the layout
	 * is ready (true: none of them; or the paths it had got to). loadPlugin then
	 * fills it with a 'changed' per note and 'resolved' last. Default: warm.
	 */
	coldCache?: boolean | { indexed: string[] };
}

/** An app with an indexed in-memory vault. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
	const app = new App(options.vaultName);
	for (const [path, text] of Object.entries(options.files ?? {})) app.vault.seed(path, text);
	for (const [id, data] of Object.entries(options.pluginData ?? {})) app.pluginData.set(id, JSON.stringify(data));
	const cold = options.coldCache;
	if (!cold) await app.metadataCache.indexAll();
	else if (cold !== true) await app.metadataCache.indexSilently(cold.indexed);
	app.startsCold = Boolean(cold);
	if (options.layoutReady) app.workspace.setLayoutReady();
	return app as TestApp;
}

export const TEST_MANIFEST: Real.PluginManifest = {
	id: "interview-follow-up",
	name: "Interview Follow-up",
	version: "0.0.0-test",
	minAppVersion: "1.4.4",
	description: "Test manifest",
	author: "tests",
};

type PluginClass<P> = new (app: Real.App, manifest: Real.PluginManifest) => P;

/** Finds a file by path (getFileByPath needs Obsidian 1.5.7, above the plugin's minAppVersion). */
export function fileAt(app: TestApp, path: string): TFile {
	const f = app.vault.getAbstractFileByPath(path);
	if (!(f instanceof TFile)) throw new Error(`No file at ${path} in the test vault.`);
	return f;
}

/**
 * Constructs and loads a plugin as Obsidian's startup does: onload (awaited),
 * then layout ready, then (a cold start) the cache fills. Resolves once it has.
 */
export async function loadPlugin<P extends object>(app: TestApp, Ctor: PluginClass<P>, manifest: Real.PluginManifest = TEST_MANIFEST): Promise<P> {
	const plugin = new Ctor(app, manifest);
	const mine = plugin as unknown as Plugin;
	mine.load();
	await mine._loading;
	app.workspace.setLayoutReady();
	await finishStartup(app);
	return plugin;
}

/** After layout ready: a cold cache indexes the notes it has not parsed yet ('changed' each, 'resolved' last). */
export async function finishStartup(app: TestApp): Promise<void> {
	if (app.startsCold) {
		app.startsCold = false;
		await app.metadataCache.indexRemaining();
	}
	await app.metadataCache.settled();
}

/** Waits until pending cache updates and the promises they started have run. */
export async function settle(app: TestApp): Promise<void> {
	for (let i = 0; i < 5; i++) {
		await app.metadataCache.settled();
		await new Promise<void>((r) => queueMicrotask(r));
	}
}

/** Runs a command by its id (the plugin's own id, or "plugin-id:command"); false when unavailable. */
export function runCommand(app: TestApp, id: string, pluginId = TEST_MANIFEST.id): boolean {
	return app.commands.executeCommandById(id.includes(":") ? id : `${pluginId}:${id}`);
}
