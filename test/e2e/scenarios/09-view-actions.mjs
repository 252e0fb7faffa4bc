// The follow-ups view's own controls in the built plugin: the grouping toggle,
// Snooze, Show more, the Stale group and its close-out; then Create interviews
// base (twice) and New interview note from a template note.
import { parse } from "yaml";
import { openApp, screenshot } from "../harness.mjs";
import { assert, assertClean, readFollowUps, VIEW, waitFor } from "./assert.mjs";

const SIDEBAR = ".workspace-split.mod-right-split";

async function openView(page) {
	assert.equal(await page.evaluate(() => window.e2e.executeCommand("open-follow-ups")), true);
	await page.locator(VIEW).waitFor({ state: "visible", timeout: 3000 });
	await waitFor(page, (sel) => document.querySelector(sel)?.querySelector("button"), VIEW, "the view's controls");
}

const frontmatter = (text) => parse(/^---\n([\s\S]*?\n)---\n/.exec(text)?.[1] ?? "", { schema: "core" }) ?? {};

/** An interview long past whose thank-you is months overdue. */
const old = (company, day) => `---\ntype: interview\ncompany: ${company}\nrole: Clerk\ndate: 2026-${day}\ndebriefed: 2026-${day}\nreferences_notified: 2026-${day}\n---\n# ${company}\n`;

