import { describe, expect, it } from "vitest";
import { groupItems } from "../../src/core/group-items";
import { computeItems } from "../../src/core/rules";
import { resolveSettings, type Settings } from "../../src/core/settings";
import { InterviewIndex } from "../../src/plugin/interview-index";
import { RejectionLog } from "../../src/plugin/plugin-data";
import { createTestApp, fileAt, finishStartup, settle, type TestApp } from "../mocks/obsidian";

const NOW = new Date(2026, 10, 22, 9, 0);

const note = (company: string, extra = ""): string =>
	`---\ntype: interview\ncompany: ${company}\nrole: Analyst\ndate: 2026-11-19 14:00\ninterviewers:\n  - name: Dana Whitfield\n    honorific: Ms.\n${extra}---\nBody.\n`;

const FILES = {
	"Interviews/Northwind.md": note("Northwind Traders"),
	"Interviews/Contoso.md": note("Contoso", "debriefed: 2026-11-19\n"),
	"Journal/Fabrikam.md": note("Fabrikam"),
	"Journal/Tagged.md": "---\ncompany: Tailspin\ndate: 2026-11-20\n---\nMet them today #interview\n",
	"Journal/Shopping.md": "Milk, eggs.\n",
	"Interviews/Broken.md": "---\ntype: interview\ncompany: Litware\ndate: next tuesday\n---\n",
};

async function start(files: Record<string, string> = FILES, overrides: Partial<Settings> = {}) {
	const app: TestApp = await createTestApp({ files });
	const settings: Settings = { ...resolveSettings({}).settings, ...overrides };
	let saves = 0;
	const rejections = new RejectionLog({}, () => saves++);
	let now = NOW;
	const index = new InterviewIndex(app, () => settings, { rejections, now: () => now });
	index.load();
	index.build();
	let changes = 0;
	index.onChange(() => changes++);
	return {
		app,
		index,
		settings,
		rejections,
		saves: () => saves,
		changes: () => changes,
		setNow: (d: Date) => (now = d),
		async modify(path: string, text: string) {
			await app.vault.modify(fileAt(app, path), text);
			await settle(app);
		},
	};
}

const paths = (index: InterviewIndex): string[] => index.notes().map((n) => n.path).sort();

