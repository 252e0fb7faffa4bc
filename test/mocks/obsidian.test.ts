import { describe, expect, it } from "vitest";
import { clearNotices, createTestApp, debounce, fileAt, getFrontMatterInfo, normalizePath, Notice, noticeMessages, TFile, TFolder } from "./obsidian";

const NOTE = `---
type: interview   # a comment Obsidian drops on write
company: Northwind Traders
date: 2026-11-19 14:00
interviewers:
  - name: Dana Whitfield
    honorific: Ms.
custom_key: [1, 2]
---
# Northwind

Body with  two spaces, a #interview tag,\ttabs
and a trailing line without newline`;

describe("FileManager.processFrontMatter", () => {
	it("rewrites only the frontmatter block; the body stays byte for byte", async () => {
		const app = await createTestApp({ files: { "Interviews/n.md": NOTE } });
		const file = fileAt(app, "Interviews/n.md");
		await app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
			fm.thank_you_sent = "2026-11-20";
		});
		const text = await app.vault.read(file);
		const body = NOTE.slice(NOTE.indexOf("\n---\n") + 5);
		expect(text.endsWith(`\n---\n${body}`)).toBe(true);
		expect(text).toContain("thank_you_sent: 2026-11-20\n");
		expect(text).toContain("company: Northwind Traders\n");
		expect(text).toContain("custom_key:\n  - 1\n  - 2\n");
		expect(text).toContain("interviewers:\n  - name: Dana Whitfield\n    honorific: Ms.\n");
		expect(text).not.toContain("# a comment");
	});

	it("adds a block when the note has none and leaves the text after it alone", async () => {
		const app = await createTestApp({ files: { "a.md": "# Title\n\nText\n" } });
		const file = fileAt(app, "a.md");
		await app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
			fm.debriefed = "2026-11-19";
		});
		expect(await app.vault.read(file)).toBe("---\ndebriefed: 2026-11-19\n---\n# Title\n\nText\n");
	});

	it("writes nothing when the callback throws, and throws on broken YAML", async () => {
		const app = await createTestApp({ files: { "a.md": "---\na: 1\n---\nx", "b.md": "---\na: [1\n---\nx" } });
		const a = fileAt(app, "a.md");
		await expect(app.fileManager.processFrontMatter(a, () => { throw new Error("no"); })).rejects.toThrow("no");
		expect(await app.vault.read(a)).toBe("---\na: 1\n---\nx");
		await expect(app.fileManager.processFrontMatter(fileAt(app, "b.md"), () => {})).rejects.toThrow();
	});
});

describe("MetadataCache", () => {
	it("keeps timestamps as strings, gives heading and tag positions", async () => {
		const app = await createTestApp({ files: { "n.md": NOTE } });
		const cache = app.metadataCache.getFileCache(fileAt(app, "n.md"))!;
		expect(cache.frontmatter?.date).toBe("2026-11-19 14:00");
		expect(cache.frontmatter?.interviewers).toEqual([{ name: "Dana Whitfield", honorific: "Ms." }]);
		expect(cache.frontmatterPosition).toEqual({ start: { line: 0, col: 0, offset: 0 }, end: { line: 8, col: 3, offset: NOTE.indexOf("\n---\n") + 4 } });
		const h = cache.headings![0]!;
		expect(h).toMatchObject({ heading: "Northwind", level: 1 });
		expect(NOTE.slice(h.position.start.offset, h.position.end.offset)).toBe("# Northwind");
		const t = cache.tags![0]!;
		expect(t.tag).toBe("#interview");
		expect(NOTE.slice(t.position.start.offset, t.position.end.offset)).toBe("#interview");
		expect(cache.sections!.map((s) => s.type)).toEqual(["yaml", "heading", "paragraph"]);
	});

	it("is stale right after a write and fires 'changed' when it has re-read the file", async () => {
		const app = await createTestApp({ files: { "n.md": "---\nround: 1\n---\n" } });
		const file = fileAt(app, "n.md");
		const seen: unknown[] = [];
		app.metadataCache.on("changed", (f: TFile, data: string, cache: { frontmatter?: Record<string, unknown> }) => seen.push([f.path, data, cache.frontmatter?.round]));
		await app.vault.modify(file, "---\nround: 2\n---\n");
		expect(app.metadataCache.getFileCache(file)?.frontmatter?.round).toBe(1);
		await app.metadataCache.settled();
		expect(app.metadataCache.getFileCache(file)?.frontmatter?.round).toBe(2);
		expect(seen).toEqual([["n.md", "---\nround: 2\n---\n", 2]]);
	});

	it("follows renames and reports deletions", async () => {
		const app = await createTestApp({ files: { "A/n.md": "# N", "B/x.md": "" } });
		const file = fileAt(app, "A/n.md");
		const events: string[] = [];
		app.vault.on("rename", (f: TFile, old: string) => events.push(`rename ${old} -> ${f.path}`));
		app.metadataCache.on("deleted", (f: TFile, prev: { headings?: unknown[] } | null) => events.push(`deleted ${f.path} ${prev?.headings?.length}`));
		await app.fileManager.renameFile(file, "B/m.md");
		expect(file.basename).toBe("m");
		expect(file.parent?.path).toBe("B");
		expect(app.metadataCache.getFileCache(file)?.headings?.[0]?.heading).toBe("N");
		expect(app.metadataCache.getFirstLinkpathDest("m", "")).toBe(file);
		await app.vault.delete(file);
		expect(events).toEqual(["rename A/n.md -> B/m.md", "deleted B/m.md 1"]);
		expect(app.vault.getAbstractFileByPath("B/m.md")).toBeNull();
		await expect(app.vault.read(file)).rejects.toThrow(/ENOENT/);
	});
});

