// Starts the e2e page in Chromium: the stand-in bundle, Obsidian-like chrome, the
// built main.js and styles.css, and a vault seeded from examples/vault.
import { chromium } from "playwright-core";
import esbuild from "esbuild";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const OUTPUT = join(ROOT, "test/e2e/output");
const ORIGIN = "http://obsidian.test";
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** The fixed "now" of every scenario: local wall-clock time in the browser's zone (UTC). */
export const NOW = "2026-11-22T09:00:00";
export const TIMEZONE = "UTC";

/** Reads every file of examples/vault (path relative to the vault, "/" separated). */
export function readExampleVault() {
	const dir = join(ROOT, "examples/vault");
	if (!existsSync(dir)) throw new Error("examples/vault is missing: the e2e tests seed their vault from it.");
	const files = {};
	const walk = (d) => {
		for (const name of readdirSync(d)) {
			const p = join(d, name);
			if (statSync(p).isDirectory()) {
				if (name !== ".obsidian") walk(p);
			} else if (name.endsWith(".md")) files[relative(dir, p).split(sep).join("/")] = readFileSync(p, "utf8");
		}
	};
	walk(dir);
	return files;
}

/** Reads the plugin's data.json from the example vault, when it has one. */
function readExamplePluginData(manifestId) {
	const p = join(ROOT, "examples/vault/.obsidian/plugins", manifestId, "data.json");
	return existsSync(p) ? { [manifestId]: JSON.parse(readFileSync(p, "utf8")) } : {};
}

async function buildHost() {
	const result = await esbuild.build({
		entryPoints: [join(ROOT, "test/e2e/page/host.ts")],
		bundle: true,
		write: false,
		format: "iife",
		platform: "browser",
		target: "es2020",
		logLevel: "silent",
	});
	return result.outputFiles[0].text;
}

/** Everything the page serves, read once per run. */
export async function loadAssets() {
	const mainPath = join(ROOT, "main.js");
	if (!existsSync(mainPath)) throw new Error("main.js is missing: run `npm run build` first (npm run test:e2e does).");
	const manifest = JSON.parse(readFileSync(join(ROOT, "manifest.json"), "utf8"));
	return {
		manifest,
		pluginData: readExamplePluginData(manifest.id),
		files: {
			"/index.html": ["text/html", readFileSync(join(ROOT, "test/e2e/page/index.html"), "utf8")],
			"/app.css": ["text/css", readFileSync(join(ROOT, "test/e2e/page/app.css"), "utf8")],
			"/styles.css": ["text/css", readFileSync(join(ROOT, "styles.css"), "utf8")],
			"/host.js": ["text/javascript", await buildHost()],
			// Obsidian evaluates main.js as a CommonJS module; so does the page.
			"/main.js": ["text/javascript", `window.definePluginModule = function (module, exports, require) {\n${readFileSync(mainPath, "utf8")}\n};`],
		},
	};
}

export async function launchBrowser() {
	if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Chromium (apt-get install chromium).`);
	const userDataDir = mkdtempSync(join(tmpdir(), "ifu-e2e-chromium-"));
	const context = await chromium.launchPersistentContext(userDataDir, {
		executablePath: CHROMIUM,
		headless: true,
		args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-dev-shm-usage"],
		env: { ...process.env, TZ: TIMEZONE },
		timezoneId: TIMEZONE,
		locale: "en-US",
		viewport: { width: 1200, height: 760 },
	});
	return {
		context,
		async close() {
			await context.close();
			rmSync(userDataDir, { recursive: true, force: true });
		},
	};
}

/**
 * A fresh page with the app booted and the plugin loaded. Records page errors,
 * dialogs and any request that leaves the page's own origin (the plugin must make none).
 */
export async function openApp(browser, assets, { theme = "light", files, extraFiles = {}, now = NOW, fixedTime = true, loadPlugin = true, coldCache = false, pluginData = {}, mobile = false } = {}) {
	const page = await browser.context.newPage();
	// A phone: 390×844 CSS pixels (iPhone 12–15), Platform.isMobile true in the stand-in.
	if (mobile) await page.setViewportSize({ width: 390, height: 844 });
	const seen = { errors: [], dialogs: [], requests: [], console: [] };
	page.on("pageerror", (e) => seen.errors.push(String(e.stack ?? e)));
	page.on("console", (m) => {
		if (m.type() === "error") seen.console.push(m.text());
	});
	page.on("dialog", async (d) => {
		seen.dialogs.push(`${d.type()}: ${d.message()}`);
		await d.dismiss();
	});
	await page.route("**/*", async (route) => {
		const url = new URL(route.request().url());
		const asset = url.origin === ORIGIN ? assets.files[url.pathname] : undefined;
		if (!asset) {
			seen.requests.push(route.request().url());
			return route.abort();
		}
		return route.fulfill({ status: 200, contentType: asset[0], body: asset[1] });
	});
	// The clock belongs to the browser context: resume it, in case an earlier scenario paused it.
	if (fixedTime) {
		await page.clock.setFixedTime(new Date(now));
		await page.clock.resume();
	}
	else await page.clock.install({ time: new Date(now) });
	await page.goto(`${ORIGIN}/index.html`);
	const data = { ...assets.pluginData };
	for (const [id, extra] of Object.entries(pluginData)) data[id] = { ...(data[id] ?? {}), ...extra };
	await page.evaluate((o) => window.e2e.boot(o), { files: { ...(files ?? readExampleVault()), ...extraFiles }, pluginData: data, theme, coldCache, mobile });
	if (loadPlugin) await page.evaluate((m) => window.e2e.loadPlugin(m), assets.manifest);
	return { page, seen, manifest: assets.manifest };
}

export async function screenshot(page, name, locator) {
	const path = join(OUTPUT, `${name}.png`);
	await (locator ? page.locator(locator).screenshot({ path }) : page.screenshot({ path }));
	return path;
}