describe("InterviewIndex", () => {
	it("reads a note's headings only when the debrief rule asks: never for a note that records its debrief", async () => {
		const app = await createTestApp({ files: { "Interviews/Done.md": note("Contoso", "debriefed: 2026-11-19\n"), "Interviews/Open.md": `${note("Northwind")}\n## Debrief\nWent well.\n` } });
		const asked: string[] = [];
		const getFileCache = (file: Parameters<typeof app.metadataCache.getFileCache>[0]) => {
			const cache = app.metadataCache.getFileCache(file);
			return cache && new Proxy(cache, { get: (target, key, receiver) => (key === "headings" && asked.push(file.path), Reflect.get(target, key, receiver) as unknown) });
		};
		const metadataCache = Object.assign(Object.create(app.metadataCache) as typeof app.metadataCache, { getFileCache });
		const index = new InterviewIndex({ vault: app.vault, metadataCache }, () => resolveSettings({}).settings, { now: () => NOW });
		index.build();
		expect(asked).toEqual([]);
		expect(index.items(NOW).map((i) => `${i.note} ${i.kind}`).filter((i) => i.endsWith(" debrief"))).toEqual([]);
		expect(asked).toEqual(["Interviews/Open.md"]);
	});

	it("indexes interview notes by type, tag and folder from the metadata cache", async () => {
		const { index } = await start();
		expect(paths(index)).toEqual(["Interviews/Broken.md", "Interviews/Contoso.md", "Interviews/Northwind.md", "Journal/Fabrikam.md", "Journal/Tagged.md"]);
		expect(index.note("Journal/Tagged.md")?.interview.company).toBe("Tailspin");
		expect(index.note("Journal/Shopping.md")).toBeUndefined();
		expect(index.problems()).toEqual([{ note: "Interviews/Broken.md", message: expect.stringContaining("next tuesday") as string }]);
	});

	it("a frontmatter never closed, closed with '...', or only '---' is 'not closed', never 'date is missing'", async () => {
		const open = "---\ntype: interview\ncompany: A\nrole: R\ndate: 2026-11-19\n";
		const { index } = await start({ "Interviews/Unclosed.md": open, "Interviews/Dots.md": `${open}...\nBody\n`, "Interviews/Only.md": "---\n", "Interviews/Fine.md": `${open}---\n` });
		const message = "The frontmatter is not closed: end it with a line of just '---' (a '...' line or one with trailing spaces does not close it), or Obsidian reads none of its properties.";
		expect(index.problems().sort((a, b) => (a.note < b.note ? -1 : 1))).toEqual(["Interviews/Dots.md", "Interviews/Only.md", "Interviews/Unclosed.md"].map((note) => ({ note, message })));
	});

	it("does nothing before build() (Obsidian is still loading)", async () => {
		const app = await createTestApp({ files: FILES });
		const index = new InterviewIndex(app, () => resolveSettings({}).settings);
		index.load();
		await app.vault.modify(fileAt(app, "Interviews/Northwind.md"), note("Changed"));
		await settle(app);
		expect(index.notes()).toEqual([]);
		expect(index.revision).toBe(0);
		index.build();
		expect(index.note("Interviews/Northwind.md")?.interview.company).toBe("Changed");
		expect(index.revision).toBe(1);
	});

	it("follows an edit, with a revision bump, and ignores edits of other notes", async () => {
		const t = await start();
		const r = t.index.revision;
		await t.modify("Interviews/Northwind.md", note("Northwind Trading"));
		expect(t.index.note("Interviews/Northwind.md")?.interview.company).toBe("Northwind Trading");
		expect(t.index.revision).toBe(r + 1);
		expect(t.changes()).toBe(1);
		await t.modify("Journal/Shopping.md", "Bread.\n");
		expect(t.index.revision).toBe(r + 1);
		await t.modify("Journal/Shopping.md", "---\ntype: interview\ncompany: New\ndate: 2026-11-21\n---\n");
		expect(t.index.note("Journal/Shopping.md")?.interview.company).toBe("New");
		await t.modify("Journal/Shopping.md", "Not an interview after all.\n");
		expect(t.index.note("Journal/Shopping.md")).toBeUndefined();
		expect(t.index.revision).toBe(r + 3);
	});

	it("drops deleted notes and folders", async () => {
		const t = await start();
		const r = t.index.revision;
		t.app.vault.remove(fileAt(t.app, "Journal/Fabrikam.md"));
		await settle(t.app);
		expect(t.index.note("Journal/Fabrikam.md")).toBeUndefined();
		expect(t.index.revision).toBeGreaterThan(r);
		const folder = t.app.vault.getAbstractFileByPath("Interviews");
		if (!folder) throw new Error("no folder");
		t.app.vault.remove(folder);
		await settle(t.app);
		expect(paths(t.index)).toEqual(["Journal/Tagged.md"]);
		expect(t.index.items(NOW).every((i) => i.note === "Journal/Tagged.md")).toBe(true);
	});

	it("follows renames: items carry the new path; leaving the interviews folder drops a folder-only note", async () => {
		const t = await start({ ...FILES, "Interviews/Plain.md": "---\ncompany: Plain Co\ndate: 2026-11-20\n---\n" });
		const r = t.index.revision;
		await t.app.fileManager.renameFile(fileAt(t.app, "Interviews/Northwind.md"), "Interviews/Northwind 2026.md");
		await settle(t.app);
		expect(t.index.note("Interviews/Northwind.md")).toBeUndefined();
		expect(t.index.note("Interviews/Northwind 2026.md")?.interview.path).toBe("Interviews/Northwind 2026.md");
		expect(t.index.items(NOW).filter((i) => i.company === "Northwind Traders").every((i) => i.note === "Interviews/Northwind 2026.md")).toBe(true);
		expect(t.index.revision).toBe(r + 1);
		await t.app.fileManager.renameFile(fileAt(t.app, "Interviews/Plain.md"), "Journal/Plain.md");
		await settle(t.app);
		expect(t.index.note("Journal/Plain.md")).toBeUndefined();
	});

	it("moves every note of a renamed folder", async () => {
		const t = await start();
		const folder = t.app.vault.getAbstractFileByPath("Interviews");
		if (!folder) throw new Error("no folder");
		await t.app.fileManager.renameFile(folder, "Jobs");
		await settle(t.app);
		// Outside the interviews folder only notes that say type: interview remain.
		expect(paths(t.index)).toEqual(["Jobs/Broken.md", "Jobs/Contoso.md", "Jobs/Northwind.md", "Journal/Fabrikam.md", "Journal/Tagged.md"]);
	});

	it("caches items per minute and recomputes only the note that changed", async () => {
		const t = await start();
		const first = t.index.items(NOW);
		expect(first.length).toBeGreaterThan(0);
		expect(t.index.items(new Date(NOW.getTime() + 30_000))).toBe(first);
		const contoso = first.filter((i) => i.note === "Interviews/Contoso.md");
		await t.modify("Interviews/Northwind.md", note("Northwind Traders", "thank_you_sent: 2026-11-20\n"));
		const second = t.index.items(NOW);
		expect(second).not.toBe(first);
		expect(second.filter((i) => i.note === "Interviews/Contoso.md")).toEqual(contoso);
		expect(second.find((i) => i.note === "Interviews/Contoso.md")).toBe(contoso[0]);
		expect(second.some((i) => i.note === "Interviews/Northwind.md" && i.kind === "thank-you")).toBe(false);
		const times = second.map((i) => i.due.getTime());
		expect(times).toEqual([...times].sort((a, b) => a - b));
		// A new minute: states move with the clock.
		expect(t.index.items(new Date(NOW.getTime() + 60_000))).not.toBe(second);
	});

	it("rebuilds everything when settings change", async () => {
		const t = await start();
		t.settings.detectByFolder = false;
		t.settings.detectByTag = false;
		t.index.rebuild();
		expect(paths(t.index)).toEqual(["Interviews/Broken.md", "Interviews/Contoso.md", "Interviews/Northwind.md", "Journal/Fabrikam.md"]);
	});

	it("records when a rejection without outcome_date was first seen, and dates the thank-you from it", async () => {
		const t = await start();
		t.setNow(new Date(2026, 10, 21, 16, 30));
		await t.modify("Interviews/Contoso.md", note("Contoso", "debriefed: 2026-11-19\noutcome: rejected\n"));
		expect(t.rejections.toJSON()).toEqual({ "Interviews/Contoso.md": "2026-11-21T16:30:00" });
		expect(t.saves()).toBe(1);
		t.setNow(new Date(2026, 10, 25));
		await t.modify("Interviews/Contoso.md", note("Contoso", "debriefed: 2026-11-19\noutcome: rejected\ninterest: yes\n"));
		expect(t.rejections.toJSON()).toEqual({ "Interviews/Contoso.md": "2026-11-21T16:30:00" });
		const item = t.index.items(NOW).find((i) => i.note === "Interviews/Contoso.md" && i.kind === "rejection-thanks");
		expect(item?.due).toEqual(new Date(2026, 10, 22, 23, 59, 59));
		await t.app.fileManager.renameFile(fileAt(t.app, "Interviews/Contoso.md"), "Interviews/Contoso 1.md");
		await settle(t.app);
		expect(Object.keys(t.rejections.toJSON())).toEqual(["Interviews/Contoso 1.md"]);
		await t.modify("Interviews/Contoso 1.md", note("Contoso", "outcome: rejected\noutcome_date: 2026-11-21\n"));
		expect(t.rejections.toJSON()).toEqual({});
	});

	it("patches items and groups within a minute exactly as computing them afresh would", async () => {
		const t = await start();
		const first = t.index.items(NOW);
		const frozen = JSON.stringify(first);
		t.index.groups(NOW);
		await t.modify("Interviews/Northwind.md", note("Northwind Traders", "thank_you_sent: 2026-11-20\n"));
		await t.modify("Interviews/Contoso.md", note("Contoso", "requests:\n  - item: Writing sample\n    asked: 2026-11-21\n"));
		await t.app.vault.create("Interviews/Fabrikam 2.md", note("Fabrikam", "debriefed: 2026-11-19\n"));
		await t.app.vault.delete(fileAt(t.app, "Journal/Fabrikam.md"));
		await settle(t.app);
		const fresh = computeItems(t.index.notes().map((n) => n.interview), NOW, t.settings);
		expect(t.index.items(NOW)).toEqual(fresh);
		expect(t.index.groups(NOW)).toEqual(groupItems(fresh, NOW, t.settings));
		// An items list handed out before the edits is left as it was.
		expect(JSON.stringify(first)).toBe(frozen);
	});
});

