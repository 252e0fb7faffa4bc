/**
 * The open follow-ups of a vault's notes: each interview note read and turned
 * into its items as it is read. Kept apart from load.ts so that a command run
 * on a folder with no notes never loads the reading and the rules (the build
 * makes this a file of its own, loaded on first use: scripts/build-cli.mjs).
 */
import { statSync } from "node:fs";
import { join } from "node:path";
import type { Interview } from "../core/interview";
import type { FollowUpItem, NoteProblem } from "../core/items";
import { seenAt } from "../core/rejection-seen";
import { compareItems, itemsForInterview, needsFirstSeen } from "../core/rules";
import type { Settings } from "../core/settings";
import { scanListing } from "./scan";
import type { VaultListing } from "./vault";

function modifiedAt(file: string): Date | undefined {
	try {
		return statSync(file).mtime;
	} catch {
		return undefined;
	}
}

/** The items of the notes in `listing`, sorted as computeItems sorts them, and the notes' problems. */
export function listingItems(vault: string, listing: VaultListing, settings: Settings, now: Date, rejectionSeen: Readonly<Record<string, string>>): { items: FollowUpItem[]; problems: NoteProblem[] } {
	// Not seen by the plugin: the last time the note was written is when the outcome was at the latest.
	const firstSeen = (iv: Interview): Date | undefined =>
		seenAt(rejectionSeen[iv.path]) ?? (needsFirstSeen(iv) ? modifiedAt(join(vault, iv.path)) : undefined);
	const { notes, problems } = scanListing(vault, listing, settings, ({ interview }) => itemsForInterview(interview, now, settings, firstSeen(interview)));
	return { items: notes.flat().sort(compareItems), problems };
}

/** For `due`'s report, from this file so that its sort (and the kinds table) loads only with the notes. */
export { groupItems } from "../core/group-items";
