/** What `due` and `ics` share: a vault folder and a time in, the open follow-up items out. */
import { resolve } from "node:path";
import type { FollowUpItem, NoteProblem } from "../core/items";
import { seenAt } from "../core/rejection-seen";
import { computeItems } from "../core/rules";
import type { Settings } from "../core/settings";
import { scanVault } from "./scan";
import { assertVault, loadVaultSettings, SETTINGS_FILE } from "./vault";

export interface VaultItems {
	vault: string;
	settings: Settings;
	items: FollowUpItem[];
	/** Settings values that were ignored, notes that cannot be read, and each note's own problems. */
	problems: NoteProblem[];
}

export async function loadVaultItems(vaultArg: string | undefined, cwd: string, now: Date): Promise<VaultItems> {
	const vault = resolve(cwd, vaultArg ?? ".");
	await assertVault(vault);
	const { settings, problems: settingProblems, rejectionSeen } = await loadVaultSettings(vault);
	const { notes, problems } = await scanVault(vault, settings);
	const firstSeen = (path: string): Date | undefined => seenAt(rejectionSeen[path]);
	const settingsNote = SETTINGS_FILE.split(/[\\/]/).join("/");
	return {
		vault,
		settings,
		items: computeItems(notes.map((n) => n.interview), now, settings, firstSeen),
		problems: [...settingProblems.map((message) => ({ note: settingsNote, message })), ...problems],
	};
}
