/** Vault helpers shared by the commands: folders, free file names, opening notes. */
import { normalizePath, TFile, TFolder, type Vault, type Workspace } from "obsidian";

/** The file at `path`, or null (a folder at that path is not a file). */
export function fileAt(vault: Vault, path: string): TFile | null {
	const f = vault.getAbstractFileByPath(normalizePath(path));
	return f instanceof TFile ? f : null;
}

/** Creates `folder` and its parents where missing. Throws a plain message when a file is in the way. */
export async function ensureFolder(vault: Vault, folder: string): Promise<void> {
	const parts = normalizePath(folder).split("/").filter((p) => p !== "" && p !== ".");
	let path = "";
	for (const part of parts) {
		path = path === "" ? part : `${path}/${part}`;
		const existing = vault.getAbstractFileByPath(path);
		if (existing instanceof TFolder) continue;
		if (existing) throw new Error(`'${path}' is a file, so the folder cannot be created there.`);
		await vault.createFolder(path);
	}
}

/** `folder/name.ext`, or `folder/name 2.ext`, `name 3`… — the first path not taken. */
export function freePath(vault: Vault, folder: string, name: string, ext: string): string {
	const dir = normalizePath(folder);
	const prefix = dir === "/" || dir === "" ? "" : `${dir}/`;
	for (let n = 1; ; n++) {
		const path = normalizePath(`${prefix}${name}${n === 1 ? "" : ` ${n}`}.${ext}`);
		if (!vault.getAbstractFileByPath(path)) return path;
	}
}

/** Creates a new file with `text` in `folder` under a free name; never overwrites. */
export async function createUnique(vault: Vault, folder: string, name: string, ext: string, text: string): Promise<TFile> {
	await ensureFolder(vault, folder);
	return vault.create(freePath(vault, folder, name, ext), text);
}

/** Opens `file` in the current tab, or a new one with `newTab`. */
export async function openFile(workspace: Workspace, file: TFile, newTab = false): Promise<void> {
	await workspace.getLeaf(newTab ? "tab" : false).openFile(file);
}

/** Splits a note into frontmatter (with its closing line) and body. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string } {
	const m = /^---\r?\n(?:[\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(text);
	if (!m) return { frontmatter: "", body: text };
	return { frontmatter: m[0], body: text.slice(m[0].length) };
}

/** Number of line breaks in `text`: the line offset of what follows it. */
export const lineCount = (text: string): number => (text.match(/\n/g) ?? []).length;
