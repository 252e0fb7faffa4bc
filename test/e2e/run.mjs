// `npm run test:e2e`: the built plugin in a real Chromium against the Obsidian
// stand-in. Runs every scenario in test/e2e/scenarios/ on a fresh page and ends
// with one "N passed, N failed" line. Filter with: node test/e2e/run.mjs <word>.
import { mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { launchBrowser, loadAssets, OUTPUT, ROOT } from "./harness.mjs";

const filter = process.argv[2];
mkdirSync(OUTPUT, { recursive: true });
const dir = join(ROOT, "test/e2e/scenarios");
const scenarios = [];
for (const name of readdirSync(dir).filter((n) => n.endsWith(".mjs") && n !== "assert.mjs").sort()) {
	const mod = await import(pathToFileURL(join(dir, name)).href);
	for (const s of mod.scenarios) scenarios.push({ file: name, ...s });
}

const assets = await loadAssets();
const browser = await launchBrowser();
let passed = 0;
const failures = [];
try {
	for (const s of scenarios) {
		const title = `${s.file.replace(/\.mjs$/, "")} › ${s.name}`;
		if (filter && !title.includes(filter)) continue;
		const started = Date.now();
		try {
			await s.run({ browser, assets });
			passed++;
			console.log(`  ✓ ${title} (${Date.now() - started} ms)`);
		} catch (e) {
			failures.push(title);
			console.log(`  ✗ ${title}\n${String(e?.stack ?? e).replace(/^/gm, "      ")}`);
		} finally {
			for (const page of browser.context.pages()) await page.close();
		}
	}
} finally {
	await browser.close();
}
if (failures.length) console.error(`\nEnd-to-end failures:\n${failures.map((f) => `  ${f}`).join("\n")}`);
console.log(`\nScreenshots in ${OUTPUT}`);
console.log(`${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : passed ? 0 : 1);
