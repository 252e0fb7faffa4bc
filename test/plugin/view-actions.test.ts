// @vitest-environment jsdom
/** The view's grouping toggle, Snooze, Call, Show more and the Stale group's close-out. */
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { fileAt, noticeMessages, openModals, Platform, settle } from "../mocks/obsidian";
import { interview, openView, rendered, VAULT } from "./view-fixture";

const NOW = new Date(2026, 10, 22, 9, 0);

/** A note's frontmatter as data and its body as text. */
function split(text: string): { data: Record<string, unknown>; body: string } {
	const end = text.indexOf("\n---\n", 4);
	return { data: parse(text.slice(4, end + 1)) as Record<string, unknown>, body: text.slice(end + 5) };
}

/** `after` is `before` with only `key` set to `value`: every other key and the body unchanged. */
function expectOnly(before: string, after: string, key: string, value: unknown): void {
	const a = split(after);
	const b = split(before);
	expect(a.body).toBe(b.body);
	expect(a.data).toEqual({ ...b.data, [key]: value });
}

const click = (root: ParentNode, text: string, within = "button"): void => {
	const b = Array.from(root.querySelectorAll<HTMLElement>(within)).find((x) => x.textContent === text);
	if (!b) throw new Error(`no ${within} "${text}"`);
	b.click();
};

afterEach(() => {
	Platform.isMobile = false;
	for (const m of openModals()) m.close();
	for (const m of Array.from(document.querySelectorAll(".menu"))) m.remove();
});

