// Obsidian mobile at a phone's size (390×844, Platform.isMobile): no status bar,
// the view in the right drawer, Call as a tel: link, a command and its modal that
// fit the screen; screenshots in light and dark.
import { openApp, screenshot } from "../harness.mjs";
import { assert, assertClean, VIEW, waitFor } from "./assert.mjs";

/** An interview whose contact would rather be phoned: its status check is a call, due yesterday. */
const PHONE_NOTE = `---
type: interview
company: Wingtip Toys
role: Buyer
date: 2026-11-12 11:00
interviewers:
  - name: Inês Costa
    honorific: Ms.
    phone: "+351 21 000 4321"
    prefers: phone
decision_by: 2026-11-20
debriefed: 2026-11-12
thank_you_sent: 2026-11-12
references_notified: 2026-11-12
---
# Wingtip Toys
`;

/** Elements of the view wider than the screen (nothing may scroll sideways). */
const overflowing = (sel) =>
	Array.from(document.querySelector(sel).querySelectorAll("*"))
		.filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
		.map((el) => `${el.tagName.toLowerCase()}.${el.className}`);

export const scenarios = [
	{
		name: "mobile: no status bar; the view opens in the drawer and fits 390 px; Call is a tel: link with the number",
		async run({ browser, assets }) {
			for (const theme of ["light", "dark"]) {
				const { page, seen } = await openApp(browser, assets, { mobile: true, theme, extraFiles: { "Interviews/Wingtip.md": PHONE_NOTE } });
				assert.equal(await page.evaluate(() => window.app.statusBarEl.textContent), "", "the plugin adds no status bar item on mobile");
				assert.equal(await page.evaluate(() => window.e2e.executeCommand("open-follow-ups")), true);
				await page.locator(VIEW).waitFor({ state: "visible", timeout: 3000 });
				const box = await page.locator(VIEW).boundingBox();
				assert.ok(box && box.x === 0 && box.width === 390, `the drawer covers the screen (${JSON.stringify(box)})`);
				assert.deepEqual(await page.evaluate(overflowing, VIEW), [], "nothing is wider than the screen");
				const row = page.locator(`${VIEW} li[data-item-id="Interviews/Wingtip.md#status-check"]`);
				await row.waitFor({ state: "visible", timeout: 3000 });
				assert.match(await row.innerText(), /Call Ms\. Costa about the decision/);
				assert.match(await row.innerText(), /Inês Costa: \+351 21 000 4321/);
				const call = row.locator("a.ifu-call");
				assert.deepEqual([await call.innerText(), await call.getAttribute("href")], ["Call", "tel:+351210004321"]);
				await row.scrollIntoViewIfNeeded();
				await screenshot(page, `mobile-${theme}`);
				assertClean(seen);
				await page.close();
			}
		},
	},
	{
		name: "mobile: New interview note and its modal fit the screen; the grouping toggle and Snooze work by touch size",
		async run({ browser, assets }) {
			const { page, seen } = await openApp(browser, assets, { mobile: true });
			assert.equal(await page.evaluate(() => window.e2e.executeCommand("new-interview")), true);
			const modal = page.locator(".modal-container .modal");
			await modal.waitFor({ state: "visible", timeout: 3000 });
			const m = await modal.boundingBox();
			assert.ok(m && m.x >= 0 && m.x + m.width <= 390, `the modal fits the screen (${JSON.stringify(m)})`);
			await screenshot(page, "mobile-new-interview");
			await page.evaluate(() => window.e2e.closeModals());
			assert.equal(await page.evaluate(() => window.e2e.executeCommand("open-follow-ups")), true);
			await page.locator(VIEW).waitFor({ state: "visible", timeout: 3000 });
			await page.locator(VIEW).getByRole("button", { name: "By interview" }).click();
			await waitFor(page, () => window.e2e.pluginData()?.viewGrouping === "interview", null, "viewGrouping saved");
			await page.locator(`${VIEW} li[data-item-id]`).first().getByRole("button", { name: "Snooze" }).click();
			assert.equal(await page.locator(".menu .menu-item").count(), 3);
			await screenshot(page, "mobile-by-interview-snooze");
			assertClean(seen);
		},
	},
];
