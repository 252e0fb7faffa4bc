/**
 * `draft --write`: the drafts written into the vault as the plugin writes them
 * (src/plugin/commands/drafts.ts): new notes in the drafts folder with
 * `draft_of`, `kind`, `format` and `recipient`, or blocks under the note's
 * drafts heading, per the `draftLocation` setting. Nothing is overwritten: a
 * taken name gets " 2", " 3"…, created exclusively; a splice only inserts
 * text and keeps the note's line endings.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { draftFileName, spliceDrafts } from "../core/draft-notes";
import { fileNameWithSuffix } from "../core/file-names";
import type { Interview } from "../core/interview";
import { draftNoteText, type Draft } from "../core/letters/index";
import type { Settings } from "../core/settings";
import { CliError } from "./command";

export interface WriteTarget {
	/** The vault's folder on disk: `notePath` and the drafts folder are relative to it. */
	root: string;
	/** The interview note, vault-relative ("Interviews/Northwind.md"). */
	notePath: string;
	interview: Interview;
}

/** The folder that `notePath` is relative to, from the note's file on disk. */
export function vaultRootOf(file: string, notePath: string): string {
	let root = dirname(file);
	for (let i = notePath.split("/").length - 1; i > 0; i--) root = dirname(root);
	return root;
}

/** Creates `folder/name.md`, else `name 2.md`…, never replacing a file (exclusive create). */
async function createUnique(folder: string, name: string, text: string): Promise<string> {
	await mkdir(folder, { recursive: true });
	for (let n = 1; ; n++) {
		const path = join(folder, fileNameWithSuffix(name, n === 1 ? "" : ` ${n}`, "md"));
		try {
			await writeFile(path, text, { flag: "wx" });
			return path;
		} catch (err) {
			if ((err as { code?: string }).code !== "EEXIST") throw err;
		}
	}
}

const shown = (cwd: string, file: string): string => relative(cwd, file).split(sep).join("/");

/** Writes the drafts; the paths written (relative to `cwd`), one per new note, or the interview note once. */
export async function writeDraftNotes(target: WriteTarget, drafts: Draft[], settings: Settings, now: Date, cwd: string): Promise<string[]> {
	const { root, notePath, interview } = target;
	if (settings.draftLocation === "section") {
		const file = join(root, notePath);
		let text: string;
		try {
			text = await readFile(file, "utf8");
		} catch (err) {
			throw new CliError(`Cannot add the drafts to ${notePath}: ${(err as { code?: string }).code ?? String(err)}.`);
		}
		await writeFile(file, spliceDrafts(text, settings.headings.drafts, drafts, now));
		return [shown(cwd, file)];
	}
	const folder = join(root, ...settings.draftsFolder.split("/").filter((s) => s !== ""));
	const written: string[] = [];
	for (const draft of drafts) {
		const path = await createUnique(folder, draftFileName(draft, interview.company, now), draftNoteText(draft, notePath, now));
		written.push(shown(cwd, path));
	}
	return written;
}
