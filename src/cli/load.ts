/** What `due` and `ics` share: a vault folder and a time in, the open follow-up items out. */
import { statSync } from "node:fs";
import { join } from "node:path";
import type { FollowUpItem, NoteProblem } from "../core/items";
import { seenAt } from "../core/rejection-seen";
import type { Interview } from "../core/interview";
import { compareItems, itemsForInterview, needsFirstSeen } from "../core/rules";
import type { Settings } from "../core/settings";
import { scanVaultAs } from "./scan";
import { loadVaultSettings, resolveVault, SETTINGS_FILE } from "./vault";

export interface VaultItems {
	vault: string;
	settings: Settings;
	items: FollowUpItem[];
	/** Settings values that were ignored, notes that cannot be read, and each note's own problems. */
	problems: NoteProblem[];
}

function modifiedAt(file: string): Date | undefined {
	try {
		return statSync(file).mtime;
	} catch {
		return undefined;
	}
}

/** `locale`: the system's, for the default date style of the labels (a function: asked for only when needed). */
export async function loadVaultItems(vaultArg: string | undefined, cwd: string, now: Date, locale?: string | (() => string | undefined)): Promise<VaultItems> {
	const vault = await resolveVault(vaultArg, cwd);
	const { settings, problems: settingProblems, rejectionSeen } = await loadVaultSettings(vault, locale);
	// Not seen by the plugin: the last time the note was written is when the outcome was at the latest.
	const firstSeen = (iv: Interview): Date | undefined =>
		seenAt(rejectionSeen[iv.path]) ?? (needsFirstSeen(iv) ? modifiedAt(join(vault, iv.path)) : undefined);
	// Each note's items as it is read (what computeItems gives, sorted the same way below).
	const { notes, problems } = await scanVaultAs(vault, settings, ({ interview }) => itemsForInterview(interview, now, settings, firstSeen(interview)));
	const settingsNote = SETTINGS_FILE.split(/[\\/]/).join("/");
	return {
		vault,
		settings,
		items: notes.flat().sort(compareItems),
		problems: [...settingProblems.map((message) => ({ note: settingsNote, message })), ...problems],
	};
}
