// The follow-ups view in the right sidebar: what it shows for the fixed now,
// Done, live updates on rename and delete, and screenshots in both themes.
import { parse } from "yaml";
import { openApp, screenshot } from "../harness.mjs";
import { expectedGroups } from "../oracle.mjs";
import { assert, assertClean, groupOf, readFollowUps, VIEW, waitFor } from "./assert.mjs";

const SHOWN = ["overdue", "today", "upcoming", "waiting"];

/** Opens the view (the plugin may already have) and waits for its rows. */
async function openView(page) {
	if (!(await page.locator(VIEW).count()) || !(await readFollowUps(page))?.rows.length) {
		assert.equal(await page.evaluate(() => window.e2e.executeCommand("open-follow-ups")), true);
	}
	await page.locator(VIEW).waitFor({ state: "visible", timeout: 3000 });
	return readFollowUps(page);
}

/** Rows of the view, by group name. */
function byGroup(view) {
	const out = Object.fromEntries(SHOWN.map((g) => [g, []]));
	for (const r of view.rows) {
		const g = groupOf(r.group);
		assert.ok(g, `row "${r.text}" is under a group heading (got "${r.group}")`);
		out[g].push(r.text);
	}
	return out;
}

function splitNote(text) {
	const m = /^---\n([\s\S]*?\n)---\n/.exec(text);
	assert.ok(m, "the note keeps its frontmatter block");
	return { data: parse(m[1], { schema: "core" }) ?? {}, body: text.slice(m[0].length) };
}

