// @vitest-environment jsdom
import type * as Real from "obsidian";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import InterviewFollowUpPlugin from "../src/main";
import type { InterviewIndex } from "../src/plugin/interview-index";
import { FollowUpsView, VIEW_TYPE_FOLLOW_UPS } from "../src/plugin/view";
import { clearNotices, createTestApp, fileAt, noticeMessages, Platform, runCommand, settle, TEST_MANIFEST, type TestApp } from "./mocks/obsidian";

const OVERDUE = "---\ntype: interview\ncompany: Northwind Traders\nrole: Analyst\ndate: 2026-11-19 14:00\ninterviewers: [{name: Dana Whitfield, email: dana@example.com}]\n---\n";
const FILES = { "Interviews/Northwind.md": OVERDUE };

/** Loads the plugin as Obsidian does, stopping before the layout is ready. */
async function loadUntilReady(app: TestApp): Promise<{ plugin: InterviewFollowUpPlugin; index: InterviewIndex }> {
	const plugin = new InterviewFollowUpPlugin(app, TEST_MANIFEST);
	plugin.load();
	await (plugin as unknown as { _loading: unknown })._loading;
	const { index } = plugin as unknown as { index: InterviewIndex | null };
	if (!index) throw new Error("onload created no index");
	return { plugin, index };
}

beforeEach(() => {
	vi.useFakeTimers({ toFake: ["Date"] });
	vi.setSystemTime(new Date(2026, 10, 22, 9, 0));
	clearNotices();
});
afterEach(() => {
	vi.useRealTimers();
	Platform.isMobile = false;
});

