import { describe, expect, it } from "vitest";
import type { Interviewer } from "../../src/core/interview";
import { resolveSettings } from "../../src/core/settings";
import { LinkDependents } from "../../src/plugin/index-links";
import { InterviewIndex } from "../../src/plugin/interview-index";
import { createTestApp, fileAt, settle, type TestApp } from "../mocks/obsidian";

const PANEL = '---\ntype: interview\ncompany: Northwind Traders\ndate: 2026-11-19 14:00\ninterviewers:\n  - "[[Dana Whitfield]]"\n  - Sam Lee\n---\n';
const person = (honorific: string): string => `---\nhonorific: ${honorific}\ntitle: Head of Operations\n---\n`;

async function start(files: Record<string, string>) {
	const app: TestApp = await createTestApp({ files });
	const index = new InterviewIndex(app, () => resolveSettings({}).settings, { now: () => new Date(2026, 10, 22, 9) });
	index.load();
	index.build();
	let changes = 0;
	index.onChange(() => changes++);
	// The people model's name and honorific: what a link resolves to (an unresolved link is a plain name).
	const interviewers = (): Pick<Interviewer, "name" | "honorific">[] | undefined =>
		index.note("Interviews/Panel.md")?.interview.interviewers.map((p) => ({ name: p.name, ...(p.honorific ? { honorific: p.honorific } : {}) }));
	return { app, index, interviewers, changes: () => changes };
}

describe("an interview note that links to a person note", () => {
	it("is read with the person note, and again when the person note changes", async () => {
		const t = await start({ "Interviews/Panel.md": PANEL, "People/Dana Whitfield.md": person("Ms."), "People/Other.md": person("Mr.") });
		expect(t.interviewers()).toEqual([{ name: "Dana Whitfield", honorific: "Ms." }, { name: "Sam Lee" }]);
		await t.app.vault.modify(fileAt(t.app, "People/Dana Whitfield.md"), person("Dr."));
		await settle(t.app);
		expect(t.interviewers()?.[0]).toEqual({ name: "Dana Whitfield", honorific: "Dr." });
		expect(t.changes()).toBe(1);
		// A note it does not link to changes nothing.
		await t.app.vault.modify(fileAt(t.app, "People/Other.md"), person("Mx."));
		await settle(t.app);
		expect(t.changes()).toBe(1);
	});

	it("picks up a person note created after it (the link resolved to nothing before), and drops it when deleted", async () => {
		const t = await start({ "Interviews/Panel.md": PANEL });
		expect(t.interviewers()?.[0]).toEqual({ name: "Dana Whitfield" });
		await t.app.vault.createFolder("People");
		await t.app.vault.create("People/Dana Whitfield.md", person("Prof."));
		await settle(t.app);
		expect(t.interviewers()?.[0]).toEqual({ name: "Dana Whitfield", honorific: "Prof." });
		await t.app.vault.delete(fileAt(t.app, "People/Dana Whitfield.md"));
		await settle(t.app);
		expect(t.interviewers()?.[0]).toEqual({ name: "Dana Whitfield" });
	});

	it("follows the person note's rename: the link no longer resolves unless the interview note is updated", async () => {
		const t = await start({ "Interviews/Panel.md": PANEL, "People/Dana Whitfield.md": person("Ms.") });
		await t.app.fileManager.renameFile(fileAt(t.app, "People/Dana Whitfield.md"), "People/Dana W.md");
		await settle(t.app);
		expect(t.interviewers()?.[0]).toEqual({ name: "Dana Whitfield" });
		await t.app.vault.modify(fileAt(t.app, "Interviews/Panel.md"), PANEL.replace("[[Dana Whitfield]]", "[[Dana W]]"));
		await settle(t.app);
		expect(t.interviewers()?.[0]).toEqual({ name: "Dana W", honorific: "Ms." });
		await t.app.vault.modify(fileAt(t.app, "People/Dana W.md"), person("Dr."));
		await settle(t.app);
		expect(t.interviewers()?.[0]).toEqual({ name: "Dana W", honorific: "Dr." });
	});

	it("moves with its own rename and stops following once it no longer links", async () => {
		const t = await start({ "Interviews/Panel.md": PANEL, "People/Dana Whitfield.md": person("Ms.") });
		await t.app.fileManager.renameFile(fileAt(t.app, "Interviews/Panel.md"), "Interviews/Panel 2.md");
		await settle(t.app);
		await t.app.vault.modify(fileAt(t.app, "People/Dana Whitfield.md"), person("Dr."));
		await settle(t.app);
		expect(t.index.note("Interviews/Panel 2.md")?.interview.interviewers[0]).toMatchObject({ name: "Dana Whitfield", honorific: "Dr." });
		await t.app.vault.modify(fileAt(t.app, "Interviews/Panel 2.md"), PANEL.replace('"[[Dana Whitfield]]"', "Dana Whitfield"));
		await settle(t.app);
		const before = t.changes();
		await t.app.vault.modify(fileAt(t.app, "People/Dana Whitfield.md"), person("Mx."));
		await settle(t.app);
		expect(t.changes()).toBe(before);
	});
});

describe("LinkDependents", () => {
	it("maps linked paths and unresolved names back to the notes that link to them", () => {
		const deps = new LinkDependents();
		deps.set("A.md", new Set(["People/Dana.md", "?sam lee"]));
		deps.set("B.md", new Set(["People/Dana.md"]));
		expect(deps.of(["People/Dana.md"]).sort()).toEqual(["A.md", "B.md"]);
		expect(deps.of(["?sam lee"])).toEqual(["A.md"]);
		expect(deps.of([], "People")).toEqual(["A.md", "B.md"]);
		deps.set("A.md", new Set(["?sam lee"]));
		expect(deps.of(["People/Dana.md"])).toEqual(["B.md"]);
		deps.remove("B.md");
		expect(deps.of(["People/Dana.md"])).toEqual([]);
		deps.clear();
		expect(deps.of(["?sam lee"])).toEqual([]);
	});
});
