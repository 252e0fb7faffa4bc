/** Reading a vault folder from disk for the CLI. */
// Synchronous file calls throughout: the first asynchronous one starts libuv's thread
// pool, which costs a short command more than all of its own work (`npm run bench`).
import { accessSync, constants, readdirSync, readFileSync, realpathSync, statSync, type Dirent, type Stats } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import type { NoteProblem } from "../core/items";
import { readRejectionSeen } from "../core/rejection-seen";
import { dateStyleForLocale, type DateStyle } from "../core/dates";
import { resolveSettings, type SettingsResult } from "../core/settings";
import { isRecord } from "../core/values";
import { CliError } from "./command";

const SKIP_DIRS = new Set([".obsidian", ".trash", "node_modules", ".git"]);

export const SETTINGS_FILE = join(".obsidian", "plugins", "interview-follow-up", "data.json");

export interface VaultListing {
	/** Vault-relative paths (with `/`) of every Markdown note, sorted. */
	paths: string[];
	/** Folders and links that could not be read (vault-relative, a folder with a trailing `/`). */
	problems: NoteProblem[];
}

const codeOf = (err: unknown): string => (err as { code?: string }).code ?? String(err);

/**
 * Every Markdown note of the vault. Symbolic links to folders and notes are
 * followed, as Obsidian desktop does, after the folders themselves: a folder
 * reached twice (a link back to a folder above it, or to one already read) is
 * read once, at its own path. A folder that cannot be read is a problem entry;
 * the walk goes on.
 */
export function walkVault(vault: string): VaultListing {
	const out: VaultListing = { paths: [], problems: [] };
	const seen = new Set<string>();
	const links: { path: string; rel: string; name: string }[] = [];
	const enter = (dir: string, rel: string): Dirent[] | null => {
		try {
			const real = realpathSync(dir);
			if (seen.has(real)) {
				out.problems.push({ note: `${rel}/`, message: "This folder is a link to a folder already read; it was read once." });
				return null;
			}
			seen.add(real);
			return readdirSync(dir, { withFileTypes: true });
		} catch (err) {
			if (rel === "") throw new CliError(`Cannot read the vault folder '${vault}': ${codeOf(err)}.`);
			out.problems.push({ note: `${rel}/`, message: `The folder cannot be read (${codeOf(err)}); its notes are left out.` });
			return null;
		}
	};
	const add = (path: string, rel: string, name: string, isDir: boolean, isFile: boolean): void => {
		if (isDir) {
			if (!SKIP_DIRS.has(name)) walk(path, rel);
		} else if (isFile && name.toLowerCase().endsWith(".md")) {
			out.paths.push(rel);
		}
	};
	function walk(dir: string, rel: string): void {
		const entries = enter(dir, rel);
		if (!entries) return;
		for (const e of entries) {
			// String joins: path.join and path.relative per file cost more than the reads of small notes.
			const path = `${dir}/${e.name}`;
			const relPath = rel === "" ? e.name : `${rel}/${e.name}`;
			if (e.isSymbolicLink()) links.push({ path, rel: relPath, name: e.name });
			else add(path, relPath, e.name, e.isDirectory(), e.isFile());
		}
	}
	walk(vault, "");
	// Links last (and links found inside linked folders after them), so a folder is read at its own path first.
	for (let i = 0; i < links.length; i++) {
		const link = links[i] as (typeof links)[number];
		let target: Stats;
		try {
			target = statSync(link.path);
		} catch (err) {
			out.problems.push({ note: link.rel, message: `This link leads nowhere (${codeOf(err)}); it was left out.` });
			continue;
		}
		add(link.path, link.rel, link.name, target.isDirectory(), target.isFile());
	}
	out.paths.sort();
	return out;
}

/** Vault-relative paths (with `/`) of every Markdown note, sorted. */
export async function listNotes(vault: string): Promise<string[]> {
	return Promise.resolve(walkVault(vault).paths);
}

/** What a file name that is not valid UTF-8 becomes when read as text: the bytes are lost, so the name cannot be opened. */
const NOT_UTF8 = "its file name is not valid UTF-8, so it cannot be opened by name; rename it";

/** Why a file or folder could not be opened, in words. `path` lets a name with undecodable bytes be told apart. */
export function whyUnreadable(err: unknown, path?: string): string {
	const code = (err as { code?: string }).code;
	if (code === "ENOENT" && path?.includes("\uFFFD")) return NOT_UTF8;
	if (code === "ENOENT") return "it does not exist";
	if (code === "EACCES" || code === "EPERM") return "permission denied";
	if (code === "ENOTDIR") return "part of the path is not a folder";
	return code ?? String(err);
}

/** Checks that `vault` is a folder this process may list; a clear CliError otherwise. */
export async function assertVault(vault: string): Promise<void> {
	let isFolder: boolean;
	try {
		isFolder = statSync(vault).isDirectory();
	} catch (err) {
		if ((err as { code?: string }).code === "ENOENT") throw new CliError(`The vault folder '${vault}' does not exist.`);
		throw new CliError(`Cannot read the vault folder '${vault}': ${whyUnreadable(err)}.`);
	}
	if (!isFolder) throw new CliError(`'${vault}' is not a folder; give the path of your vault.`);
	try {
		accessSync(vault, constants.R_OK | constants.X_OK);
	} catch (err) {
		throw new CliError(`Cannot read the vault folder '${vault}': ${whyUnreadable(err)}.`);
	}
}