export const scenarios = [
	{
		name: "the toggle groups the rows by interview and back; the choice is saved",
		async run({ browser, assets }) {
			const { page, seen } = await openApp(browser, assets);
			await openView(page);
			await page.locator(VIEW).getByRole("button", { name: "By interview" }).click();
			await waitFor(page, () => window.e2e.pluginData()?.viewGrouping === "interview", null, "viewGrouping saved");
			await waitFor(page, (sel) => /·/.test(document.querySelector(sel)?.querySelector("h3")?.textContent ?? ""), VIEW, "interview headings");
			const view = await readFollowUps(page);
			assert.ok(view.headings.every((h) => /·|^Stale|^Notes to fix/i.test(h)), `headings name interviews: ${view.headings.join(" | ")}`);
			assert.equal(await page.locator(`${VIEW} [aria-pressed="true"]`).innerText(), "By interview");
			await screenshot(page, "view-by-interview", SIDEBAR);
			await page.locator(VIEW).getByRole("button", { name: "By time" }).click();
			await waitFor(page, () => window.e2e.pluginData()?.viewGrouping === "time", null, "viewGrouping saved back");
			await waitFor(page, (sel) => /^overdue/i.test(document.querySelector(sel)?.querySelector("h3")?.textContent ?? ""), VIEW, "time headings");
			assertClean(seen);
		},
	},
	{
		name: "Snooze: a menu of tomorrow, 3 days and a week; Tomorrow writes snoozed_until and the note's rows leave",
		async run({ browser, assets }) {
			const { page, seen } = await openApp(browser, assets);
			await openView(page);
			const row = page.locator(`${VIEW} li[data-item-id]`).first();
			const note = (await row.getAttribute("data-item-id")).split("#")[0];
			const before = await page.evaluate((p) => window.e2e.read(p), note);
			await row.getByRole("button", { name: "Snooze" }).click();
			const items = await page.locator(".menu .menu-item").allInnerTexts();
			assert.deepEqual(items, ["Tomorrow (Mon 23 Nov)", "In 3 days (Wed 25 Nov)", "In a week (Sun 29 Nov)"]);
			await screenshot(page, "snooze-menu");
			await page.locator(".menu .menu-item").first().click();
			const after = await waitFor(page, ([p, b]) => window.e2e.read(p).then((t) => (t !== b ? t : null)), [note, before], "snoozed_until written");
			const a = frontmatter(after);
			const b = frontmatter(before);
			assert.deepEqual(a, { ...b, snoozed_until: "2026-11-23" }, "only snoozed_until is added");
			await waitFor(page, ([sel, p]) => !document.querySelector(sel).querySelector(`li[data-item-id^="${CSS.escape(p)}#"]`), [VIEW, note], "the note's rows to leave");
			assertClean(seen);
		},
	},
	{
		name: "a group shows 50 rows, then Show N more renders the next ones",
		async run({ browser, assets }) {
			const extraFiles = {};
			for (let i = 0; i < 70; i++) extraFiles[`Interviews/Bulk/N${String(i).padStart(2, "0")}.md`] = old(`Bulk ${i}`, "11-20");
			const { page, seen } = await openApp(browser, assets, { extraFiles });
			await openView(page);
			const overdue = () => page.locator(`${VIEW} li.ifu-row-overdue`).count();
			assert.equal(await overdue(), 50);
			const more = page.locator(VIEW).getByRole("button", { name: /^Show \d+ more/ }).first();
			assert.equal(await more.innerText(), "Show 50 more");
			await page.evaluate((sel) => document.querySelector(sel).querySelector("button.ifu-more").scrollIntoView({ block: "center" }), VIEW);
			await screenshot(page, "show-more", SIDEBAR);
			await more.click();
			await waitFor(page, (sel) => document.querySelector(sel).querySelectorAll("li.ifu-row-overdue").length === 100, VIEW, "the next 50 rows");
			assertClean(seen);
		},
	},
	{
		name: "the Stale group starts collapsed; Close these out lists the notes and sets outcome: no-response on each",
		async run({ browser, assets }) {
			const extraFiles = { "Interviews/Old/Umbra.md": old("Umbra Ltd", "08-03"), "Interviews/Old/Vesper.md": old("Vesper plc", "09-14") };
			const { page, seen } = await openApp(browser, assets, { extraFiles });
			await openView(page);
			const toggle = page.locator(VIEW).locator("button[aria-expanded]");
			assert.equal(await toggle.getAttribute("aria-expanded"), "false");
			assert.equal(await page.locator(`${VIEW} li[data-item-id^="Interviews/Old/"]`).count(), 0, "stale rows are hidden at first");
			await toggle.click();
			const notes = await waitFor(page, (sel) => {
				const ids = Array.from(document.querySelector(sel).querySelectorAll('li[data-item-id^="Interviews/Old/"]'), (li) => li.dataset.itemId.split("#")[0]);
				return ids.length ? [...new Set(ids)] : null;
			}, VIEW, "stale rows shown");
			assert.deepEqual(notes, ["Interviews/Old/Umbra.md", "Interviews/Old/Vesper.md"]);
			await page.evaluate((sel) => document.querySelector(sel).querySelector("button[aria-expanded]").scrollIntoView({ block: "start" }), VIEW);
			await screenshot(page, "stale-group", SIDEBAR);
			const before = await page.evaluate(() => Promise.all(["Interviews/Old/Umbra.md", "Interviews/Old/Vesper.md"].map((p) => window.e2e.read(p))));
			await page.locator(VIEW).getByRole("button", { name: "Close these out" }).click();
			const modal = page.locator(".modal-container .modal");
			await modal.waitFor({ state: "visible", timeout: 3000 });
			assert.equal(await modal.locator(".modal-title").innerText(), "Close out 2 interviews?");
			assert.deepEqual(await modal.locator("li").allInnerTexts(), ["Umbra", "Vesper"]);
			await screenshot(page, "stale-close-out");
			await modal.getByRole("button", { name: "Close them out" }).click();
			const after = await waitFor(page, (b) => Promise.all(["Interviews/Old/Umbra.md", "Interviews/Old/Vesper.md"].map((p) => window.e2e.read(p))).then((t) => (t[0] !== b[0] && t[1] !== b[1] ? t : null)), before, "both notes closed out");
			for (const [i, text] of after.entries()) assert.deepEqual(frontmatter(text), { ...frontmatter(before[i]), outcome: "no-response" }, "only outcome is written");
			await waitFor(page, (sel) => !document.querySelector(sel).querySelector('li[data-item-id^="Interviews/Old/"]'), VIEW, "the closed notes to leave");
			assertClean(seen);
		},
	},
	{
		name: "Create interviews base writes Interviews/Interviews.base; a second run says it exists and keeps it",
		async run({ browser, assets }) {
			const { page, seen } = await openApp(browser, assets);
			assert.equal(await page.evaluate(() => window.e2e.executeCommand("create-interviews-base")), true);
			const text = await waitFor(page, () => (window.e2e.exists("Interviews/Interviews.base") ? window.e2e.read("Interviews/Interviews.base") : null), null, "the base file");
			const base = parse(text);
			assert.deepEqual(base.views.map((v) => v.name), ["All interviews", "Awaiting a decision", "This week"]);
			assert.deepEqual(base.views[0].order, ["file.name", "company", "role", "date", "outcome", "decision_by"]);
			await page.evaluate(() => window.e2e.modify("Interviews/Interviews.base", "views: []\n"));
			await page.evaluate(() => window.e2e.clearNotices());
			assert.equal(await page.evaluate(() => window.e2e.executeCommand("create-interviews-base")), true);
			await waitFor(page, () => window.e2e.notices().some((n) => /already exists/.test(n)), null, "a notice that it exists");
			assert.equal(await page.evaluate(() => window.e2e.read("Interviews/Interviews.base")), "views: []\n", "the user's file is kept");
			assertClean(seen);
		},
	},
	{
		name: "New interview note starts from the template note the setting names",
		async run({ browser, assets }) {
			const template = "---\ntags: [interview, job-hunt]\nsource: \"{{company}}\"\n---\n# {{title}}\n\nMet {{interviewers}} on {{date}} at {{time}} about {{role}}. <% tp.file.title %>\n";
			const { page, seen } = await openApp(browser, assets, { extraFiles: { "Templates/Interview.md": template }, pluginData: { "interview-follow-up": { newNoteTemplate: "Templates/Interview.md" } } });
			const before = await page.evaluate(() => window.e2e.files());
			assert.equal(await page.evaluate(() => window.e2e.executeCommand("new-interview")), true);
			const modal = page.locator(".modal-container .modal");
			await modal.waitFor({ state: "visible", timeout: 3000 });
			await modal.locator(".ifu-field-company").fill("Blue Yonder Airlines");
			await modal.locator(".ifu-field-role").fill("Crew Planner");
			await modal.locator(".ifu-field-date").fill("2026-11-25 10:00");
			await modal.locator(".ifu-field-interviewers").fill("Ms. Lena Ito");
			await modal.getByRole("button", { name: "Create note" }).click();
			const [path] = await waitFor(page, (b) => { const n = window.e2e.files().filter((p) => !b.includes(p)); return n.length ? n : null; }, before, "the new note");
			assert.equal(path, "Interviews/2026-11-25 Blue Yonder Airlines - Crew Planner.md");
			const text = await page.evaluate((p) => window.e2e.read(p), path);
			assert.equal(
				text,
				"---\ntype: interview\ncompany: Blue Yonder Airlines\nrole: Crew Planner\ndate: 2026-11-25T10:00\ninterviewers:\n  - name: Lena Ito\n    honorific: Ms.\ntags: [interview, job-hunt]\nsource: Blue Yonder Airlines\n---\n# 2026-11-25 Blue Yonder Airlines - Crew Planner\n\nMet Ms. Lena Ito on 2026-11-22 at 09:00 about Crew Planner. <% tp.file.title %>\n",
			);
			assertClean(seen);
		},
	},
];