describe("InterviewIndex at startup", () => {
	/** The index as main.ts wires it: loaded with the plugin, built when the layout is ready. */
	async function startup(coldCache: boolean | { indexed: string[] }, rejectionSeen: Record<string, string> = {}) {
		const app: TestApp = await createTestApp({ files: FILES, coldCache });
		const settings = resolveSettings({}).settings;
		let saves = 0;
		const rejections = new RejectionLog(rejectionSeen, () => saves++);
		const index = new InterviewIndex(app, () => settings, { rejections, now: () => NOW });
		index.load();
		const atBuild: { notes: string[]; problems: number; complete: boolean }[] = [];
		const completions: { notes: number; overdue: number; problems: number }[] = [];
		app.workspace.onLayoutReady(() => {
			index.build();
			atBuild.push({ notes: paths(index), problems: index.problems().length, complete: index.isComplete });
			index.whenComplete(() => completions.push({ notes: index.size, overdue: index.groups(NOW).overdue.length, problems: index.problems().length }));
		});
		app.workspace.setLayoutReady();
		await finishStartup(app);
		return { app, index, atBuild, completions, rejections, saves: () => saves };
	}

	it("warm: the build at layout ready is complete, and a later 'resolved' does not read everything again", async () => {
		const warm = await startup(false);
		expect(warm.atBuild).toEqual([{ notes: ["Interviews/Broken.md", "Interviews/Contoso.md", "Interviews/Northwind.md", "Journal/Fabrikam.md", "Journal/Tagged.md"], problems: 1, complete: true }]);
		expect(warm.completions).toEqual([{ notes: 5, overdue: warm.index.groups(NOW).overdue.length, problems: 1 }]);
		const revision = warm.index.revision;
		const before = warm.index.items(NOW);
		warm.app.metadataCache.trigger("resolved");
		expect(warm.index.revision).toBe(revision);
		expect(warm.index.items(NOW)).toBe(before);
	});

	it("cold: notes the cache has not parsed are left out (no false 'date is missing'), come in with their 'changed' events, and the startup read completes on 'resolved'", async () => {
		const warm = await startup(false);
		const cold = await startup(true);
		expect(cold.atBuild).toEqual([{ notes: [], problems: 0, complete: false }]);
		expect(paths(cold.index)).toEqual(paths(warm.index));
		expect(cold.index.problems()).toEqual(warm.index.problems());
		expect(cold.index.items(NOW)).toEqual(warm.index.items(NOW));
		expect(cold.index.isComplete).toBe(true);
		// The startup notice's count: the same as a warm start's, once, after every note is read.
		expect(cold.completions).toEqual(warm.completions);
		expect(cold.completions[0]?.overdue).toBeGreaterThan(1);
	});

	it("cold with part of the vault cached: the build reads that part, the rest follows, and nothing is reported twice", async () => {
		const warm = await startup(false);
		const partial = await startup({ indexed: ["Interviews/Northwind.md", "Journal/Shopping.md"] });
		expect(partial.atBuild).toEqual([{ notes: ["Interviews/Northwind.md"], problems: 0, complete: false }]);
		expect(paths(partial.index)).toEqual(paths(warm.index));
		expect(partial.index.problems()).toEqual(warm.index.problems());
		expect(partial.index.groups(NOW)).toEqual(warm.index.groups(NOW));
		expect(partial.completions).toEqual(warm.completions);
	});

	it("cold: a recorded rejection date survives the moment its note is not parsed yet", async () => {
		const files = { ...FILES, "Interviews/Contoso.md": note("Contoso", "debriefed: 2026-11-19\noutcome: rejected\n") };
		const app = await createTestApp({ files, coldCache: true });
		let saves = 0;
		const rejections = new RejectionLog({ "Interviews/Contoso.md": "2026-11-20T10:00:00" }, () => saves++);
		const index = new InterviewIndex(app, () => resolveSettings({}).settings, { rejections, now: () => NOW });
		index.load();
		app.workspace.onLayoutReady(() => index.build());
		app.workspace.setLayoutReady();
		await finishStartup(app);
		expect(rejections.toJSON()).toEqual({ "Interviews/Contoso.md": "2026-11-20T10:00:00" });
		expect(saves).toBe(0);
		expect(index.items(NOW).find((i) => i.kind === "rejection-thanks")?.due).toEqual(new Date(2026, 10, 21, 23, 59, 59));
	});
});