describe("main.ts", () => {
	it("registers commands, the view, a ribbon icon, a status bar item and the settings tab, and indexes only once the layout is ready", async () => {
		const app = await createTestApp({ files: FILES });
		const { index } = await loadUntilReady(app);
		expect(app.commands.listCommands().map((c) => c.id)).toContain("interview-follow-up:open-follow-ups");
		expect(app.workspace.viewCreator(VIEW_TYPE_FOLLOW_UPS)?.(app.workspace.getLeaf(true) as unknown as Real.WorkspaceLeaf)).toBeInstanceOf(FollowUpsView);
		expect(app.ribbonEl.querySelectorAll(".side-dock-ribbon-action")).toHaveLength(1);
		expect(app.statusBarEl.querySelectorAll(".status-bar-item")).toHaveLength(1);
		expect(app.settingTabs).toHaveLength(1);
		expect(index.isBuilt).toBe(false);
		expect(index.notes()).toEqual([]);

		app.workspace.setLayoutReady();
		await settle(app);
		expect(index.isBuilt).toBe(true);
		expect(index.notes().map((n) => n.path)).toEqual(["Interviews/Northwind.md"]);
		expect(app.statusBarEl.textContent).toBe("3 overdue follow-ups");
		expect(noticeMessages()).toEqual([]);
	});

	it("the ribbon icon opens the follow-ups view in the right sidebar", async () => {
		const app = await createTestApp({ files: FILES });
		await loadUntilReady(app);
		app.workspace.setLayoutReady();
		app.ribbonEl.querySelector<HTMLElement>(".side-dock-ribbon-action")?.click();
		await settle(app);
		await settle(app);
		const leaves = app.workspace.getLeavesOfType(VIEW_TYPE_FOLLOW_UPS);
		expect(leaves).toHaveLength(1);
		expect(leaves[0]?.view.containerEl.textContent).toContain("Northwind Traders");
	});

	it("shows no status bar item on mobile, and a startup notice when asked to", async () => {
		Platform.isMobile = true;
		const app = await createTestApp({ files: FILES, pluginData: { [TEST_MANIFEST.id]: { startupNotice: true } } });
		await loadUntilReady(app);
		expect(app.statusBarEl.querySelectorAll(".status-bar-item")).toHaveLength(0);
		app.workspace.setLayoutReady();
		expect(noticeMessages()).toEqual(["Interview follow-up: 3 overdue follow-ups. Open the follow-ups view to see them."]);
	});

	it("says at load which data.json paths it refused and uses the defaults", async () => {
		const app = await createTestApp({ files: FILES, pluginData: { [TEST_MANIFEST.id]: { draftsFolder: "../../outside", interviewsFolder: "Interviews", templatesFolder: "Interviews" } } });
		const { plugin, index } = await loadUntilReady(app);
		app.workspace.setLayoutReady();
		expect(noticeMessages()).toEqual([
			"Interview Follow-up ignored 2 saved settings:\n" +
				"Setting 'draftsFolder' (\"../../outside\") cannot be used. This path has a '..' part, so it points outside the vault. The default is used.\n" +
				"Setting 'templatesFolder' (\"Interviews\") cannot be used. The templates folder cannot be the interviews folder (Interviews) or contain it: every interview note would be hidden. The default is used.",
		]);
		expect(plugin.settings.draftsFolder).toBe("Interviews/Drafts");
		expect(plugin.settings.templatesFolder).toBe("Interviews/Templates");
		expect(index.note("Interviews/Northwind.md")).toBeDefined();
	});

	it("status bar follows edits", async () => {
		const app = await createTestApp({ files: FILES });
		await loadUntilReady(app);
		app.workspace.setLayoutReady();
		await app.vault.modify(fileAt(app, "Interviews/Northwind.md"), OVERDUE.replace("interviewers:", "debriefed: 2026-11-19\ninterviewers:"));
		await settle(app);
		expect(app.statusBarEl.textContent).toBe("2 overdue follow-ups");
	});

	it("saves a settings change and re-reads the notes under the new settings", async () => {
		const app = await createTestApp({ files: { ...FILES, "Interviews/Plain.md": "---\ncompany: Plain\ndate: 2026-11-20\n---\n" } });
		const { index } = await loadUntilReady(app);
		app.workspace.setLayoutReady();
		expect(index.note("Interviews/Plain.md")?.interview.company).toBe("Plain");
		const tab = app.settingTabs[0];
		if (!tab) throw new Error("no settings tab");
		const legacy: { display(): void } = tab;
		legacy.display();
		const row = Array.from(tab.containerEl.querySelectorAll(".setting-item")).find((r) => r.textContent?.startsWith("By folder"));
		row?.querySelector<HTMLElement>(".checkbox-container")?.click();
		await settle(app);
		expect((JSON.parse(app.pluginData.get(TEST_MANIFEST.id) ?? "{}") as { detectByFolder?: boolean }).detectByFolder).toBe(false);
		await new Promise((r) => window.setTimeout(r, 350));
		expect(index.note("Interviews/Plain.md")).toBeUndefined();
		expect(index.note("Interviews/Northwind.md")?.interview.company).toBe("Northwind Traders");
	});

	it("unloading removes what it registered", async () => {
		const app = await createTestApp({ files: FILES });
		const { plugin } = await loadUntilReady(app);
		app.workspace.setLayoutReady();
		plugin.unload();
		expect(app.commands.listCommands()).toEqual([]);
		expect(app.ribbonEl.childElementCount).toBe(0);
		expect(app.statusBarEl.childElementCount).toBe(0);
		expect(app.workspace.viewCreator(VIEW_TYPE_FOLLOW_UPS)).toBeUndefined();
	});

	it("keeps a rejection's first-seen time in data.json beside the settings", async () => {
		const rejected = OVERDUE.replace("---\n", "---\noutcome: rejected\n");
		const app = await createTestApp({
			files: { "Interviews/Northwind.md": rejected, "Interviews/Old.md": rejected.replace("Northwind Traders", "Old") },
			pluginData: { [TEST_MANIFEST.id]: { upcomingDays: 10, rejectionSeen: { "Interviews/Old.md": "2026-11-01T08:00:00" } } },
		});
		const { plugin } = await loadUntilReady(app);
		app.workspace.setLayoutReady();
		plugin.unload();
		const saved = JSON.parse(app.pluginData.get(TEST_MANIFEST.id) ?? "{}") as Record<string, unknown>;
		expect(saved.upcomingDays).toBe(10);
		expect(saved.rejectionSeen).toEqual({ "Interviews/Old.md": "2026-11-01T08:00:00", "Interviews/Northwind.md": "2026-11-22T09:00:00" });
	});

	it("offers the note commands only on an interview note", async () => {
		const app = await createTestApp({ files: { ...FILES, "Other.md": "x" } });
		await loadUntilReady(app);
		app.workspace.setLayoutReady();
		await app.workspace.getLeaf(false).openFile(fileAt(app, "Other.md"));
		expect(runCommand(app, "mark-debriefed")).toBe(false);
		await app.workspace.getLeaf(false).openFile(fileAt(app, "Interviews/Northwind.md"));
		expect(runCommand(app, "mark-debriefed")).toBe(true);
	});
});
