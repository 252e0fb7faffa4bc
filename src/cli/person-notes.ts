/**
 * Links to person notes resolved over the files of a vault, by the rules
 * Obsidian follows (DESIGN §1.1): a link with a path is that note (from the
 * vault root, or `./` `../` from the linking note's folder; `.md` optional;
 * a trailing part of a longer path also matches); a bare name is the note of
 * that name in the linking note's folder, else the one with the shortest path.
 * Letter case is ignored, as on macOS and Windows vaults.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ParsedInterview } from "../core/interview";
import { linksToPeople, withPersonNotes, withReferenceNotes, type PersonLookup, type PersonNote } from "../core/people";
import type { Settings } from "../core/settings";
import { readNoteParts } from "./frontmatter";
import { listNotes } from "./vault";

const folderOf = (path: string): string => (path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "");
const baseOf = (path: string): string => (path.split("/").pop() ?? path).replace(/\.md$/i, "");

/** `./x` and `../x` from `folder`; other paths from the vault root. */
function fromFolder(folder: string, linkpath: string): string {
	if (!/^\.\.?\//.test(linkpath)) return linkpath.replace(/^\/+/, "");
	const parts = folder ? folder.split("/") : [];
	for (const part of linkpath.split("/")) {
		if (part === "..") parts.pop();
		else if (part !== ".") parts.push(part);
	}
	return parts.join("/");
}

/** Notes by lower-case file name, for resolving many links over one file list. */
export type NoteIndex = ReadonlyMap<string, readonly string[]>;

export function indexNotes(paths: readonly string[]): NoteIndex {
	const index = new Map<string, string[]>();
	for (const p of paths) {
		const name = baseOf(p).toLowerCase();
		const list = index.get(name);
		if (list) list.push(p);
		else index.set(name, [p]);
	}
	return index;
}

/** The vault-relative path `linkpath` resolves to from `sourcePath` among the indexed notes, if any. */
export function resolveLinkpath(index: NoteIndex, linkpath: string, sourcePath: string): string | undefined {
	const folder = folderOf(sourcePath);
	const wanted = fromFolder(folder, linkpath.trim()).toLowerCase().replace(/\.md$/, "");
	if (wanted === "") return undefined;
	const name = wanted.split("/").pop() ?? wanted;
	const matches = (index.get(name) ?? []).filter((p) => {
		const lower = p.toLowerCase().replace(/\.md$/, "");
		return lower === wanted || lower.endsWith(`/${wanted}`);
	});
	const exact = matches.find((p) => p.toLowerCase().replace(/\.md$/, "") === wanted);
	if (exact !== undefined && wanted.includes("/")) return exact;
	const depth = (p: string): number => p.split("/").length;
	matches.sort(
		(a, b) =>
			Number(folderOf(b) === folder) - Number(folderOf(a) === folder) || depth(a) - depth(b) || a.length - b.length || (a < b ? -1 : a > b ? 1 : 0),
	);
	return matches[0];
}

/** A lookup over the notes `paths` of the vault at `root`, reading each person note once. */
export function vaultPersonLookup(root: string, paths: readonly string[]): PersonLookup {
	const read = new Map<string, PersonNote>();
	let index: NoteIndex | undefined;
	return (linkpath, sourcePath) => {
		// Built on the first link: most vaults scanned by `due` link to no one.
		index ??= indexNotes(paths);
		const path = resolveLinkpath(index, linkpath, sourcePath);
		if (path === undefined) return undefined;
		const known = read.get(path);
		if (known) return known;
		const note: PersonNote = { path, basename: baseOf(path) };
		try {
			const parts = readNoteParts(readFileSync(join(root, path), "utf8"));
			if (parts.error !== undefined) note.problem = parts.error;
			else if (parts.frontmatter) note.frontmatter = parts.frontmatter;
		} catch (err) {
			note.problem = `it cannot be read (${(err as { code?: string }).code ?? String(err)}).`;
		}
		read.set(path, note);
		return note;
	};
}

/**
 * `parsed` with its links to person notes resolved over the notes under `root`
 * (the vault, or the note's own folder outside one), `sourcePath` being the
 * note's path from there. Lists the folder only when the note links to someone.
 */
export async function withVaultPersonNotes(root: string, parsed: ParsedInterview, sourcePath = parsed.interview.path): Promise<ParsedInterview> {
	if (!linksToPeople(parsed.interview)) return parsed;
	return withPersonNotes(parsed, vaultPersonLookup(root, await listNotes(root)), sourcePath);
}

/** `settings` with references that link to person notes completed from the notes under `root`, and their problems. */
export async function withVaultReferenceNotes(root: string, settings: Settings): Promise<{ settings: Settings; problems: string[] }> {
	if (!settings.references.some((r) => r.link)) return { settings, problems: [] };
	const { references, problems } = withReferenceNotes(settings.references, vaultPersonLookup(root, await listNotes(root)));
	return { settings: { ...settings, references }, problems };
}
