// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import InterviewFollowUpPlugin from "../../src/main";
import { DEFAULT_SETTINGS, resolveSettings } from "../../src/core/settings";
import { FIELD_GROUPS, parseCount } from "../../src/core/settings-fields";
import type { FollowUpsSettingTab } from "../../src/plugin/settings-tab";
import { createTestApp, loadPlugin, Setting, settle, TEST_MANIFEST, type TestApp } from "../mocks/obsidian";

async function showTab(pluginData: Record<string, unknown> = {}) {
	const app: TestApp = await createTestApp({ pluginData: { [TEST_MANIFEST.id]: pluginData } });
	await loadPlugin(app, InterviewFollowUpPlugin);
	const tab = app.settingTabs[0] as unknown as FollowUpsSettingTab;
	// What Obsidian before 1.13 calls (display() is deprecated only where getSettingDefinitions() takes over).
	const legacy: { display(): void } = tab;
	legacy.display();
	const row = (name: string): HTMLElement => {
		const found = Array.from(tab.containerEl.querySelectorAll<HTMLElement>(".setting-item")).find((r) => r.querySelector(".setting-item-name")?.textContent === name);
		if (!found) throw new Error(`no setting "${name}"`);
		return found;
	};
	const type = async (name: string, value: string): Promise<void> => {
		const input = row(name).querySelector<HTMLInputElement | HTMLTextAreaElement>("input, textarea");
		if (!input) throw new Error(`no input in "${name}"`);
		input.value = value;
		input.dispatchEvent(new Event("input"));
		await settle(app);
	};
	const saved = (): Record<string, unknown> => JSON.parse(app.pluginData.get(TEST_MANIFEST.id) ?? "{}") as Record<string, unknown>;
	return { app, tab, row, type, saved };
}

