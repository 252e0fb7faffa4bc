/** The user's letter templates in the vault's templates folder, for the CLI (the plugin reads them through the vault). */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { templateExport, templateFileName, templateFromFile, type LetterKind, type TemplateLookup } from "../core/letters/index";
import type { LetterFormat } from "../core/settings";
import { CliError } from "./command";
import { whyUnreadable } from "./vault";

const vaultPath = (folder: string, name: string): string => [...folder.split("/").filter((s) => s !== ""), name].join("/");

/** The lookup for a draft of `kind` as `format`: the vault's template file when there is one (no vault: the built-ins). */
export async function vaultTemplates(vault: string | undefined, folder: string, kind: LetterKind, format: LetterFormat): Promise<TemplateLookup> {
	if (vault === undefined) return () => undefined;
	const path = vaultPath(folder, templateFileName(kind, format));
	let text: string;
	try {
		text = await readFile(join(vault, ...path.split("/")), "utf8");
	} catch (err) {
		if ((err as { code?: string }).code === "ENOENT") return () => undefined;
		throw new CliError(`Cannot read the letter template '${path}': ${whyUnreadable(err)}.`);
	}
	const source = templateFromFile(path, text);
	return (k, f) => (k === kind && f === format ? source : undefined);
}

/** Writes the built-in templates and their README into the vault's templates folder; files already there are kept. */
export async function exportVaultTemplates(vault: string, folder: string): Promise<{ written: string[]; kept: string[] }> {
	const written: string[] = [];
	const kept: string[] = [];
	await mkdir(join(vault, ...folder.split("/").filter((s) => s !== "")), { recursive: true });
	for (const { name, text } of templateExport()) {
		const path = vaultPath(folder, name);
		try {
			// "wx": created only when absent, so a user's edited copy is never overwritten.
			await writeFile(join(vault, ...path.split("/")), text, { encoding: "utf8", flag: "wx" });
			written.push(path);
		} catch (err) {
			if ((err as { code?: string }).code !== "EEXIST") throw new CliError(`Cannot write '${path}': ${whyUnreadable(err)}.`);
			kept.push(path);
		}
	}
	return { written, kept };
}
