/**
 * Vault paths from settings. Every folder or file a setting names must stay
 * inside the vault, on every system Obsidian runs on: the plugin, data.json
 * and the CLI all check a path here before using it.
 */

import { hasControlChar } from "./control-chars";

// Characters Windows refuses in a file or folder name; `:` also makes `C:x` a drive path.
const FORBIDDEN = /[:*?"<>|]/;
// Windows drops trailing dots and spaces from a name (and Obsidian reads a no-break space
// as a space), so ".. " can mean "..".
const DOTS_ONLY = /^[. \u00a0\u202f]*$/;

/**
 * Why `path` (trimmed, without trailing slashes) cannot name a place inside
 * the vault, as a clause that follows "This path" — or null when it can.
 * The empty path (the vault's root folder) is allowed here; settings that
 * need a name say so themselves.
 */
export function vaultPathProblem(path: string): string | null {
	if (path === "") return null;
	if (hasControlChar(path)) return "contains a control character";
	if (path.includes("\\")) return "contains a backslash (\\); separate folders with /";
	if (path.startsWith("/") || /^[A-Za-z]:/.test(path)) return "is absolute, so it points outside the vault";
	const parts = path.split("/");
	if (parts.some((p) => DOTS_ONLY.test(p) && p.includes(".."))) return "has a '..' part, so it points outside the vault";
	if (FORBIDDEN.test(path)) return 'contains one of : * ? " < > |, which file and folder names cannot hold';
	if (parts.some((p) => DOTS_ONLY.test(p))) return "has an empty folder name (two slashes in a row, or only dots)";
	return null;
}

const partsOf = (path: string): string[] => path.normalize("NFC").toLowerCase().split("/").filter((p) => p !== "");

/**
 * True when `inner` is `outer` or lies inside it. Case is ignored: on macOS
 * and Windows `interviews` and `Interviews` are the same folder.
 */
export function folderContains(outer: string, inner: string): boolean {
	const o = partsOf(outer);
	const i = partsOf(inner);
	return o.length <= i.length && o.every((p, n) => p === i[n]);
}
