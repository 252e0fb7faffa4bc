// Small assertions shared by the scenarios (node:assert plus what the page records).
import assert from "node:assert/strict";

export { assert };

/** The page saw no uncaught error, no dialog, no console error and made no outside request. */
export function assertClean(seen) {
	assert.deepEqual(seen.errors, [], "uncaught errors in the page");
	assert.deepEqual(seen.dialogs, [], "dialogs opened");
	assert.deepEqual(seen.requests, [], "requests outside the page");
	assert.deepEqual(seen.console, [], "console errors");
}

/** Waits until fn() (run in the page) returns a truthy value; fails with `what` after the timeout. */
export async function waitFor(page, fn, arg, what, timeout = 3000) {
	try {
		const handle = await page.waitForFunction(fn, arg, { timeout, polling: 50 });
		return await handle.jsonValue();
	} catch {
		throw new Error(`Timed out waiting for ${what}`);
	}
}

/** The one seeded note whose text matches `re` (the example vault is the fixture: fail clearly when it changes). */
export function noteMatching(files, re, what) {
	const paths = Object.keys(files).filter((p) => re.test(files[p]) && !/\/Drafts\//.test(p));
	if (paths.length === 0) throw new Error(`examples/vault has no note with ${what}`);
	return paths.sort()[0];
}

/** Files that appeared since `before`. */
export function added(before, after) {
	return after.filter((p) => !before.includes(p));
}

/** The follow-ups view's content element: the visible leaf of the right sidebar. */
export const VIEW = ".workspace-split.mod-right-split .workspace-leaf:not(.is-hidden) .view-content";

/**
 * Reads the follow-ups view without knowing its class names: groups are its
 * headings, a row is the largest element around one "Done" button that holds
 * no other, and belongs to the heading before it.
 */
export async function readFollowUps(page) {
	return page.evaluate((selector) => {
		const root = document.querySelector(selector);
		if (!root) return null;
		// The text as read, from the DOM rather than innerText: rows scrolled out of sight skip
		// rendering (content-visibility), and innerText is empty for them.
		const textOf = (el) => {
			const parts = [];
			const walk = (n) => {
				for (const c of n.childNodes) {
					if (c.nodeType === Node.TEXT_NODE) parts.push(c.data);
					else if (c.nodeType === Node.ELEMENT_NODE) {
						walk(c);
						parts.push(" ");
					}
				}
			};
			walk(el);
			return parts.join("").replace(/\s+/g, " ").trim();
		};
		const isDone = (b) => /^done$/i.test((b.textContent ?? "").trim() || b.getAttribute("aria-label") || "");
		const doneButtons = Array.from(root.querySelectorAll("button, [role=button]")).filter(isDone);
		const headings = Array.from(root.querySelectorAll("h1, h2, h3, h4, h5, h6, [role=heading]"));
		const rows = doneButtons.map((button) => {
			let row = button;
			while (row.parentElement && row.parentElement !== root && doneButtons.filter((b) => row.parentElement.contains(b)).length === 1) row = row.parentElement;
			const heading = headings.filter((h) => h.compareDocumentPosition(row) & Node.DOCUMENT_POSITION_FOLLOWING).pop();
			return { group: (heading?.innerText ?? "").trim(), text: textOf(row) };
		});
		return { headings: headings.map((h) => (h.innerText ?? "").trim()), rows, text: textOf(root) };
	}, VIEW);
}

/** Which of the view's groups a heading names ("Overdue (2)" → "overdue"). */
export function groupOf(heading) {
	const m = /^(overdue|today|upcoming|waiting)/i.exec(heading);
	return m ? m[1].toLowerCase() : null;
}

/** Runs draft-thank-you on the open note and answers its options modal (Dana Whitfield, as an email); the files before it. */
export async function startThankYouDraft(page) {
	const before = await page.evaluate(() => window.e2e.files());
	assert.equal(await page.evaluate(() => window.e2e.executeCommand("draft-thank-you")), true, "draft-thank-you is available on an interview note");
	const modal = page.locator(".modal-container .modal");
	await modal.waitFor({ state: "visible", timeout: 3000 });
	const recipient = modal.locator("select.ifu-field-recipient");
	if (await recipient.count()) await recipient.selectOption("Dana Whitfield");
	await modal.locator("select.ifu-field-format").selectOption("email");
	await modal.locator("button.mod-cta").click();
	return before;
}
