// The view re-evaluates as time passes: at midnight "today" becomes "overdue".
import { openApp } from "../harness.mjs";
import { expectedGroups } from "../oracle.mjs";
import { assert, assertClean, groupOf, readFollowUps, VIEW } from "./assert.mjs";

const count = (view, group) => view.rows.filter((r) => groupOf(r.group) === group).length;

export const scenarios = [
	{
		name: "at midnight the view moves today's items to overdue by itself",
		async run({ browser, assets }) {
			const before = "2026-11-22T23:58:00";
			const after = "2026-11-23T00:05:00";
			const [expBefore, expAfter] = [await expectedGroups(before), await expectedGroups(after)];
			assert.ok(expBefore.today.length > 0, `the example vault has items due on 2026-11-22 (for this scenario)`);
			// The clock runs while the page boots, so it starts a minute early and pauses at `before`
			// (pauseAt cannot go back in time).
			const { page, seen } = await openApp(browser, assets, { now: "2026-11-22T23:57:00", fixedTime: false });
			await page.clock.pauseAt(new Date(before));
			if (!(await readFollowUps(page))?.rows.length) await page.evaluate(() => window.e2e.executeCommand("open-follow-ups"));
			await page.locator(VIEW).waitFor({ state: "visible", timeout: 3000 });
			const v1 = await readFollowUps(page);
			assert.equal(count(v1, "today"), expBefore.today.length);
			assert.equal(count(v1, "overdue"), expBefore.overdue.length);
			// Seven minutes pass with nobody touching anything.
			await page.clock.runFor(7 * 60 * 1000);
			const v2 = await readFollowUps(page);
			assert.equal(count(v2, "overdue"), expAfter.overdue.length, `overdue after midnight: ${JSON.stringify(v2.rows)}`);
			assert.equal(count(v2, "today"), expAfter.today.length);
			assertClean(seen);
		},
	},
];
