// Startup in a cold vault (first launch, rebuilt cache): the layout is ready
// before the metadata cache has parsed the notes, which arrive afterwards with
// 'changed' events and 'resolved' last. The plugin must end up exactly where a
// warm start does: no false problems, the same rows, one startup notice with
// the right count.
import { openApp } from "../harness.mjs";
import { expectedGroups } from "../oracle.mjs";
import { assert, assertClean, groupOf, readFollowUps, VIEW } from "./assert.mjs";

// A note found by the interviews folder alone (no `type:`): unparsed, it would read as "date is missing".
const FOLDER_ONLY = { "Interviews/2026-11-19 Margie's Travel - Analyst.md": "---\ncompany: Margie's Travel\nrole: Analyst\ndate: 2026-11-19 11:00\ninterviewers: [Kim Abercrombie]\n---\n## Highlights\n" };

async function start(browser, assets, coldCache) {
	const { page, seen, manifest } = await openApp(browser, assets, { coldCache, extraFiles: FOLDER_ONLY, pluginData: { "interview-follow-up": { startupNotice: true } } });
	assert.equal(manifest.id, "interview-follow-up", "the startup notice is switched on for this plugin");
	const notices = await page.evaluate(() => window.e2e.notices());
	if (!(await page.locator(VIEW).count())) assert.equal(await page.evaluate(() => window.e2e.executeCommand("open-follow-ups")), true);
	await page.locator(VIEW).waitFor({ state: "visible", timeout: 3000 });
	const view = await readFollowUps(page);
	const status = await page.locator(".status-bar").innerText();
	assertClean(seen);
	return { page, notices, view, status };
}

export const scenarios = [
	{
		name: "a cold metadata cache ends where a warm one does: same rows, no false problems, one right startup notice",
		async run({ browser, assets }) {
			const expected = await expectedGroups();
			const warm = await start(browser, assets, false);
			const overdue = warm.view.rows.filter((r) => groupOf(r.group) === "overdue").length;
			const extra = warm.view.rows.filter((r) => groupOf(r.group) === "overdue" && r.text.includes("Margie's Travel")).length;
			assert.ok(extra > 0, "the folder-only note has overdue rows");
			assert.equal(overdue, expected.overdue.length + extra, "the warm view's overdue rows are the example vault's and the added note's");
			const cold = await start(browser, assets, true);
			assert.match(warm.notices.join("\n"), new RegExp(`\\b${overdue} overdue follow-ups\\b`), `the warm notice counts ${overdue}: ${JSON.stringify(warm.notices)}`);
			assert.deepEqual(cold.notices, warm.notices, "the cold start's notices");
			assert.equal(cold.notices.filter((n) => /overdue/.test(n)).length, 1, "one startup notice");
			assert.deepEqual(cold.view.rows, warm.view.rows, "the cold start's rows");
			// The example vault has one note that really lacks a date; the added note is not reported with it.
			const problems = (v) => v.text.slice(v.text.search(/notes to fix/i));
			assert.match(problems(cold.view), /^notes to fix \(1\) 2026-11-05 Coho Winery/i, "the one real problem");
			assert.doesNotMatch(problems(cold.view), /Margie/, "no false problem for the note found by folder");
			assert.equal(cold.view.text, warm.view.text, "the whole view");
			assert.equal(cold.status, warm.status, "the status bar");
		},
	},
];
