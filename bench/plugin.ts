/**
 * The plugin figures, in headless Chromium (/usr/bin/chromium, or
 * $CHROMIUM_PATH) on the test stand-in with the benchmark vault's 10,000
 * notes: bench/page/host.ts times each step inside the page; heap is read
 * through the DevTools protocol after a full garbage collection. Each 10k
 * figure is the median of five fresh pages (one page's index build can take
 * half as long again as the next one's on this machine).
 */
import esbuild from "esbuild";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import type { BenchApi } from "./page/host";
import { median } from "./measure";

export interface PluginFigures {
	plugin_load_ms: number;
	eval_ms: number;
	onload_ms: number;
	index_ms: number;
	view_render_ms: number;
	view_rows: number;
	update_1k_us: number;
	update_10k_us: number;
	heap_mb: number;
	bundle_kb: number;
}

const ORIGIN = "http://bench.test";
const NOW = "2026-11-22T09:00:00";
const MB = 1024 * 1024;
const PAGES = 5;
type Win = { bench: BenchApi };

async function pageFiles(root: string): Promise<Record<string, [string, string]>> {
	const host = await esbuild.build({ entryPoints: [join(root, "bench/page/host.ts")], bundle: true, write: false, format: "iife", platform: "browser", target: "es2020", logLevel: "warning" });
	const html = '<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="app.css"><link rel="stylesheet" href="styles.css"><script src="host.js"></script></head><body class="theme-light mod-linux"></body></html>';
	return {
		"/index.html": ["text/html", html],
		"/app.css": ["text/css", readFileSync(join(root, "test/e2e/page/app.css"), "utf8")],
		"/styles.css": ["text/css", readFileSync(join(root, "styles.css"), "utf8")],
		"/host.js": ["text/javascript", host.outputFiles[0]?.text ?? ""],
	};
}

async function freshPage(browser: Browser, files: Record<string, [string, string]>): Promise<Page> {
	const context = await browser.newContext({ timezoneId: "UTC", locale: "en-US", viewport: { width: 1200, height: 760 } });
	const page = await context.newPage();
	page.on("pageerror", (e) => console.error(`page error: ${e.message}`));
	await page.route("**/*", (route) => {
		const url = new URL(route.request().url());
		const file = url.origin === ORIGIN ? files[url.pathname] : undefined;
		return file ? route.fulfill({ status: 200, contentType: file[0], body: file[1] }) : route.abort();
	});
	// The vault's dates are relative to this moment; performance.now() keeps running.
	await page.clock.setFixedTime(new Date(NOW));
	await page.goto(`${ORIGIN}/index.html`);
	return page;
}

async function usedHeap(page: Page): Promise<number> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send("HeapProfiler.collectGarbage");
	await cdp.send("HeapProfiler.collectGarbage");
	const { usedSize } = (await cdp.send("Runtime.getHeapUsage")) as { usedSize: number };
	await cdp.detach();
	return usedSize;
}

interface Loaded {
	evalMs: number;
	onloadMs: number;
	indexMs: number;
	heapMb: number;
}

async function bootAndLoad(page: Page, count: number, source: string, manifest: { id: string }): Promise<Loaded> {
	const n = await page.evaluate((c) => (window as unknown as Win).bench.boot(c), count);
	if (n !== count) throw new Error(`The bench page holds ${n} notes, not ${count}.`);
	const before = await usedHeap(page);
	const { evalMs, onloadMs } = await page.evaluate(([s, m]) => (window as unknown as Win).bench.load(s, m as never), [source, manifest] as const);
	const indexMs = await page.evaluate(() => (window as unknown as Win).bench.layoutReady());
	const heapMb = ((await usedHeap(page)) - before) / MB;
	return { evalMs, onloadMs, indexMs, heapMb };
}

const updates = (page: Page): Promise<number> => page.evaluate(() => (window as unknown as Win).bench.updates(15, 200));

export async function pluginFigures(root: string): Promise<PluginFigures> {
	const source = readFileSync(join(root, "main.js"), "utf8");
	const manifest = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8")) as { id: string };
	const files = await pageFiles(root);
	const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", headless: true, args: ["--no-sandbox", "--disable-dev-shm-usage"] });
	try {
		const runs: (Loaded & { update: number; view: number; rows: number })[] = [];
		for (let i = 0; i < PAGES; i++) {
			const page = await freshPage(browser, files);
			const loaded = await bootAndLoad(page, 10_000, source, manifest);
			const update = await updates(page);
			const view = await page.evaluate((id) => (window as unknown as Win).bench.openView(id), manifest.id);
			runs.push({ ...loaded, update, view: view.ms, rows: view.rows });
			await page.context().close();
		}
		const small = await freshPage(browser, files);
		await bootAndLoad(small, 1_000, source, manifest);
		const update1k = await updates(small);
		await small.context().close();
		const m = (f: (r: (typeof runs)[number]) => number): number => median(runs.map(f));
		return {
			plugin_load_ms: m((r) => r.evalMs + r.onloadMs),
			eval_ms: m((r) => r.evalMs),
			onload_ms: m((r) => r.onloadMs),
			index_ms: m((r) => r.indexMs),
			view_render_ms: m((r) => r.view),
			view_rows: m((r) => r.rows),
			update_1k_us: update1k,
			update_10k_us: m((r) => r.update),
			heap_mb: m((r) => r.heapMb),
			bundle_kb: statSync(join(root, "main.js")).size / 1024,
		};
	} finally {
		await browser.close();
	}
}
