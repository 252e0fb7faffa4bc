// Commands run from the palette on an open interview note: drafting a thank-you
// and inserting a checklist. Text is only ever added; nothing is overwritten.
import { openApp, readExampleVault, screenshot } from "../harness.mjs";
import { added, assert, assertClean, noteMatching, startThankYouDraft, waitFor } from "./assert.mjs";

/** Runs draft-thank-you for the open note and answers the options modal for Dana Whitfield. */
async function draftThankYou(page) {
	const before = await startThankYouDraft(page);
	const fresh = await waitFor(page, (b) => window.e2e.files().filter((p) => !b.includes(p)), before, "a new draft note");
	return { created: added(before, await page.evaluate(() => window.e2e.files())), fresh };
}

export const scenarios = [
	{
		name: "Draft thank-you names the interviewer formally; a second run makes a second draft",
		async run({ browser, assets }) {
			const files = readExampleVault();
			const note = noteMatching(files, /name:\s*Dana Whitfield/, "Dana Whitfield as an interviewer");
			const { page, seen } = await openApp(browser, assets);
			const noteBefore = await page.evaluate((p) => window.e2e.read(p), note);
			await page.evaluate((p) => window.e2e.openFile(p), note);

			const first = await draftThankYou(page);
			assert.equal(first.created.length, 1, `one draft for one chosen interviewer, got ${first.created.join(", ")}`);
			const [draftPath] = first.created;
			assert.match(draftPath, /^Interviews\/Drafts\//);
			const draft = await page.evaluate((p) => window.e2e.read(p), draftPath);
			assert.match(draft, /Ms\. Whitfield/);
			assert.doesNotMatch(draft, /^(Dear|Hi|Hello) Dana\b/m, "never a bare first name");
			assert.ok(draft.includes(note.replace(/\.md$/, "").split("/").pop()), "the draft links back to the interview note");
			assert.ok((await page.evaluate(() => window.e2e.notices())).some((n) => /draft/i.test(n)), "a notice says where the draft went");
			await screenshot(page, "draft-thank-you");

			await page.evaluate((p) => window.e2e.openFile(p), note);
			const second = await draftThankYou(page);
			assert.equal(second.created.length, 1);
			assert.notEqual(second.created[0], draftPath, "the second draft gets its own file");
			assert.equal(await page.evaluate((p) => window.e2e.read(p), draftPath), draft, "the first draft is untouched");
			assert.equal(await page.evaluate((p) => window.e2e.read(p), note), noteBefore, "the interview note is untouched");
			assertClean(seen);
		},
	},
	{
		name: "Insert debrief checklist splices it in once; the second run says it is already there",
		async run({ browser, assets }) {
			const files = readExampleVault();
			const note = noteMatching(files, /name:\s*Dana Whitfield/, "Dana Whitfield as an interviewer");
			const { page, seen } = await openApp(browser, assets);
			const before = await page.evaluate((p) => window.e2e.read(p), note);
			const lines = before.split("\n");
			const end = { line: lines.length - 1, ch: lines[lines.length - 1].length };
			await page.evaluate(([p, c]) => window.e2e.openFile(p, c), [note, end]);
			await page.evaluate(() => window.e2e.clearNotices());

			assert.equal(await page.evaluate(() => window.e2e.executeCommand("insert-checklist-debrief")), true);
			const after = await waitFor(page, ([p, b]) => window.e2e.read(p).then((t) => (t !== b ? t : null)), [note, before], "the checklist in the note");
			assert.ok(after.startsWith(before.replace(/\n*$/, "")), "everything before the cursor is kept byte for byte");
			const inserted = after.slice(before.replace(/\n*$/, "").length);
			assert.match(inserted, /- \[ \] /, "a GFM task list");

			assert.equal(await page.evaluate(() => window.e2e.executeCommand("insert-checklist-debrief")), true);
			const notices = await page.evaluate(() => window.e2e.notices());
			assert.ok(notices.some((n) => /already/i.test(n)), `a notice says it is already there (got ${JSON.stringify(notices)})`);
			assert.equal(await page.evaluate((p) => window.e2e.read(p), note), after, "no second copy");
			assertClean(seen);
		},
	},
	{
		name: "Note commands are not offered when no interview note is open",
		async run({ browser, assets }) {
			const { page, seen } = await openApp(browser, assets);
			for (const id of ["draft-thank-you", "insert-checklist-debrief", "mark-thank-you-sent"]) {
				assert.equal(await page.evaluate((c) => window.e2e.executeCommand(c), id), false, `${id} without a note`);
			}
			assertClean(seen);
		},
	},
];
