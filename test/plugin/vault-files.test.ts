import type * as Real from "obsidian";
import { describe, expect, it } from "vitest";
import { createUnique, ensureFolder, freePath, writeGenerated } from "../../src/plugin/vault-files";
import { createTestApp, TFile, TFolder } from "../mocks/obsidian";

async function vaultWith(files: Record<string, string>): Promise<Real.Vault> {
	const app = await createTestApp({ files });
	return app.vault;
}

async function text(vault: Real.Vault, path: string): Promise<string> {
	const f = vault.getAbstractFileByPath(path);
	if (!(f instanceof TFile)) throw new Error(`no file ${path}`);
	return vault.read(f);
}

describe("vault helpers", () => {
	it("creates nested folders once and refuses when a file is in the way", async () => {
		const vault = await vaultWith({ "A/file.md": "x" });
		await ensureFolder(vault, "A/B/C");
		expect(vault.getAbstractFileByPath("A/B/C")).toBeInstanceOf(TFolder);
		await ensureFolder(vault, "A/B/C");
		await expect(ensureFolder(vault, "A/file.md/D")).rejects.toThrow("'A/file.md' is a file, so the folder cannot be created there.");
	});

	it("never writes outside the vault, whatever path it is given", async () => {
		const vault = await vaultWith({ "A/file.md": "x" });
		for (const path of ["../../outside", "A/../../up", "..\\x", "C:\\x"]) {
			await expect(ensureFolder(vault, path), path).rejects.toThrow(/^Nothing was written to '.+': this path (has a '\.\.' part|is absolute), so it points outside the vault\.$/);
			await expect(createUnique(vault, path, "n", "md", "t"), path).rejects.toThrow(/outside the vault/);
			await expect(writeGenerated(vault, `${path}/bank.md`, "t", () => true), path).rejects.toThrow(/outside the vault/);
		}
		expect(vault.getFiles().map((f) => f.path)).toEqual(["A/file.md"]);
		await ensureFolder(vault, "/");
	});

	it("picks a free name and never overwrites", async () => {
		const vault = await vaultWith({ "D/Note.md": "mine", "D/Note 2.md": "mine too" });
		expect(freePath(vault, "D", "Note", "md")).toBe("D/Note 3.md");
		expect(freePath(vault, "/", "Note", "md")).toBe("Note.md");
		const a = await createUnique(vault, "D", "Note", "md", "new");
		const b = await createUnique(vault, "D", "Note", "md", "newer");
		expect([a.path, b.path]).toEqual(["D/Note 3.md", "D/Note 4.md"]);
		expect(await text(vault, "D/Note.md")).toBe("mine");
	});

	it("replaces a generated file but refuses a user's file or a folder", async () => {
		const vault = await vaultWith({ "Out/ours.txt": "GENERATED v1", "Out/theirs.txt": "my notes", "Out/dir/x.md": "" });
		const ours = (t: string): boolean => t.startsWith("GENERATED");
		expect(await writeGenerated(vault, "Out/ours.txt", "GENERATED v2", ours)).toBe("replaced");
		expect(await text(vault, "Out/ours.txt")).toBe("GENERATED v2");
		expect(await writeGenerated(vault, "Out/theirs.txt", "GENERATED v2", ours)).toBe("refused");
		expect(await text(vault, "Out/theirs.txt")).toBe("my notes");
		expect(await writeGenerated(vault, "Out/dir", "GENERATED", ours)).toBe("refused");
		expect(await writeGenerated(vault, "New/Deep/cal.ics", "GENERATED", ours)).toBe("created");
		expect(await text(vault, "New/Deep/cal.ics")).toBe("GENERATED");
	});
});
