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
