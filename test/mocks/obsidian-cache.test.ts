// The stand-in's metadata cache and frontmatter writes behave as Obsidian's do
// in the ways the plugin relies on (each behaviour's source is in the mock's comments).
import { describe, expect, it, vi } from "vitest";
import { createTestApp, fileAt, finishStartup, getLinkpath, parseLinktext, type TestApp, type TFile } from "./obsidian";

/** Records the cache's events as short strings. */
function record(app: TestApp): string[] {
	const seen: string[] = [];
	app.metadataCache.on("changed", (f: TFile) => seen.push(`changed ${f.path}`));
	app.metadataCache.on("resolved", () => seen.push("resolved"));
	return seen;
}

describe("a cold start", () => {
	const FILES = { "Interviews/a.md": "---\ncompany: A\n---\n", "Interviews/b.md": "---\ncompany: B\n---\n", "c.md": "# C\n" };

	it("has the vault's files but not their metadata when the layout is ready, then fills with 'changed' per note and 'resolved' last", async () => {
		const app = await createTestApp({ files: FILES, coldCache: true });
		const seen = record(app);
		const atLayout: (string | null)[] = [];
		app.workspace.onLayoutReady(() => {
			for (const f of app.vault.getMarkdownFiles()) atLayout.push(app.metadataCache.getFileCache(f) === null ? null : f.path);
		});
		app.workspace.setLayoutReady();
		expect(atLayout).toEqual([null, null, null]);
		await finishStartup(app);
		expect(seen).toEqual(["changed Interviews/a.md", "changed Interviews/b.md", "changed c.md", "resolved"]);
		expect(app.metadataCache.getFileCache(fileAt(app, "Interviews/b.md"))?.frontmatter).toEqual({ company: "B" });
		// 'resolved' again after a later change is resolved.
		await app.vault.modify(fileAt(app, "c.md"), "# C2\n");
		await app.metadataCache.settled();
		expect(seen.slice(4)).toEqual(["changed c.md", "resolved"]);
	});

	it("lets other work run while it fills, and indexes only what the cache had not got to", async () => {
		const app = await createTestApp({ files: FILES, coldCache: { indexed: ["Interviews/a.md"] } });
		const seen = record(app);
		expect(app.metadataCache.getCache("Interviews/a.md")?.frontmatter).toEqual({ company: "A" });
		expect(app.metadataCache.getCache("Interviews/b.md")).toBeNull();
		// The fill waits between batches on a task boundary; the test holds that
		// boundary so "midway" is a fixed point, not a race with a timer.
		const gates: (() => void)[] = [];
		const between = () => new Promise<void>((r) => gates.push(r));
		const filling = app.metadataCache.indexRemaining(1, between);
		await vi.waitUntil(() => gates.length === 1);
		expect(seen).toEqual(["changed Interviews/b.md"]);
		expect(app.metadataCache.getCache("c.md")).toBeNull();
		gates[0]!();
		await vi.waitUntil(() => gates.length === 2);
		expect(seen).toEqual(["changed Interviews/b.md", "changed c.md"]);
		gates[1]!();
		await filling;
		expect(seen).toEqual(["changed Interviews/b.md", "changed c.md", "resolved"]);
	});

	it("a warm start fires no 'changed' for notes it already had", async () => {
		const app = await createTestApp({ files: FILES });
		const seen = record(app);
		app.workspace.setLayoutReady();
		await finishStartup(app);
		expect(seen).toEqual([]);
		expect(app.metadataCache.getCache("c.md")?.headings?.[0]?.heading).toBe("C");
	});
});

describe("rename", () => {
	it("fires the vault's 'rename' and no 'changed': the cache entry moves with the file", async () => {
		const app = await createTestApp({ files: { "A/n.md": "---\nx: 1\n---\n" } });
		const seen = record(app);
		const file = fileAt(app, "A/n.md");
		await app.fileManager.renameFile(file, "A/m.md");
		await app.metadataCache.settled();
		expect(seen).toEqual([]);
		expect(app.metadataCache.getCache("A/m.md")?.frontmatter).toEqual({ x: 1 });
		expect(app.metadataCache.getCache("A/n.md")).toBeNull();
	});
});

