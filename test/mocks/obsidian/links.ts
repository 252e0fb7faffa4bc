/**
 * Obsidian's link text helpers and link resolution (what getFirstLinkpathDest
 * and resolvedLinks are built on).
 */
import type * as Real from "obsidian";
import type { TFile } from "./files";
import type { Vault } from "./vault";

/**
 * obsidian.d.ts `parseLinktext`: the linktext of `[[Note#Heading]]` is
 * "Note#Heading"; its path is "Note" and its subpath "#Heading" (a block
 * reference is the subpath "#^id").
 */
export const parseLinktext: typeof Real.parseLinktext = (linktext) => {
	const at = linktext.indexOf("#");
	return at < 0 ? { path: linktext, subpath: "" } : { path: linktext.slice(0, at), subpath: linktext.slice(at) };
};

/** obsidian.d.ts `getLinkpath`: "the name of the file that is being linked to" (the linktext without its subpath). */
export const getLinkpath: typeof Real.getLinkpath = (linktext) => parseLinktext(linktext).path;

const folderOf = (path: string): string => (path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "");

/** `./x` and `../x` from the source note's folder (links written with the "relative path" link format). */
function relativeTo(folder: string, linkpath: string): string {
	const parts = folder ? folder.split("/") : [];
	for (const part of linkpath.split("/")) {
		if (part === "..") parts.pop();
		else if (part !== ".") parts.push(part);
	}
	return parts.join("/");
}

/** A file's link name: a note is linked by its basename, any other file by its full name. */
const linkNames = (f: TFile): string[] => (f.extension === "md" ? [f.basename.toLowerCase(), f.name.toLowerCase()] : [f.name.toLowerCase()]);

/**
 * Resolves link paths as Obsidian does. obsidian.d.ts says only "Get the best
 * match for a linkpath"; the order below is the app's observed behaviour:
 * - an empty linkpath (`[[#Heading]]`) is the source note itself;
 * - a path that names a file (vault-relative, or `./`/`../` from the source's
 *   folder, `.md` optional) is that file;
 * - otherwise the files whose name is the link's last segment and whose path
 *   ends with the whole linkpath: one in the source's folder first, then the
 *   shortest path.
 * Matching ignores case, as on macOS and Windows vaults.
 */
export class LinkResolver {
	private byName: Map<string, TFile[]> | null = null;

	constructor(private readonly vault: Vault) {
		const reset = (): void => {
			this.byName = null;
		};
		vault.on("create", reset);
		vault.on("delete", reset);
		vault.on("rename", reset);
	}

	resolve(linkpath: string, sourcePath: string): TFile | null {
		if (linkpath === "") return this.vault.getFileByPath(sourcePath);
		const folder = folderOf(sourcePath);
		const path = /^\.\.?\//.test(linkpath) ? relativeTo(folder, linkpath) : linkpath.replace(/^\/+/, "");
		const exact = this.byPath(path) ?? this.byPath(`${path}.md`);
		if (exact) return exact;
		const lower = path.toLowerCase();
		const name = lower.split("/").pop() ?? lower;
		const matches = (this.names().get(name) ?? []).filter((f) => {
			const p = f.path.toLowerCase();
			return p === lower || p.endsWith(`/${lower}`) || p === `${lower}.md` || p.endsWith(`/${lower}.md`);
		});
		const depth = (f: TFile): number => f.path.split("/").length;
		matches.sort(
			(a, b) =>
				Number(folderOf(b.path) === folder) - Number(folderOf(a.path) === folder) ||
				depth(a) - depth(b) ||
				a.path.length - b.path.length ||
				(a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
		);
		return matches[0] ?? null;
	}

	private byPath(path: string): TFile | null {
		const direct = this.vault.getFileByPath(path);
		if (direct) return direct;
		const lower = path.toLowerCase();
		const name = lower.split("/").pop() ?? lower;
		return (this.names().get(name) ?? []).find((f) => f.path.toLowerCase() === lower) ?? null;
	}

	private names(): Map<string, TFile[]> {
		if (this.byName) return this.byName;
		const map = new Map<string, TFile[]>();
		for (const f of this.vault.getFiles()) {
			for (const n of new Set(linkNames(f))) {
				const list = map.get(n) ?? [];
				list.push(f);
				map.set(n, list);
			}
		}
		this.byName = map;
		return map;
	}
}
