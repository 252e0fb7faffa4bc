// The built main.js loads in the page the way Obsidian loads it.
import { openApp } from "../harness.mjs";
import { assert, assertClean } from "./assert.mjs";

export const scenarios = [
	{
		name: "main.js loads with only `obsidian` to require, without errors",
		async run({ browser, assets }) {
			const { page, seen } = await openApp(browser, assets);
			const loaded = await page.evaluate(() => typeof window.app === "object" && window.e2e.errors());
			assert.deepEqual(loaded, []);
			assertClean(seen);
		},
	},
];