describe("Vault", () => {
	it("refuses to overwrite and needs the folder to exist, like Obsidian", async () => {
		const app = await createTestApp({ files: { "Interviews/a.md": "x" } });
		await expect(app.vault.create("Interviews/a.md", "y")).rejects.toThrow("File already exists.");
		await expect(app.vault.create("Interviews/A.md", "y")).rejects.toThrow("File already exists.");
		await expect(app.vault.create("Drafts/b.md", "y")).rejects.toThrow(/ENOENT/);
		const folder = await app.vault.createFolder("Interviews/Drafts");
		expect(folder).toBeInstanceOf(TFolder);
		const created: string[] = [];
		app.vault.on("create", (f: TFile) => created.push(f.path));
		const b = await app.vault.create("Interviews/Drafts/b.md", "y");
		expect(b).toBeInstanceOf(TFile);
		expect(created).toEqual(["Interviews/Drafts/b.md"]);
		expect(app.vault.getMarkdownFiles().map((f) => f.path).sort()).toEqual(["Interviews/Drafts/b.md", "Interviews/a.md"]);
		expect(await app.vault.process(b, (t) => t + "z")).toBe("yz");
	});

	it("refuses every path that would leave the vault folder", async () => {
		const app = await createTestApp({ files: { "Interviews/a.md": "x" } });
		for (const path of ["../outside.md", "../../outside/x.md", "Interviews/../../up.md", "..\\x.md", "C:\\x.md", "c:/x.md"]) {
			await expect(app.vault.create(path, "y"), path).rejects.toThrow(/outside the vault/);
			await expect(app.vault.createFolder(path), path).rejects.toThrow(/outside the vault/);
		}
		await expect(app.vault.rename(fileAt(app, "Interviews/a.md"), "../a.md")).rejects.toThrow(/outside the vault/);
		expect(() => app.vault.seed("../seeded.md", "z")).toThrow(/outside the vault/);
		expect(app.vault.getFiles().map((f) => f.path)).toEqual(["Interviews/a.md"]);
		expect(app.vault.getAllLoadedFiles().filter((f) => f instanceof TFolder && !f.isRoot()).map((f) => f.path)).toEqual(["Interviews"]);
	});

	it("normalizes paths as Obsidian does", () => {
		expect(normalizePath("/Interviews//Drafts/")).toBe("Interviews/Drafts");
		expect(normalizePath("a\\b")).toBe("a/b");
		expect(getFrontMatterInfo("---\na: 1\n---\nbody")).toEqual({ exists: true, frontmatter: "a: 1\n", from: 4, to: 9, contentStart: 13 });
		expect(getFrontMatterInfo("no\n---\n").exists).toBe(false);
		// Obsidian's rule: no trailing spaces on either line, and `...` does not close the block.
		expect(getFrontMatterInfo("--- \na: 1\n---\nbody").exists).toBe(false);
		expect(getFrontMatterInfo("---\na: 1\n--- \nbody").exists).toBe(false);
		expect(getFrontMatterInfo("---\na: 1\n...\nbody").exists).toBe(false);
		expect(getFrontMatterInfo("---\r\na: 1\r\n---\r\nbody")).toEqual({ exists: true, frontmatter: "a: 1\r\n", from: 5, to: 11, contentStart: 16 });
	});
});

describe("Notice and debounce", () => {
	it("records notices without a DOM", () => {
		clearNotices();
		new Notice("Saved");
		expect(noticeMessages()).toEqual(["Saved"]);
	});

	it("debounce runs once after the last call", async () => {
		const calls: number[] = [];
		const d = debounce((n: number) => calls.push(n), 5, true);
		d(1);
		d(2);
		await new Promise((r) => globalThis.setTimeout(r, 20));
		expect(calls).toEqual([2]);
	});
});
