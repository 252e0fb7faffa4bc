// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { interviewsBaseText } from "../../src/core/interviews-base";
import { createInterviewsBase, registerBasesCommand } from "../../src/plugin/bases";
import { clearNotices, noticeMessages, setApiVersion } from "../mocks/obsidian";
import { INTERVIEW, startHarness } from "./commands/harness";

beforeEach(() => clearNotices());
afterEach(() => setApiVersion());

describe("create-interviews-base", () => {
	it("writes Interviews/Interviews.base once; the second run says it exists and changes nothing", async () => {
		const h = await startHarness({ "Interviews/Northwind.md": INTERVIEW }, registerBasesCommand);
		expect(await createInterviewsBase(h.ctx)).toBe("created");
		expect(await h.read("Interviews/Interviews.base")).toBe(interviewsBaseText(h.settings));
		expect(h.app.workspace.getActiveFile()?.path).toBe("Interviews/Interviews.base");
		await h.edit("Interviews/Interviews.base", (t) => `${t}# my own view\n`);
		expect(await createInterviewsBase(h.ctx)).toBe("exists");
		expect(await h.read("Interviews/Interviews.base")).toBe(`${interviewsBaseText(h.settings)}# my own view\n`);
		expect(noticeMessages()).toEqual([
			"Created Interviews/Interviews.base: your interviews as a table, with views for those awaiting a decision and this week's.",
			"Interviews/Interviews.base already exists, so it was left as it is.",
		]);
	});

	it("creates the interviews folder when it is missing", async () => {
		const h = await startHarness({}, registerBasesCommand, { interviewsFolder: "Jobs/Interviews" });
		expect(await createInterviewsBase(h.ctx)).toBe("created");
		expect(h.app.vault.getAbstractFileByPath("Jobs/Interviews/Interviews.base")).not.toBeNull();
	});

	it("before Obsidian 1.9 it writes nothing and says Bases need 1.9", async () => {
		setApiVersion("1.8.10");
		const h = await startHarness({ "Interviews/Northwind.md": INTERVIEW }, registerBasesCommand);
		expect(await createInterviewsBase(h.ctx)).toBe("unsupported");
		expect(h.app.vault.getAbstractFileByPath("Interviews/Interviews.base")).toBeNull();
		expect(noticeMessages()).toEqual(["Bases need Obsidian 1.9.0 or later: update Obsidian to create the interviews base."]);
	});
});
