/** The user's letter templates: the file for a kind and format in the templates folder, read when a draft is made. */
import { normalizePath, type Vault } from "obsidian";
import { templateExport, templateFileName, templateFromFile, type LetterKind, type TemplateLookup } from "../core/letters/index";
import type { LetterFormat } from "../core/settings";
import { ensureFolder, fileAt } from "./vault-files";

const inFolder = (folder: string, name: string): string => normalizePath(`${folder}/${name}`);

/** The lookup a draft of `kind` as `format` uses: the user's template when the folder has one. */
export async function userTemplates(vault: Vault, folder: string, kind: LetterKind, format: LetterFormat): Promise<TemplateLookup> {
	const path = inFolder(folder, templateFileName(kind, format));
	const file = fileAt(vault, path);
	if (!file) return () => undefined;
	const source = templateFromFile(path, await vault.cachedRead(file));
	return (k, f) => (k === kind && f === format ? source : undefined);
}

/** Writes the built-in templates and their README into `folder`; files already there are kept. */
export async function exportTemplates(vault: Vault, folder: string): Promise<{ written: string[]; kept: string[] }> {
	await ensureFolder(vault, folder);
	const written: string[] = [];
	const kept: string[] = [];
	for (const { name, text } of templateExport()) {
		const path = inFolder(folder, name);
		if (vault.getAbstractFileByPath(path)) kept.push(path);
		else written.push((await vault.create(path, text)).path);
	}
	return { written, kept };
}
