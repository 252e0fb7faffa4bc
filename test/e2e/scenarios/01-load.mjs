// The built main.js loads in the page the way Obsidian loads it, and registers its commands.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openApp, ROOT } from "../harness.mjs";
import { assert, assertClean } from "./assert.mjs";

const CHECKLISTS = ["debrief", "questions-to-ask", "after-interview", "next-round-prep", "thank-you-review"];
const LETTERS = ["thank-you", "withdrawal", "rejection-thanks", "status-check", "request-progress", "reference-heads-up"];
const STEPS = ["debriefed", "thank-you-sent", "status-check-sent", "references-notified", "request-sent", "rejection-thanks-sent", "withdrawal-sent"];
/** The stable command ids (notes/API.md); the e2e tests and users' hotkeys rely on them. */
const COMMAND_IDS = [
	"new-interview",
	...CHECKLISTS.map((k) => `insert-checklist-${k}`),
	...LETTERS.map((k) => `draft-${k}`),
	"review-draft",
	...STEPS.map((s) => `mark-${s}`),
	"set-outcome",
	"open-follow-ups",
	"build-question-bank",
	"export-ics",
	"create-interviews-base",
];

export const scenarios = [
	{
		name: "main.js asks for no module but `obsidian` (it must run on mobile)",
		async run() {
			const source = readFileSync(join(ROOT, "main.js"), "utf8");
			const required = [...source.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);
			assert.deepEqual([...new Set(required)], ["obsidian"]);
			assert.doesNotMatch(source, /\bBuffer\./, "no Buffer in main.js");
			// Obsidian on iOS before 16.4 cannot parse a regex lookbehind: one in main.js stops the plugin loading there.
			assert.doesNotMatch(source, /\(\?<[=!]/, "no regex lookbehind in main.js");
		},
	},
	{
		name: "the plugin loads without errors and registers every command id",
		async run({ browser, assets }) {
			const { page, seen, manifest } = await openApp(browser, assets);
			assert.deepEqual(await page.evaluate(() => window.e2e.errors()), []);
			const ids = await page.evaluate(() => window.e2e.commandIds());
			const missing = COMMAND_IDS.map((id) => `${manifest.id}:${id}`).filter((id) => !ids.includes(id));
			assert.deepEqual(missing, [], "commands missing");
			assert.equal(await page.locator(".workspace-ribbon .side-dock-ribbon-action").count(), 1, "one ribbon icon");
			assert.ok(await page.locator(".status-bar .status-bar-item").count() >= 1, "a status bar item");
			await page.evaluate(() => window.e2e.unloadPlugin());
			assert.deepEqual(await page.evaluate(() => window.e2e.commandIds()), [], "unloading removes the commands");
			assert.equal(await page.locator(".workspace-ribbon .side-dock-ribbon-action").count(), 0, "and the ribbon icon");
			assertClean(seen);
		},
	},
];
