/** Reading a vault folder from disk for the CLI. */
import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { readRejectionSeen } from "../core/rejection-seen";
import { resolveSettings, type SettingsResult } from "../core/settings";
import { CliError } from "./command";

const SKIP_DIRS = new Set([".obsidian", ".trash", "node_modules", ".git"]);

export const SETTINGS_FILE = join(".obsidian", "plugins", "interview-follow-up", "data.json");

/** Vault-relative paths (with `/`) of every Markdown note, sorted. */
export async function listNotes(vault: string): Promise<string[]> {
	const out: string[] = [];
	async function walk(dir: string): Promise<void> {
		let entries;
		try {
			entries = await readdir(dir, { withFileTypes: true });
		} catch (err) {
			if (dir === vault) throw new CliError(`Cannot read the vault folder '${vault}': ${(err as { code?: string }).code ?? String(err)}.`);
			return; // an unreadable subfolder is skipped, as Obsidian would
		}
		for (const e of entries) {
			if (e.isDirectory()) {
				if (!SKIP_DIRS.has(e.name)) await walk(join(dir, e.name));
			} else if (e.isFile() && e.name.toLowerCase().endsWith(".md")) {
				out.push(relative(vault, join(dir, e.name)).split(sep).join("/"));
			}
		}
	}
	await walk(vault);
	return out.sort();
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

export interface VaultSettings extends SettingsResult {
	/** When each rejection without outcome_date was first seen (see readRejectionSeen). */
	rejectionSeen: Record<string, string>;
}

/**
 * The plugin's data from VAULT/.obsidian/plugins/interview-follow-up/data.json,
 * read once: its settings (or the defaults when there is none) and its record
 * of first-seen rejections. A broken file is one clear error.
 */
export async function loadVaultSettings(vault: string): Promise<VaultSettings> {
	const file = join(vault, SETTINGS_FILE);
	let text: string;
	try {
		text = await readFile(file, "utf8");
	} catch (err) {
		if ((err as { code?: string }).code === "ENOENT") return { ...resolveSettings(undefined), rejectionSeen: {} };
		throw new CliError(`Cannot read the settings file '${file}': ${(err as { code?: string }).code ?? String(err)}.`);
	}
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (err) {
		throw new CliError(`The settings file '${file}' is not valid JSON (${(err as Error).message}); fix or delete it.`);
	}
	return { ...resolveSettings(raw), rejectionSeen: readRejectionSeen(raw).seen };
}