const isFolder = async (path: string): Promise<boolean> => {
	try {
		return statSync(path).isDirectory();
	} catch {
		return false;
	}
};

/** The nearest folder at or above `start` that holds `.obsidian/`: the Obsidian vault around it. */
export async function findVaultAbove(start: string): Promise<string | undefined> {
	for (let dir = resolve(start); ; dir = dirname(dir)) {
		if (await isFolder(join(dir, ".obsidian"))) return dir;
		if (dirname(dir) === dir) return undefined;
	}
}

/**
 * The vault a command works on (DESIGN §5): VAULT as given, else the vault
 * around the current folder, else the current folder. Checked to be readable.
 */
export async function resolveVault(arg: string | undefined, cwd: string): Promise<string> {
	const vault = arg === undefined ? ((await findVaultAbove(cwd)) ?? resolve(cwd)) : resolve(cwd, arg);
	await assertVault(vault);
	return vault;
}

/** The vault whose settings apply to a note named on the command line: the one around the note, else the one around the current folder. */
export async function vaultOfNote(file: string, cwd: string): Promise<string | undefined> {
	return (await findVaultAbove(dirname(resolve(cwd, file)))) ?? (await findVaultAbove(cwd));
}

const inside = (root: string, file: string): string | undefined => {
	const rel = relative(root, file);
	return rel === "" || rel.startsWith("..") || isAbsolute(rel) ? undefined : rel.split(sep).join("/");
};

/**
 * A note's path as the plugin would see it, `/`-separated: vault-relative when
 * the note lies in `vault`. Outside a vault, the path starts at the nearest
 * folder above the note that matches the interviews folder, so that a note in
 * `Interviews/` is still found by its folder; else it is relative to `cwd`
 * when the note lies there, else the bare file name.
 */
export function notePath(file: string, vault: string | undefined, cwd: string, interviewsFolder: string): string {
	const inVault = vault === undefined ? undefined : inside(vault, file);
	if (inVault !== undefined) return inVault;
	const folder = interviewsFolder.split("/").filter((s) => s !== "");
	const dirs = resolve(file).split(sep).slice(0, -1);
	for (let i = dirs.length - folder.length; folder.length > 0 && i >= 0; i--) {
		if (folder.every((s, j) => dirs[i + j] === s)) return [...dirs.slice(i), basename(file)].join("/");
	}
	return inside(cwd, file) ?? basename(file);
}

const DATA_FOLDERS = [".obsidian", join(".obsidian", "plugins"), dirname(SETTINGS_FILE)];

/**
 * VAULT/.obsidian/plugins/interview-follow-up/data.json parsed, or undefined
 * when there is none. A byte-order mark is allowed; a file that cannot be
 * read or is not JSON is one clear CliError naming what is wrong.
 */
export async function readDataJson(vault: string): Promise<unknown> {
	const file = join(vault, SETTINGS_FILE);
	let text: string;
	try {
		text = readFileSync(file, "utf8");
	} catch (err) {
		const code = (err as { code?: string }).code;
		if (code === "ENOENT") return undefined;
		if (code === "EACCES" || code === "EPERM") {
			// Name the folder that cannot be entered rather than blaming the settings file.
			await assertVault(vault);
			for (const dir of DATA_FOLDERS) {
				try {
					accessSync(join(vault, dir), constants.R_OK | constants.X_OK);
				} catch (e) {
					throw new CliError(`Cannot read the folder '${join(vault, dir)}' (${whyUnreadable(e)}), so the plugin's settings cannot be read.`);
				}
			}
		}
		throw new CliError(`Cannot read the settings file '${file}': ${whyUnreadable(err)}.`);
	}
	try {
		return JSON.parse(text.replace(/^\uFEFF/, "")) as unknown;
	} catch (err) {
		throw new CliError(`The settings file '${file}' is not valid JSON (${(err as Error).message}); fix or delete it.`);
	}
}

export interface VaultSettings extends SettingsResult {
	/** When each rejection without outcome_date was first seen (see readRejectionSeen). */
	rejectionSeen: Record<string, string>;
}

/**
 * The plugin's data from VAULT/.obsidian/plugins/interview-follow-up/data.json,
 * read once: its settings (or the defaults when there is none) and its record
 * of first-seen rejections. A broken file is one clear error.
 */
export async function loadVaultSettings(vault: string, locale?: string | (() => string | undefined)): Promise<VaultSettings> {
	const raw = await readDataJson(vault);
	const rejectionSeen = readRejectionSeen(raw).seen;
	if (typeof locale !== "function") return { ...resolveSettings(raw, locale !== undefined ? { locale } : {}), rejectionSeen };
	const result = resolveSettings(raw);
	// data.json's own date style wins; else the locale's, worked out when a date is first written.
	if (isRecord(raw) && raw.dateStyle === result.settings.dateStyle) return { ...result, rejectionSeen };
	const fallback = result.settings.dateStyle;
	let style: DateStyle | undefined;
	Object.defineProperty(result.settings, "dateStyle", {
		enumerable: true,
		configurable: true,
		get: (): DateStyle => (style ??= ((l) => (l === undefined ? fallback : dateStyleForLocale(l)))(locale())),
		set: (value: DateStyle) => void (style = value),
	});
	return { ...result, rejectionSeen };
}
