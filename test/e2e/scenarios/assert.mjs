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
		const isDone = (b) => /^done$/i.test((b.textContent ?? "").trim() || b.getAttribute("aria-label") || "");
		// The DOM's words, space-separated: innerText is empty for rows that
		// content-visibility has not laid out yet (below the fold), though they are there.
		const words = (el) => {
			const out = [];
			const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
			for (let n = walk.nextNode(); n; n = walk.nextNode()) out.push(n.textContent);
			return out.join(" ").replace(/\s+/g, " ").trim();
		};
		const doneButtons = Array.from(root.querySelectorAll("button, [role=button]")).filter(isDone);
		const headings = Array.from(root.querySelectorAll("h1, h2, h3, h4, h5, h6, [role=heading]"));
		const rows = doneButtons.map((button) => {
			let row = button;
			while (row.parentElement && row.parentElement !== root && doneButtons.filter((b) => row.parentElement.contains(b)).length === 1) row = row.parentElement;
			const heading = headings.filter((h) => h.compareDocumentPosition(row) & Node.DOCUMENT_POSITION_FOLLOWING).pop();
			return { group: heading ? words(heading) : "", text: words(row) };
		});
		return { headings: headings.map(words), rows, text: words(root) };
	}, VIEW);
}

/** Which of the view's groups a heading names ("Overdue (2)" → "overdue"). */
export function groupOf(heading) {
	const m = /^(overdue|today|upcoming|waiting)/i.exec(heading);
	return m ? m[1].toLowerCase() : null;
}
