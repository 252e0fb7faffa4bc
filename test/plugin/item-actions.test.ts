// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from "vitest";
import type { FollowUpItem } from "../../src/core/items";
import { createItemActions } from "../../src/plugin/item-actions";
import { clearNotices, MarkdownView, noticeMessages, openModals, parseYaml } from "../mocks/obsidian";
import { flush, INTERVIEW, parts, startHarness } from "./commands/harness";

const PATH = "Interviews/Northwind.md";

const item = (kind: FollowUpItem["kind"], extra: Partial<FollowUpItem> = {}): FollowUpItem => ({
	id: `${PATH}#${kind}`,
	note: PATH,
	company: "Northwind Traders",
	role: "Operations Analyst",
	kind,
	label: kind,
	notBefore: null,
	due: new Date(2026, 10, 20),
	state: "overdue",
	interviewers: [],
	...extra,
});

beforeEach(() => clearNotices());

async function start() {
	const h = await startHarness({ [PATH]: INTERVIEW, "Other.md": "x" }, () => {});
	return { h, actions: createItemActions(h.ctx) };
}

const frontmatter = (text: string): Record<string, unknown> => parseYaml(parts(text).frontmatter.replace(/^---\n|---\n$/g, "")) as Record<string, unknown>;

describe("item actions", () => {
	it("open shows the note", async () => {
		const { h, actions } = await start();
		await h.open("Other.md");
		await actions.open(item("thank-you"));
		expect(h.app.workspace.getActiveViewOfType(MarkdownView)?.file?.path).toBe(PATH);
	});

	it("done records the item's own step; for a request, its own entry", async () => {
		const { h, actions } = await start();
		await actions.done(item("thank-you"));
		await actions.done(item("request", { request: { item: "Two references", index: 1 } }));
		await flush(h.app);
		const text = await h.read(PATH);
		const fm = frontmatter(text);
		expect(fm.thank_you_sent).toBe("2026-11-22");
		expect(fm.requests).toEqual([
			{ item: "Writing sample", asked: "2026-11-19" },
			{ item: "Two references", asked: "2026-11-19", sent: "2026-11-22" },
		]);
		expect(parts(text).body).toBe(parts(INTERVIEW).body);
		expect(openModals()).toHaveLength(0);
	});

	it("done on a request marks the one with that item even after another was inserted above it", async () => {
		const { h, actions } = await start();
		const stale = item("request", { request: { item: "Writing sample", index: 0 } });
		await h.edit(PATH, (text) => text.replace("requests:\n", "requests:\n  - item: Portfolio\n    asked: 2026-11-21\n"));
		await actions.done(stale);
		await flush(h.app);
		expect(frontmatter(await h.read(PATH)).requests).toEqual([
			{ item: "Portfolio", asked: "2026-11-21" },
			{ item: "Writing sample", asked: "2026-11-19", sent: "2026-11-22" },
			{ item: "Two references", asked: "2026-11-19" },
		]);
	});

	it("done on a request that is gone writes nothing and says so", async () => {
		const { h, actions } = await start();
		await actions.done(item("request", { request: { item: "Portfolio", index: 0 } }));
		await flush(h.app);
		expect(await h.read(PATH)).toBe(INTERVIEW);
		expect(noticeMessages().at(-1)).toBe("The request 'Portfolio' is no longer in the note's requests list; nothing was written.");
	});

	it("done on next-round preparation writes nothing and explains", async () => {
		const { h, actions } = await start();
		await actions.done(item("next-round-prep"));
		expect(await h.read(PATH)).toBe(INTERVIEW);
		expect(noticeMessages().at(-1)).toMatch(/clears itself/);
	});

	it("draft on a debrief adds the debrief checklist at the end, once", async () => {
		const { h, actions } = await start();
		await actions.draft(item("debrief"));
		await flush(h.app);
		const once = await h.read(PATH);
		expect(once.startsWith(INTERVIEW)).toBe(true);
		expect(once.slice(INTERVIEW.length)).toMatch(/^\n[\s\S]*- \[ \] /);
		await actions.draft(item("debrief"));
		await flush(h.app);
		expect(await h.read(PATH)).toBe(once);
		expect(noticeMessages().at(-1)).toBe("This note already has the debrief checklist.");
	});

	it("draft on a status check for someone who prefers the phone opens talking points; a thank-you stays written", async () => {
		const phone = INTERVIEW.replace("    title: Head of Operations\n", "    title: Head of Operations\n    prefers: phone\n    phone: +1 555 0142\n");
		const h = await startHarness({ [PATH]: phone }, () => {});
		const actions = createItemActions(h.ctx);
		void actions.draft(item("status-check", { interviewers: ["Dana Whitfield"] }));
		await flush(h.app);
		const format = openModals().at(-1)?.contentEl.querySelector<HTMLSelectElement>(".ifu-field-format");
		expect(format?.value).toBe("call");
		expect(Array.from(format?.options ?? [], (o) => o.value)).toEqual(["email", "letter", "card", "call"]);
		Array.from(openModals().at(-1)?.contentEl.querySelectorAll("button") ?? []).find((b) => b.textContent === "Draft")?.click();
		await flush(h.app);
		const [draft] = h.app.vault.getMarkdownFiles().filter((f) => f.path.startsWith("Interviews/Drafts/"));
		expect((await h.read(draft?.path ?? "")).split("\n").slice(1, 5)).toEqual(["draft_of: \"[[Interviews/Northwind]]\"", "kind: status-check", "format: call", "recipient: \"Dana Whitfield\""]);
		openModals().at(-1)?.close();
		void actions.draft(item("thank-you", { interviewers: ["Dana Whitfield"] }));
		await flush(h.app);
		const written = openModals().at(-1)?.contentEl.querySelector<HTMLSelectElement>(".ifu-field-format");
		expect(written?.value).toBe("email");
		expect(Array.from(written?.options ?? [], (o) => o.value)).toEqual(["email", "letter", "card"]);
	});

	it("draft on a thank-you opens the options with the one interviewer preselected", async () => {
		const { h, actions } = await start();
		void actions.draft(item("thank-you", { interviewers: ["Sam Ortiz"] }));
		await flush(h.app);
		const select = openModals().at(-1)?.contentEl.querySelector<HTMLSelectElement>(".ifu-field-recipient");
		expect(select?.value).toBe("Sam Ortiz");
		Array.from(openModals().at(-1)?.contentEl.querySelectorAll("button") ?? []).find((b) => b.textContent === "Draft")?.click();
		await flush(h.app);
		expect(h.app.vault.getMarkdownFiles().filter((f) => f.path.startsWith("Interviews/Drafts/"))).toHaveLength(1);
	});
});
