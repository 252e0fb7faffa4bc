/** Reading a vault folder from disk for the CLI. */
import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type { NoteProblem } from "../core/items";
import { resolveSettings, type Settings } from "../core/settings";
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

/** Checks that `vault` is a folder; a clear CliError otherwise. */
export async function assertVault(vault: string): Promise<void> {
	try {
		if (!(await stat(vault)).isDirectory()) throw new CliError(`'${vault}' is not a folder; give the path of your vault.`);
	} catch (err) {
		if (err instanceof CliError) throw err;
		throw new CliError(`The vault folder '${vault}' does not exist.`);
	}
}

/**
 * The plugin's settings from VAULT/.obsidian/plugins/interview-follow-up/data.json,
 * or the defaults when there is none. A broken file is one clear error.
 */
export async function loadVaultSettings(vault: string): Promise<{ settings: Settings; problems: string[] }> {
	const file = join(vault, SETTINGS_FILE);
	let text: string;
	try {
		text = await readFile(file, "utf8");
	} catch (err) {
		if ((err as { code?: string }).code === "ENOENT") return resolveSettings(undefined);
		throw new CliError(`Cannot read the settings file '${file}': ${(err as { code?: string }).code ?? String(err)}.`);
	}
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (err) {
		throw new CliError(`The settings file '${file}' is not valid JSON (${(err as Error).message}); fix or delete it.`);
	}
	return resolveSettings(raw);
}