describe("links", () => {
	const PANEL = '---\ncontact: "[[Dana Whitfield]]"\ninterviewers:\n  - "[[People/Sam Lee|Sam]]"\n  - name: "[[Priya Shah#Notes]]"\n    title: Lead\n  - Jordan Blake\nnote: "met [[Dana Whitfield]] twice"\n---\nBody [[Missing]] and [[Dana Whitfield#Bio|Dana]].\n';

	it("lists links in properties as frontmatterLinks, keyed by where they sit", async () => {
		const app = await createTestApp({ files: { "Interviews/panel.md": PANEL } });
		const cache = app.metadataCache.getCache("Interviews/panel.md");
		expect(cache?.frontmatterLinks).toEqual([
			{ key: "contact", link: "Dana Whitfield", original: "[[Dana Whitfield]]", displayText: "Dana Whitfield" },
			{ key: "interviewers.0", link: "People/Sam Lee", original: "[[People/Sam Lee|Sam]]", displayText: "Sam" },
			{ key: "interviewers.1.name", link: "Priya Shah#Notes", original: "[[Priya Shah#Notes]]", displayText: "Priya Shah#Notes" },
		]);
		expect(cache?.links?.map((l) => l.link)).toEqual(["Missing", "Dana Whitfield#Bio"]);
		expect(parseLinktext("Priya Shah#Notes")).toEqual({ path: "Priya Shah", subpath: "#Notes" });
		expect(getLinkpath("Dana Whitfield#^block")).toBe("Dana Whitfield");
	});

	it("resolves a linkpath as Obsidian does: its path, else same name in the source's folder, else the shortest path", async () => {
		const app = await createTestApp({
			files: {
				"People/Dana Whitfield.md": "",
				"Archive/Old/Dana Whitfield.md": "",
				"Interviews/Dana Whitfield.md": "",
				"Interviews/n.md": "",
				"Journal/n.md": "",
				"Deep/er/Sam Lee.md": "",
				"Top/Sam Lee.md": "",
				"logo.png": "",
			},
		});
		const dest = (linkpath: string, source: string): string | undefined => app.metadataCache.getFirstLinkpathDest(linkpath, source)?.path;
		expect(dest("Dana Whitfield", "Interviews/n.md")).toBe("Interviews/Dana Whitfield.md");
		expect(dest("Dana Whitfield", "Journal/n.md")).toBe("People/Dana Whitfield.md");
		expect(dest("Old/Dana Whitfield", "Journal/n.md")).toBe("Archive/Old/Dana Whitfield.md");
		expect(dest("People/Dana Whitfield.md", "Interviews/n.md")).toBe("People/Dana Whitfield.md");
		expect(dest("../People/Dana Whitfield", "Interviews/n.md")).toBe("People/Dana Whitfield.md");
		expect(dest("sam lee", "Journal/n.md")).toBe("Top/Sam Lee.md");
		expect(dest("logo.png", "Journal/n.md")).toBe("logo.png");
		expect(dest("", "Journal/n.md")).toBe("Journal/n.md");
		expect(dest("Nobody", "Journal/n.md")).toBeUndefined();
		expect(dest("Elsewhere/Sam Lee", "Journal/n.md")).toBeUndefined();
	});

	it("counts resolved and unresolved links, and moves a link to resolved when its note appears", async () => {
		const app = await createTestApp({ files: { "Interviews/panel.md": PANEL, "People/Dana Whitfield.md": "---\nhonorific: Ms.\n---\n" } });
		expect(app.metadataCache.resolvedLinks["Interviews/panel.md"]).toEqual({ "People/Dana Whitfield.md": 2 });
		expect(app.metadataCache.unresolvedLinks["Interviews/panel.md"]).toEqual({ "People/Sam Lee": 1, "Priya Shah": 1, Missing: 1 });
		expect(app.metadataCache.resolvedLinks["People/Dana Whitfield.md"]).toEqual({});
		await app.vault.createFolder("People/Team");
		await app.vault.create("People/Team/Priya Shah.md", "");
		expect(app.metadataCache.resolvedLinks["Interviews/panel.md"]).toEqual({ "People/Dana Whitfield.md": 2, "People/Team/Priya Shah.md": 1 });
		expect(app.metadataCache.unresolvedLinks["Interviews/panel.md"]).toEqual({ "People/Sam Lee": 1, Missing: 1 });
	});

	it("an edit of a person note is a 'changed' event for that note, with its new frontmatter", async () => {
		const app = await createTestApp({ files: { "Interviews/panel.md": PANEL, "People/Dana Whitfield.md": "---\nhonorific: Ms.\n---\n" } });
		const seen: unknown[] = [];
		app.metadataCache.on("changed", (f: TFile, _data: string, cache: { frontmatter?: unknown }) => seen.push([f.path, cache.frontmatter]));
		await app.vault.modify(fileAt(app, "People/Dana Whitfield.md"), "---\nhonorific: Dr.\n---\n");
		await app.metadataCache.settled();
		expect(seen).toEqual([["People/Dana Whitfield.md", { honorific: "Dr." }]]);
	});
});

describe("processFrontMatter", () => {
	it("re-serialises the whole block even for a no-op: comments go, quotes and list style change, blanks become null", async () => {
		const note = "---\ntype: 'interview' # kept by hand\ntags: [interview, ops]\ndebriefed:\ncontact: '[[Dana Whitfield]]'\n---\nBody stays.\r\n";
		const app = await createTestApp({ files: { "n.md": note } });
		await app.fileManager.processFrontMatter(fileAt(app, "n.md"), () => {});
		expect(await app.vault.read(fileAt(app, "n.md"))).toBe('---\ntype: interview\ntags:\n  - interview\n  - ops\ndebriefed: null\ncontact: "[[Dana Whitfield]]"\n---\nBody stays.\r\n');
	});
});