describe("follow-ups view actions", () => {
	it("the toggle groups by interview and back, and the choice is saved in the settings", async () => {
		const v = await openView(VAULT, NOW);
		click(v.el, "By interview");
		await settle(v.app);
		await rendered();
		expect(v.settings.viewGrouping).toBe("interview");
		expect(v.headings().slice(0, 2)).toEqual(["Northwind Traders · Analyst 3", "Contoso · Analyst 2"]);
		expect(v.el.querySelector('[aria-pressed="true"]')?.textContent).toBe("By interview");
		click(v.el, "By time");
		await settle(v.app);
		await rendered();
		expect(v.settings.viewGrouping).toBe("time");
		expect(v.headings()[0]).toMatch(/^Overdue/);
	});

	it("Snooze offers tomorrow, 3 days and a week; choosing one writes snoozed_until and the note's rows leave", async () => {
		const v = await openView(VAULT, NOW);
		const row = v.el.querySelector<HTMLElement>('li[data-item-id^="Interviews/Northwind.md"]');
		if (!row) throw new Error("no Northwind row");
		click(row, "Snooze");
		const items = Array.from(document.querySelectorAll(".menu .menu-item"), (i) => i.textContent);
		expect(items).toEqual(["Tomorrow (Mon 23 Nov)", "In 3 days (Wed 25 Nov)", "In a week (Sun 29 Nov)"]);
		const before = await v.app.vault.read(fileAt(v.app, "Interviews/Northwind.md"));
		click(document, "In 3 days (Wed 25 Nov)", ".menu .menu-item");
		await settle(v.app);
		await rendered();
		const after = await v.app.vault.read(fileAt(v.app, "Interviews/Northwind.md"));
		expectOnly(before, after, "snoozed_until", "2026-11-25");
		expect(v.el.querySelectorAll('li[data-item-id^="Interviews/Northwind.md"]')).toHaveLength(0);
		expect(noticeMessages().at(-1)).toBe("Snoozed Northwind until Wed 25 Nov: its follow-ups come back then.");
	});

	const caller = interview("Coho Winery", "2026-11-10", "debriefed: 2026-11-10\nthank_you_sent: 2026-11-10\nreferences_notified: 2026-11-10\n")
		.replace("    email: dana@example.com\n", "    phone: +44 113 496 0000\n    prefers: phone\n");

	it("Call shows the number; on desktop a button, on mobile a tel: link", async () => {
		const v = await openView({ "Interviews/Coho.md": caller }, NOW);
		const row = v.el.querySelector<HTMLElement>('li[data-item-id="Interviews/Coho.md#status-check"]');
		expect(row?.querySelector(".ifu-task")?.textContent).toBe("Call Ms. Whitfield about the decision");
		expect(row?.querySelector(".ifu-phone")?.textContent).toBe("Dana Whitfield: +44 113 496 0000");
		click(row as HTMLElement, "Call");
		expect(noticeMessages().at(-1)).toBe("Call Dana Whitfield on +44 113 496 0000.");
		Platform.isMobile = true;
		v.view.refresh(true);
		const link = v.el.querySelector<HTMLAnchorElement>('li[data-item-id="Interviews/Coho.md#status-check"] a.ifu-call');
		expect([link?.textContent, link?.getAttribute("href")]).toEqual(["Call", "tel:+441134960000"]);
		expect(v.el.querySelectorAll("li.ifu-row a")).toHaveLength(1);
	});

	it("Show more renders the next 50 rows of a group", async () => {
		const files: Record<string, string> = {};
		for (let i = 0; i < 120; i++) files[`Interviews/N${i}.md`] = interview(`Co ${i}`, "2026-11-20", "thank_you_sent: 2026-11-20\nreferences_notified: 2026-11-20\n");
		const v = await openView(files, NOW);
		expect(v.headings()[0]).toBe("Overdue 120");
		const overdueRows = () => v.el.querySelectorAll("li.ifu-row-overdue").length;
		expect(overdueRows()).toBe(50);
		click(v.el, "Show 50 more");
		expect(overdueRows()).toBe(100);
		click(v.el, "Show 20 more");
		expect(overdueRows()).toBe(120);
		// Waiting holds the 120 status checks: still its first page.
		expect(Array.from(v.el.querySelectorAll("button.ifu-more"), (b) => b.textContent)).toEqual(["Show 50 more"]);
		// 120 notes in jsdom take a few seconds on a busy machine.
	}, 20_000);

	it("items overdue more than staleDays wait in a collapsed Stale group; Close these out asks, then sets only outcome", async () => {
		const old = interview("Old Co", "2026-09-01", "debriefed: 2026-09-01\nreferences_notified: 2026-09-01\n");
		const decided = interview("Gone Co", "2026-09-02", "outcome: rejected\noutcome_date: 2026-09-05\ndebriefed: 2026-09-02\n");
		const v = await openView({ ...VAULT, "Interviews/Old.md": old, "Interviews/Gone.md": decided }, NOW, true, { staleDays: 30 });
		expect(v.headings()).toContain("Stale 2");
		expect(v.el.querySelectorAll('li[data-item-id^="Interviews/Old.md"]')).toHaveLength(0);
		const toggle = v.el.querySelector<HTMLButtonElement>("button.ifu-toggle");
		expect(toggle?.getAttribute("aria-expanded")).toBe("false");
		toggle?.click();
		expect(v.el.querySelectorAll('li[data-item-id^="Interviews/Old.md"]')).toHaveLength(1);
		const before = await v.app.vault.read(fileAt(v.app, "Interviews/Old.md"));
		click(v.el, "Close these out");
		const modal = openModals()[0];
		expect(modal?.titleEl.textContent).toBe("Close out 1 interview?");
		expect(Array.from(modal?.contentEl.querySelectorAll("li") ?? [], (li) => li.textContent)).toEqual(["Old"]);
		expect(modal?.contentEl.textContent).toContain("Left as they are (an outcome is already recorded): Gone (rejected).");
		click(modal?.contentEl as HTMLElement, "Close it out");
		await settle(v.app);
		await rendered();
		expectOnly(before, await v.app.vault.read(fileAt(v.app, "Interviews/Old.md")), "outcome", "no-response");
		expect(noticeMessages().at(-1)).toBe("Closed out 1 interview (outcome: no-response).");
		expect(v.headings()).toContain("Stale 1");
	});

	it("Cancel in the close-out confirmation changes nothing", async () => {
		const old = interview("Old Co", "2026-09-01", "debriefed: 2026-09-01\nreferences_notified: 2026-09-01\n");
		const v = await openView({ "Interviews/Old.md": old }, NOW);
		const before = await v.app.vault.read(fileAt(v.app, "Interviews/Old.md"));
		click(v.el, "Close these out");
		click(openModals()[0]?.contentEl as HTMLElement, "Cancel");
		await settle(v.app);
		expect(await v.app.vault.read(fileAt(v.app, "Interviews/Old.md"))).toBe(before);
	});
});
