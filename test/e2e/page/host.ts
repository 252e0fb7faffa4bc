/**
 * The e2e page's Obsidian: the stand-in bundled for the browser, Obsidian-like
 * chrome, `require("obsidian")` for main.js, and a small API (window.e2e)
 * that run.mjs drives through Playwright.
 */
import * as obsidian from "../../mocks/obsidian";
import { installDomHelpers } from "../../mocks/dom";
import type * as Real from "obsidian";

installDomHelpers(window);

type Mod = { exports: Record<string, unknown> };
let app: obsidian.TestApp | null = null;
let plugin: obsidian.Plugin | null = null;
const errors: string[] = [];
window.addEventListener("error", (e) => errors.push(String(e.message)));
window.addEventListener("unhandledrejection", (e) => errors.push(String((e.reason as Error)?.stack ?? e.reason)));

// Only Obsidian's own module exists: a Node built-in in main.js fails loudly here, as on mobile.
function requireModule(name: string): unknown {
	if (name === "obsidian") return obsidian;
	throw new Error(`main.js requires '${name}', which Obsidian (mobile) does not provide.`);
}
(window as unknown as { require: typeof requireModule }).require = requireModule;

function the(): obsidian.TestApp {
	if (!app) throw new Error("e2e.boot() has not run.");
	return app;
}

function file(path: string): obsidian.TFile {
	return obsidian.fileAt(the(), path);
}

async function settled(): Promise<void> {
	await obsidian.settle(the());
}

const api = {
	/**
	 * Starts the app on a seeded vault, with Obsidian's chrome in the page.
	 * `coldCache`: the metadata cache is still empty when the layout is ready
	 * and fills afterwards (a first launch); see test/mocks/obsidian/metadata.ts.
	 */
	async boot(options: { files: Record<string, string>; pluginData?: Record<string, unknown>; theme?: "light" | "dark"; coldCache?: boolean; mobile?: boolean }): Promise<void> {
		// Obsidian mobile: Platform says so (obsidian.d.ts: isMobile, isPhone, isMobileApp) and the body has `is-mobile`.
		const mobile = options.mobile ?? false;
		Object.assign(obsidian.Platform, { isMobile: mobile, isPhone: mobile, isMobileApp: mobile, isDesktop: !mobile, isDesktopApp: !mobile });
		app = await obsidian.createTestApp({ files: options.files, pluginData: options.pluginData, vaultName: "Example vault", coldCache: options.coldCache ?? false });
		(window as unknown as { app: unknown }).app = app;
		document.body.className = `theme-${options.theme ?? "light"} ${mobile ? "is-mobile is-phone" : "mod-linux"}`;
		const container = document.body.createDiv("app-container");
		const main = container.createDiv("horizontal-main-container");
		main.appendChild(app.ribbonEl);
		main.appendChild(app.workspace.containerEl);
		container.appendChild(app.statusBarEl);
		// Obsidian starts with an empty tab in the main area.
		app.workspace.setActiveLeaf(app.workspace.getLeaf(false));
	},

	/**
	 * Loads main.js (served wrapped as a CommonJS module factory, the way Obsidian
	 * evaluates it), constructs the plugin and loads it as Obsidian's startup does.
	 */
	async loadPlugin(manifest: Real.PluginManifest): Promise<void> {
		await new Promise<void>((resolve, reject) => {
			const script = document.head.createEl("script", { attr: { src: "main.js" } });
			script.addEventListener("load", () => resolve());
			script.addEventListener("error", () => reject(new Error("main.js did not load")));
		});
		const factory = (window as unknown as { definePluginModule?: (m: Mod, e: Mod["exports"], r: typeof requireModule) => void }).definePluginModule;
		if (!factory) throw new Error("main.js was not wrapped as a module factory.");
		const mod: Mod = { exports: {} };
		factory(mod, mod.exports, requireModule);
		const Ctor = (mod.exports.default ?? mod.exports) as new (a: Real.App, m: Real.PluginManifest) => obsidian.Plugin;
		plugin = await obsidian.loadPlugin(the(), Ctor, manifest);
		await settled();
	},

	async unloadPlugin(): Promise<void> {
		plugin?.unload();
		plugin = null;
		await settled();
	},

	setTheme(theme: "light" | "dark"): void {
		document.body.classList.toggle("theme-light", theme === "light");
		document.body.classList.toggle("theme-dark", theme === "dark");
	},

	/** Runs a command as the palette would; `id` without a colon is the plugin's own. */
	async executeCommand(id: string): Promise<boolean> {
		const ok = obsidian.runCommand(the(), id, plugin?.manifest.id);
		await settled();
		return ok;
	},

	commandIds(): string[] {
		return the().commands.listCommands().map((c) => c.id);
	},

	/** Opens a note in the main area, making it the active editor. */
	async openFile(path: string, cursor?: { line: number; ch: number }): Promise<void> {
		await the().workspace.getLeaf(false).openFile(file(path));
		if (cursor) the().workspace.getActiveViewOfType(obsidian.MarkdownView)?.editor.setCursor(cursor);
	},

	activeFile(): string | null {
		return the().workspace.getActiveFile()?.path ?? null;
	},

	async read(path: string): Promise<string> {
		return the().vault.read(file(path));
	},

	exists(path: string): boolean {
		return the().vault.getAbstractFileByPath(path) !== null;
	},

	files(): string[] {
		return the().vault.getFiles().map((f) => f.path).sort();
	},

	async create(path: string, text: string): Promise<void> {
		const dir = path.split("/").slice(0, -1).join("/");
		if (dir && !the().vault.getAbstractFileByPath(dir)) await the().vault.createFolder(dir);
		await the().vault.create(path, text);
		await settled();
	},

	async modify(path: string, text: string): Promise<void> {
		await the().vault.modify(file(path), text);
		await settled();
	},

	async rename(from: string, to: string): Promise<void> {
		await the().fileManager.renameFile(file(from), to);
		await settled();
	},

	async remove(path: string): Promise<void> {
		// What both trash and delete do in the stand-in: the file goes, with a 'delete' event.
		the().vault.remove(file(path));
		await settled();
	},

	pluginData(): unknown {
		const raw = plugin ? the().pluginData.get(plugin.manifest.id) : undefined;
		return raw === undefined ? null : (JSON.parse(raw) as unknown);
	},

	notices(): string[] {
		return obsidian.noticeMessages();
	},

	clearNotices(): void {
		obsidian.clearNotices();
		for (const n of Array.from(document.querySelectorAll(".notice"))) n.remove();
	},

	openModalTitles(): string[] {
		return obsidian.openModals().map((m) => m.titleEl.textContent ?? "");
	},

	closeModals(): void {
		for (const m of obsidian.openModals()) m.close();
	},

	/** Renders the plugin's setting tab into the root split, for a look. */
	showSettings(): void {
		const tab = the().settingTabs[0];
		if (!tab) throw new Error("The plugin added no setting tab.");
		const root = the().workspace.splitEls.root;
		for (const leaf of Array.from(root.children)) leaf.classList.add("is-hidden");
		root.appendChild(tab.containerEl);
		tab.display();
	},

	settled,

	/** Errors the page has seen (uncaught exceptions and rejections). */
	errors(): string[] {
		return [...errors];
	},
};

(window as unknown as { e2e: typeof api }).e2e = api;
export type E2eApi = typeof api;
