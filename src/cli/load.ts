/** What `due` and `ics` share: a vault folder and a time in, the open follow-up items out. */
import type { FollowUpItem, NoteProblem } from "../core/items";
import type { Settings } from "../core/settings";
import { listingItems } from "./note-items";
import { loadVaultSettings, resolveVault, SETTINGS_FILE, walkVault } from "./vault";

export interface VaultItems {
	vault: string;
	settings: Settings;
	items: FollowUpItem[];
	/** Settings values that were ignored, notes that cannot be read, and each note's own problems. */
	problems: NoteProblem[];
}

/** `locale`: the system's, for the default date style of the labels (a function: asked for only when needed). */
export async function loadVaultItems(vaultArg: string | undefined, cwd: string, now: Date, locale?: string | (() => string | undefined)): Promise<VaultItems> {
	const vault = await resolveVault(vaultArg, cwd);
	const { settings, problems: settingProblems, rejectionSeen } = await loadVaultSettings(vault, locale);
	const listing = walkVault(vault);
	// A folder without notes needs none of the reading or the rules (note-items is then never loaded).
	const { items, problems } = listing.paths.length === 0 ? { items: [], problems: listing.problems } : listingItems(vault, listing, settings, now, rejectionSeen);
	const settingsNote = SETTINGS_FILE.split(/[\\/]/).join("/");
	return {
		vault,
		settings,
		items,
		problems: [...settingProblems.map((message) => ({ note: settingsNote, message })), ...problems],
	};
}
