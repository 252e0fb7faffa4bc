/**
 * The browser side of the plugin benchmark (bench/plugin.ts drives it): the
 * Obsidian stand-in with a generated vault, and main.js evaluated the way
 * Obsidian evaluates a plugin (its source wrapped in a function and run), each
 * step timed with performance.now(). Every note's metadata (YAML, and the
 * sections and list items the stand-in otherwise parses lazily on first read)
 * is computed before any clock starts, as Obsidian's indexer has done before a
 * plugin loads: the figures are the plugin's, not the stand-in's Markdown parser.
 */
import type * as Real from "obsidian";
import * as obsidian from "../../test/mocks/obsidian";
import { installDomHelpers } from "../../test/mocks/dom";
import { parseMetadata } from "../../test/mocks/obsidian/metadata-parse";
import { generateNotes } from "../generate";

installDomHelpers(window);

type Factory = (module: { exports: Record<string, unknown> }, exports: Record<string, unknown>, require: (name: string) => unknown) => void;
type PluginCtor = new (app: Real.App, manifest: Real.PluginManifest) => obsidian.Plugin;

let app: obsidian.TestApp | null = null;
const the = (): obsidian.TestApp => {
	if (!app) throw new Error("bench.boot() has not run.");
	return app;
};
let generated: ReturnType<typeof generateNotes> | null = null;
const notes = (count: number): ReturnType<typeof generateNotes> => (generated ??= generateNotes(10_000, 2_000)).slice(0, count);

/** Lays out the page and returns the time since `t0`: rendering is only done once the browser has laid it out. */
function laidOut(t0: number): number {
	void document.body.offsetHeight;
	return performance.now() - t0;
}

const bench = {
	/** A stand-in app on the first `count` notes of the benchmark vault (10,000 notes, 2,000 interviews). */
	async boot(count: number): Promise<number> {
		app = await obsidian.createTestApp({ files: Object.fromEntries(notes(count).map((n) => [n.path, n.text])) });
		const root = document.body.createDiv("app-container").createDiv("horizontal-main-container");
		root.append(app.ribbonEl, app.workspace.containerEl, app.statusBarEl);
		app.workspace.setActiveLeaf(app.workspace.getLeaf(false));
		const files = app.vault.getMarkdownFiles();
		for (const file of files) {
			const cache = app.metadataCache.getFileCache(file);
			void cache?.sections;
			void cache?.listItems;
		}
		return files.length;
	},

	/** main.js evaluated and the plugin's onload run (awaited), before the layout is ready. */
	async load(source: string, manifest: Real.PluginManifest): Promise<{ evalMs: number; onloadMs: number }> {
		const require = (name: string): unknown => {
			if (name === "obsidian") return obsidian;
			throw new Error(`main.js requires '${name}', which Obsidian does not provide.`);
		};
		const t0 = performance.now();
		// As Obsidian runs a plugin: its source wrapped in a function, parsed, compiled and called.
		const script = document.createElement("script");
		script.text = `window.benchPluginFactory = function (module, exports, require) {\n${source}\n};`;
		document.head.appendChild(script);
		const factory = (window as unknown as { benchPluginFactory?: Factory }).benchPluginFactory;
		if (!factory) throw new Error("main.js did not evaluate.");
		const mod = { exports: {} as Record<string, unknown> };
		factory(mod, mod.exports, require);
		const t1 = performance.now();
		const Ctor = (mod.exports.default ?? mod.exports) as PluginCtor;
		const plugin = new Ctor(the(), manifest);
		plugin.load();
		await plugin._loading;
		return { evalMs: t1 - t0, onloadMs: performance.now() - t1 };
	},

	/** The layout becomes ready: the plugin builds its index (and counts overdue items for its notice). */
	layoutReady(): number {
		const t0 = performance.now();
		the().workspace.setLayoutReady();
		return performance.now() - t0;
	},

	/** The follow-ups view opened for the first time, until it is laid out. */
	async openView(pluginId: string): Promise<{ ms: number; rows: number }> {
		const t0 = performance.now();
		if (!obsidian.runCommand(the(), `${pluginId}:open-follow-ups`)) throw new Error("The open-follow-ups command is missing.");
		await obsidian.settle(the());
		const ms = laidOut(t0);
		return { ms, rows: document.querySelectorAll(".ifu-view .ifu-row").length };
	},

	/**
	 * µs per edit, median of `batches` batches of `perBatch` edits: an interview
	 * note's frontmatter gains `debriefed`, then loses it again, and the metadata
	 * cache reports each version (parsed beforehand) with its 'changed' event;
	 * what the plugin does at once (index, status bar) is what is timed.
	 */
	updates(batches: number, perBatch: number): number {
		const target = notes(the().vault.getMarkdownFiles().length).find((n) => n.interview && !n.text.includes("\ndebriefed:"));
		if (!target) throw new Error("The vault has no interview note to edit.");
		const file = obsidian.fileAt(the(), target.path);
		const edited = target.text.replace("\noutcome:", "\ndebriefed: 2026-11-20\noutcome:");
		const versions: [string, Real.CachedMetadata][] = [
			[edited, parseMetadata(edited)],
			[target.text, parseMetadata(target.text)],
		];
		const perEdit: number[] = [];
		for (let b = 0; b < batches + 2; b++) {
			const t0 = performance.now();
			for (let i = 0; i < perBatch; i++) {
				const [data, cache] = versions[i % 2] as [string, Real.CachedMetadata];
				the().metadataCache.trigger("changed", file, data, cache);
			}
			if (b >= 2) perEdit.push(((performance.now() - t0) * 1000) / perBatch); // two batches warm up the JIT
		}
		perEdit.sort((a, b) => a - b);
		return perEdit[Math.floor(perEdit.length / 2)] ?? Number.NaN;
	},
};

(window as unknown as { bench: typeof bench }).bench = bench;
export type BenchApi = typeof bench;
