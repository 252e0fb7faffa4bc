/** Vault helpers shared by the commands: folders, free file names, opening notes. */
import { normalizePath, TFile, TFolder, type Vault, type Workspace } from "obsidian";
import { fileNameWithSuffix } from "../core/file-names";
import { vaultPathProblem } from "../core/paths";

/** `path` normalised; throws a plain message when it would leave the vault (settings are checked first; this is the last guard). */
function insideVault(path: string): string {
	const p = normalizePath(path);
	const problem = p === "/" ? null : vaultPathProblem(p);
	if (problem !== null) throw new Error(`Nothing was written to '${path}': this path ${problem}.`);
	return p;
}

/** The file at `path`, or null (a folder at that path is not a file). */
export function fileAt(vault: Vault, path: string): TFile | null {
	const f = vault.getAbstractFileByPath(normalizePath(path));
	return f instanceof TFile ? f : null;
}

/** Creates `folder` and its parents where missing. Throws a plain message when a file is in the way. */
export async function ensureFolder(vault: Vault, folder: string): Promise<void> {
	const parts = insideVault(folder).split("/").filter((p) => p !== "" && p !== ".");
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
		const path = normalizePath(`${prefix}${fileNameWithSuffix(name, n === 1 ? "" : ` ${n}`, ext)}`);
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

export type WriteOutcome = "created" | "replaced" | "refused";

/**
 * Creates or replaces `path` with `text`, unless a file there fails `isOurs`.
 * `text` may be a function of the file's current text (null when new), to merge with it.
 */
export async function writeGenerated(
	vault: Vault,
	path: string,
	text: string | ((current: string | null) => string),
	isOurs: (current: string) => boolean,
): Promise<WriteOutcome> {
	const textFor = typeof text === "string" ? () => text : text;
	insideVault(path);
	if (vault.getAbstractFileByPath(path) instanceof TFolder) return "refused";
	const existing = fileAt(vault, path);
	if (existing) {
		let ours = true;
		// The check runs inside process() so nothing can change the file between check and write.
		await vault.process(existing, (current) => {
			ours = isOurs(current);
			return ours ? textFor(current) : current;
		});
		return ours ? "replaced" : "refused";
	}
	const slash = path.lastIndexOf("/");
	if (slash > 0) await ensureFolder(vault, path.slice(0, slash));
	await vault.create(path, textFor(null));
	return "created";
}
