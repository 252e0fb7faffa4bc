/** What `due` and `ics` share: a vault folder and a time in, the open follow-up items out. */
import { parseDateText } from "../core/dates";
import type { FollowUpItem, NoteProblem } from "../core/items";
import { computeItems } from "../core/rules";
import type { Settings } from "../core/settings";
import { loadFirstSeen, scanVault } from "./scan";
import { loadVaultSettings, resolveVault, SETTINGS_FILE } from "./vault";

export interface VaultItems {
	vault: string;
	settings: Settings;
	items: FollowUpItem[];
	/** Settings values that were ignored, notes that cannot be read, and each note's own problems. */
	problems: NoteProblem[];
}

export async function loadVaultItems(vaultArg: string | undefined, cwd: string, now: Date): Promise<VaultItems> {
	const vault = await resolveVault(vaultArg, cwd);
	const { settings, problems: settingProblems } = await loadVaultSettings(vault);
	const { notes, problems } = await scanVault(vault, settings);
	const seen = (await loadFirstSeen(vault)) ?? {};
	const firstSeen = (path: string): Date | undefined => {
		const text = seen[path];
		const r = text === undefined ? undefined : parseDateText(text);
		return r?.ok ? r.value.at : undefined;
	};
	const settingsNote = SETTINGS_FILE.split(/[\\/]/).join("/");
	return {
		vault,
		settings,
		items: computeItems(notes.map((n) => n.interview), now, settings, firstSeen),
		problems: [...settingProblems.map((message) => ({ note: settingsNote, message })), ...problems],
	};
}
