/** The letter an item's Draft action makes, and for whom: read from the kinds table. */
import type { FollowUpItem } from "../items";
import type { LetterKind } from "../letters/kinds";
import { followUpKind } from "./kinds";
import { itemState } from "./timing";

export interface ItemLetter {
	kind: LetterKind;
	/** The one person the item concerns, when it concerns exactly one. */
	to?: string;
	/** For a request: its item. */
	requestItem?: string;
}

/** The letter for `item` at `now` (its kind's `late` letter once it is overdue); undefined when its Draft makes no letter. */
export function itemLetter(item: FollowUpItem, now: Date): ItemLetter | undefined {
	const target = followUpKind(item.kind).draft;
	if (target === null || !("letter" in target)) return undefined;
	const late = target.late !== undefined && itemState(item, now) === "overdue";
	const only = item.interviewers.length === 1 ? item.interviewers[0] : undefined;
	return {
		kind: late && target.late ? target.late : target.letter,
		...(only !== undefined ? { to: only } : {}),
		...(item.request ? { requestItem: item.request.item } : {}),
	};
}
