/** What the rules produce: one follow-up item the user must do, by when. */

import type { ItemKind } from "./follow-ups/kinds";

export { ITEM_KINDS, type ItemKind } from "./follow-ups/kinds";

export type ItemState = "waiting" | "today" | "overdue" | "upcoming";

export interface FollowUpItem {
	/** Stable across runs and exports: note path, kind and (for requests) the item. */
	id: string;
	/** Vault-relative path of the interview note. */
	note: string;
	company: string;
	role: string;
	kind: ItemKind;
	/** What to do, in words, with interviewer names where it concerns them. */
	label: string;
	/** Before this the item is `waiting`; null when it may be done at once. */
	notBefore: Date | null;
	due: Date;
	state: ItemState;
	/** Names of the interviewers it concerns (those not yet thanked, for a thank-you). */
	interviewers: string[];
	/** For `request`: the requested item and its index in `requests`. */
	request?: { item: string; index: number };
	/** The note's own `id:`, when it sets one (see icsUid). */
	noteId?: string;
}

export interface NoteProblem {
	/** Vault-relative path. */
	note: string;
	message: string;
}
