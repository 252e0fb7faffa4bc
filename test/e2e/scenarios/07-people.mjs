// People kept as person notes (DESIGN §1.1) in the built plugin: a panel whose
// interviewers are links drafts "Dear Dr. …" with the person notes' titles and
// emails, and editing a person note's honorific changes the next draft and the
// view's label.
import { openApp } from "../harness.mjs";
import { added, assert, assertClean, readFollowUps, VIEW, waitFor } from "./assert.mjs";

const NOTE = "Interviews/2026-11-21 Tailspin Toys - Product Manager.md";
const FILES = {
	[NOTE]: [
		"---",
		"type: interview",
		"company: Tailspin Toys",
		"role: Product Manager",
		"date: 2026-11-21T15:00",
		"interviewers:",
		'  - "[[Priya Raman]]"',
		'  - "[[People/jb|Jordan]]"',
		"---",
		"## Highlights",
		"- Priya asked how I would cut the returns backlog",
		"",
	].join("\n"),
	"People/Priya Raman.md": "---\nhonorific: Dr.\ntitle: VP of Product\nemail: priya.raman@tailspin.example\n---\n# Priya Raman\n",
	"People/jb.md": "---\nname: Jordan Blake\nhonorific: Mx.\ntitle: Design Lead\nemail: jordan.blake@tailspin.example\n---\n",
};

/** Drafts a thank-you for everyone in `format`; returns the new drafts' texts, sorted. */
async function draftAll(page, format) {
	const before = await page.evaluate(() => window.e2e.files());
	await page.evaluate((p) => window.e2e.openFile(p), NOTE);
	assert.equal(await page.evaluate(() => window.e2e.executeCommand("draft-thank-you")), true);
	const modal = page.locator(".modal-container .modal");
	await modal.waitFor({ state: "visible", timeout: 3000 });
	await modal.locator("select.ifu-field-format").selectOption(format);
	await modal.locator("button.mod-cta").click();
	await waitFor(page, (b) => window.e2e.files().filter((p) => !b.includes(p)).length >= 2 || null, before, "two new drafts");
	const created = added(before, await page.evaluate(() => window.e2e.files())).sort();
	return Promise.all(created.map((p) => page.evaluate((q) => window.e2e.read(q), p)));
}

const dears = (texts) => texts.flatMap((t) => t.split("\n").filter((l) => /^Dear /.test(l))).sort();

export const scenarios = [
	{
		name: "a panel of links to person notes drafts 'Dear Dr. …' with titles and emails; a person note's new honorific reaches the next draft and the view",
		async run({ browser, assets }) {
			const { page, seen } = await openApp(browser, assets, { files: FILES });

			const emails = await draftAll(page, "email");
			assert.deepEqual(dears(emails), ["Dear Dr. Raman,", "Dear Mx. Blake,"]);
			const all = emails.join("\n");
			assert.match(all, /^To: Priya Raman <priya\.raman@tailspin\.example>$/m, "the person note.s email is the To: line");
			assert.match(all, /^To: Jordan Blake <jordan\.blake@tailspin\.example>$/m);
			assert.doesNotMatch(all, /\[\[(Priya|People)|Dear (Priya|Jordan)\b/, "never the link, its alias or a bare first name");

			const letters = await draftAll(page, "letter");
			assert.deepEqual(dears(letters), ["Dear Dr. Raman:", "Dear Mx. Blake:"]);
			assert.match(letters.join("\n"), /\nDr\. Priya Raman\nVP of Product\nTailspin Toys\n/, "the recipient block has the person note's title");
			assert.match(letters.join("\n"), /\nMx\. Jordan Blake\nDesign Lead\nTailspin Toys\n/);

			if (!(await page.locator(VIEW).count())) assert.equal(await page.evaluate(() => window.e2e.executeCommand("open-follow-ups")), true);
			await page.locator(VIEW).waitFor({ state: "visible", timeout: 3000 });
			const before = await readFollowUps(page);
			assert.match(before.text, /Dr\. Raman/, `the view names Dr. Raman (got ${before.text})`);

			const person = await page.evaluate(() => window.e2e.read("People/Priya Raman.md"));
			await page.evaluate((t) => window.e2e.modify("People/Priya Raman.md", t), person.replace("honorific: Dr.", "honorific: Prof."));
			const after = await waitFor(page, (sel) => {
				const text = document.querySelector(sel)?.textContent ?? "";
				return text.includes("Prof. Raman") ? text : null;
			}, VIEW, "the view's label with the new honorific");
			assert.doesNotMatch(after, /Dr\. Raman/);

			const again = await draftAll(page, "email");
			assert.deepEqual(dears(again), ["Dear Mx. Blake,", "Dear Prof. Raman,"]);
			assertClean(seen);
		},
	},
];