export const scenarios = [
	{
		name: "the view shows the right groups and rows at 2026-11-22 09:00",
		async run({ browser, assets }) {
			const expected = await expectedGroups();
			const total = SHOWN.reduce((n, g) => n + expected[g].length, 0);
			assert.ok(expected.overdue.length > 0 && total >= 3, "the example vault has overdue items and more at this now");
			const { page, seen } = await openApp(browser, assets);
			const view = await openView(page);
			const shown = byGroup(view);
			for (const g of SHOWN) {
				assert.equal(shown[g].length, expected[g].length, `${g}: ${JSON.stringify(shown[g])} vs ${JSON.stringify(expected[g].map((i) => i.label))}`);
				expected[g].forEach((item, i) => {
					const row = shown[g][i];
					assert.ok(row.includes(item.company), `${g} row ${i + 1} "${row}" names ${item.company}`);
					// Each person is named once: by the task's own words ("Dr. Raman") or in a "With …" line.
					for (const name of item.interviewers) assert.ok(row.includes(name.split(" ").at(-1)), `${g} row ${i + 1} names ${name}`);
					for (const name of item.interviewers) assert.ok(!(item.label.includes(name.split(" ").at(-1)) && row.includes(`With ${name}`)), `${g} row ${i + 1} does not repeat ${name}`);
				});
				if (expected[g].length) assert.ok(view.headings.some((h) => groupOf(h) === g), `a ${g} heading`);
			}
			for (const item of expected.later) assert.ok(!view.rows.some((r) => r.text.includes(item.label)), "items beyond the upcoming window are not shown");
			const unreachable = await page.evaluate((sel) => {
				const root = document.querySelector(sel);
				return Array.from(root.querySelectorAll("*"))
					.filter((el) => el.onclick || el.getAttribute("role") === "button" || el.tagName === "BUTTON" || el.tagName === "A")
					.filter((el) => el.tabIndex < 0 || el.disabled)
					.map((el) => `${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim()}"`);
			}, VIEW);
			assert.deepEqual(unreachable, [], "every control in the view is reachable with the keyboard");
			const status = await page.locator(".status-bar").innerText();
			assert.match(status, new RegExp(`\\b${expected.overdue.length}\\b`), `the status bar counts ${expected.overdue.length} overdue`);
			assertClean(seen);
		},
	},
	{
		name: "Done records today's date in the note; other keys and the body stay as they were",
		async run({ browser, assets }) {
			const expected = await expectedGroups();
			const { page, seen } = await openApp(browser, assets);
			await openView(page);
			const shownOrder = SHOWN.flatMap((g) => expected[g]);
			const index = shownOrder.findIndex((i) => ["thank-you", "debrief", "references"].includes(i.kind));
			assert.ok(index >= 0, "an item Done can record with one date");
			const item = shownOrder[index];
			const before = await page.evaluate((p) => window.e2e.read(p), item.note);
			const group = SHOWN.find((g) => expected[g].includes(item));
			const rowsBefore = byGroup(await readFollowUps(page))[group].filter((t) => t.includes(item.company)).length;

			const doneButtons = page.locator(VIEW).getByRole("button", { name: /^done$/i });
			await doneButtons.nth(index).click();
			const after = await waitFor(page, ([p, b]) => window.e2e.read(p).then((t) => (t !== b ? t : null)), [item.note, before], `${item.note} to change`);
			const a = splitNote(after);
			const b = splitNote(before);
			assert.equal(a.body, b.body, "the body is untouched byte for byte");
			const changed = Object.keys(a.data).filter((k) => JSON.stringify(a.data[k]) !== JSON.stringify(b.data[k]));
			assert.equal(changed.length, 1, `exactly one key written, got ${changed.join(", ")}`);
			assert.match(JSON.stringify(a.data[changed[0]]), /2026-11-22/, "today's date is recorded");
			for (const k of Object.keys(b.data)) if (k !== changed[0]) assert.deepEqual(a.data[k], b.data[k], `${k} unchanged`);

			// The row leaves its group (it may reappear elsewhere as the next step, e.g. a status check).
			const ofCompany = (v) => byGroup(v)[group].filter((t) => t.includes(item.company)).length;
			const start = Date.now();
			while (ofCompany(await readFollowUps(page)) !== rowsBefore - 1 && Date.now() - start < 3000) await page.waitForTimeout(50);
			assert.equal(ofCompany(await readFollowUps(page)), rowsBefore - 1, `the ${item.kind} row of ${item.company} left ${group}`);
			assertClean(seen);
		},
	},
	{
		name: "renaming and deleting a note updates the view",
		async run({ browser, assets }) {
			const expected = await expectedGroups();
			const { page, seen } = await openApp(browser, assets);
			const view = await openView(page);
			const item = expected.overdue[0];
			const rowsOfNote = SHOWN.flatMap((g) => expected[g]).filter((i) => i.note === item.note).length;
			const target = item.note.replace(/([^/]+)\.md$/, "Renamed $1.md");
			await page.evaluate(([from, to]) => window.e2e.rename(from, to), [item.note, target]);
			await page.waitForTimeout(300); // a debounced re-render may follow the rename
			const renamed = await readFollowUps(page);
			assert.equal(renamed.rows.length, view.rows.length, "a rename keeps the rows");
			assert.equal(renamed.rows.filter((r) => r.text.includes(item.company)).length, view.rows.filter((r) => r.text.includes(item.company)).length);
			// Open goes to the renamed note.
			const openButtons = page.locator(VIEW).getByRole("button", { name: /^open$/i });
			const firstRowOfNote = renamed.rows.findIndex((r) => r.text.includes(item.company));
			await openButtons.nth(firstRowOfNote).click();
			await waitFor(page, (t) => window.e2e.activeFile() === t, target, `${target} to open`);

			await page.evaluate((p) => window.e2e.remove(p), target);
			const gone = await waitFor(page, (n) => {
				const root = document.querySelector(".workspace-split.mod-right-split .workspace-leaf:not(.is-hidden) .view-content");
				const count = Array.from(root?.querySelectorAll("button") ?? []).filter((x) => /^done$/i.test(x.textContent.trim() || x.getAttribute("aria-label") || "")).length;
				return count === n ? count : null;
			}, view.rows.length - rowsOfNote, "the deleted note's rows to go");
			assert.equal(gone, view.rows.length - rowsOfNote);
			assertClean(seen);
		},
	},
	{
		name: "note text is shown as text: a company named <img onerror> runs nothing",
		async run({ browser, assets }) {
			const company = "<img src=x onerror=alert(1)>";
			const evil = `---\ntype: interview\ncompany: "${company}"\nrole: "<script>window.__pwned = 1</script>"\ndate: 2026-11-20 10:00\ninterviewers:\n  - name: "<b>Bold</b> Person"\n---\n# Evil\n`;
			const { page, seen } = await openApp(browser, assets, { extraFiles: { "Interviews/Evil.md": evil } });
			const view = await openView(page);
			assert.ok(view.text.includes(company), "the company is shown literally");
			assert.ok(view.text.includes("<b>Bold</b> Person"), "the interviewer is shown literally");
			const injected = await page.evaluate((sel) => {
				const root = document.querySelector(sel);
				return { img: root.querySelectorAll("img").length, script: root.querySelectorAll("script").length, b: root.querySelectorAll("b").length, pwned: window.__pwned ?? null };
			}, VIEW);
			assert.deepEqual(injected, { img: 0, script: 0, b: 0, pwned: null });
			assertClean(seen);
		},
	},
	{
		name: "screenshots of the view in light and dark themes",
		async run({ browser, assets }) {
			for (const theme of ["light", "dark"]) {
				const { page, seen } = await openApp(browser, assets, { theme });
				await openView(page);
				const colours = await page.evaluate(() => {
					const s = getComputedStyle(document.querySelector(".workspace-split.mod-right-split"));
					return { bg: s.backgroundColor, fg: getComputedStyle(document.body).color };
				});
				assert.deepEqual(colours, theme === "light" ? { bg: "rgb(246, 246, 246)", fg: "rgb(34, 34, 34)" } : { bg: "rgb(38, 38, 38)", fg: "rgb(218, 218, 218)" });
				await screenshot(page, `follow-ups-${theme}`);
				await screenshot(page, `follow-ups-${theme}-sidebar`, ".workspace-split.mod-right-split");
				assertClean(seen);
				await page.close();
			}
		},
	},
];