describe("settings tab", () => {
	it("has a row for every setting of core/settings.ts", () => {
		const covered = FIELD_GROUPS.flatMap((g) => g.fields.map((f) => ("group" in f.path ? `${f.path.group}.${f.path.key}` : f.path.key)));
		const all = Object.entries(DEFAULT_SETTINGS as unknown as Record<string, unknown>).flatMap(([k, v]) =>
			typeof v === "object" && v !== null && !Array.isArray(v) ? Object.keys(v).map((s) => `${k}.${s}`) : [k],
		);
		expect([...covered].sort()).toEqual([...all].sort());
	});

	it("draws headings with setHeading and rows in sentence case, showing the current values", async () => {
		const { tab, row } = await showTab({ upcomingDays: 10, sender: { name: "Alex Doe" } });
		const headings = Array.from(tab.containerEl.querySelectorAll(".setting-item-heading .setting-item-name")).map((h) => h.textContent);
		expect(headings).toEqual(FIELD_GROUPS.map((g) => g.heading));
		for (const name of [...headings, ...FIELD_GROUPS.flatMap((g) => g.fields.map((f) => f.name))]) {
			// Sentence case: only the first letter (and the word "I") in capitals.
			const rest = (name ?? "").slice(1).replace(/\bI\b/g, "i");
			expect(rest).toBe(rest.toLowerCase());
		}
		expect(row("Upcoming covers").querySelector("input")?.value).toBe("10");
		expect(row("Your name").querySelector("input")?.value).toBe("Alex Doe");
	});

	it("saves each change in the shape the CLI reads, keeping the rejection record", async () => {
		const seen = { "Interviews/A.md": "2026-11-01T08:00:00" };
		const { row, type, saved, app } = await showTab({ rejectionSeen: seen });
		await type("Thank-you within", "12");
		await type("Interviews folder", " Jobs/Interviews/ ");
		await type("Postal address", "1 Main Street\nSpringfield");
		await type("What stood out", "Best bits");
		row("By tag").querySelector<HTMLElement>(".checkbox-container")?.click();
		const format = row("Default letter format").querySelector("select");
		if (!format) throw new Error("no select");
		format.value = "letter";
		format.dispatchEvent(new Event("change"));
		await settle(app);
		const data = saved();
		const { settings, problems } = resolveSettings(data);
		expect(problems).toEqual([]);
		expect(settings).toMatchObject({ thankYouHours: 12, interviewsFolder: "Jobs/Interviews", detectByTag: false, defaultFormat: "letter" });
		expect(settings.sender.address).toBe("1 Main Street\nSpringfield");
		expect(settings.headings.highlights).toBe("Best bits");
		expect(data.rejectionSeen).toEqual(seen);
		expect(Object.keys(data).sort()).toEqual([...Object.keys(DEFAULT_SETTINGS), "rejectionSeen"].sort());
	});

	it("explains a bad number or an empty heading and saves nothing", async () => {
		const { row, type, saved } = await showTab();
		await type("Thank-you within", "0");
		expect(row("Thank-you within").querySelector(".ifu-setting-error")?.textContent).toBe("Enter a whole number from 1 to 336.");
		await type("Most status checks", "two");
		expect(row("Most status checks").querySelector(".ifu-setting-error")?.textContent).toBe("Enter a whole number from 0 to 20.");
		await type("Debrief", "  ");
		expect(row("Debrief").querySelector(".ifu-setting-error")?.textContent).toBe("Enter a heading.");
		await type("Calendar file", "Interviews/cal.txt");
		expect(row("Calendar file").querySelector(".ifu-setting-error")?.textContent).toBe("The path should end in .ics.");
		expect(saved()).toEqual({});
		await type("Thank-you within", "36");
		expect(row("Thank-you within").querySelector(".ifu-setting-error")?.textContent).toBe("");
		expect(saved().thankYouHours).toBe(36);
	});

	it("refuses a path that leaves the vault, with a message, and saves nothing", async () => {
		const { row, type, saved } = await showTab();
		const cases: [string, string, RegExp][] = [
			["Drafts folder", "../../outside", /^This path has a '\.\.' part, so it points outside the vault\.$/],
			["Question bank note", "../bank.md", /'\.\.' part/],
			["Calendar file", "../../cal.ics", /'\.\.' part/],
			["Interviews folder", "../up", /'\.\.' part/],
			["Templates folder", "/etc", /^This path is absolute, so it points outside the vault\.$/],
			["Calendar file", "C:\\Users\\me\\cal.ics", /backslash/],
			["Drafts folder", "\\\\server\\share", /backslash/],
			["Question bank note", "D:/bank.md", /is absolute/],
		];
		for (const [name, value, message] of cases) {
			await type(name, value);
			expect(row(name).querySelector(".ifu-setting-error")?.textContent, `${name} = ${value}`).toMatch(message);
		}
		expect(saved()).toEqual({});
	});

	it("refuses a drafts or templates folder that is or contains the interviews folder", async () => {
		const { row, type, saved } = await showTab({ interviewsFolder: "Jobs/Interviews" });
		const error = (name: string): string | null | undefined => row(name).querySelector(".ifu-setting-error")?.textContent;
		await type("Drafts folder", "Jobs/Interviews/");
		expect(error("Drafts folder")).toBe("The drafts folder cannot be the interviews folder (Jobs/Interviews) or contain it: every interview note would be hidden.");
		await type("Drafts folder", "jobs");
		expect(error("Drafts folder")).toMatch(/^The drafts folder cannot be the interviews folder/);
		await type("Templates folder", "Jobs");
		expect(error("Templates folder")).toBe("The templates folder cannot be the interviews folder (Jobs/Interviews) or contain it: every interview note would be hidden.");
		await type("Interviews folder", "Interviews/Drafts/Mine");
		expect(error("Interviews folder")).toBe("The interviews folder cannot be the drafts folder (Interviews/Drafts) or lie inside it: notes there are never read as interviews.");
		expect(saved()).toEqual({ interviewsFolder: "Jobs/Interviews" });
		await type("Drafts folder", "Jobs/Interviews/Drafts");
		expect(error("Drafts folder")).toBe("");
		expect(saved().draftsFolder).toBe("Jobs/Interviews/Drafts");
	});

	it("offers the same rows declaratively for Obsidian 1.13 and later", async () => {
		const { tab } = await showTab({ statusCheckMax: 2 });
		const defs = tab.getSettingDefinitions();
		expect(defs.map((d) => ("heading" in d ? d.heading : ""))).toEqual(FIELD_GROUPS.map((g) => g.heading));
		const timing = defs.find((d) => "heading" in d && d.heading === "Timing");
		const items = timing && "items" in timing && timing.type === "group" ? (timing.items ?? []) : [];
		const item = items.find((i) => "name" in i && i.name === "Most status checks");
		if (!item || !("render" in item) || !item.render) throw new Error("no render");
		const host = document.createElement("div");
		const setting = new Setting(host);
		item.render(setting as never, undefined as never);
		expect(host.querySelector("input")?.value).toBe("2");
	});

	it("edits the references one a line and saves them as data.json's list", async () => {
		const { row, type, saved } = await showTab({ references: [{ name: "Alex Morgan", email: "alex@example.com" }] });
		expect(row("References").querySelector("textarea")?.value).toBe("Alex Morgan | alex@example.com");
		await type("References", "Alex Morgan | alex@example.com\n\n[[Robin Hale|Robin]] | | +1 555 0100 | my manager at Contoso");
		expect(saved().references).toEqual([
			{ name: "Alex Morgan", email: "alex@example.com" },
			{ name: "[[Robin Hale|Robin]]", phone: "+1 555 0100", relationship: "my manager at Contoso" },
		]);
		const { settings, problems } = resolveSettings(saved());
		expect(problems).toEqual([]);
		expect(settings.references.map((r) => r.name)).toEqual(["Alex Morgan", "Robin Hale"]);
		await type("References", " | robin@example.com");
		expect(row("References").querySelector(".ifu-setting-error")?.textContent).toBe("Line 1 has no name; start it with the reference's name.");
		expect((saved().references as unknown[]).length).toBe(2);
	});

	it("parses counts strictly", () => {
		expect(parseCount(" 7 ", 1, 90)).toEqual({ ok: true, value: 7 });
		expect(parseCount("7.5", 1, 90).ok).toBe(false);
		expect(parseCount("-1", 0, 20).ok).toBe(false);
		expect(parseCount("91", 1, 90).ok).toBe(false);
	});
});
