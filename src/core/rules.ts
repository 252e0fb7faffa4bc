/**
 * The follow-up rules of DESIGN §2: an interview note and `now` in, the open
 * follow-up items out. Pure; every number comes from Settings. Each kind's
 * rule and label live in its descriptor (follow-ups/kinds.ts).
 */
import { doneDateKeyOf, ITEM_KINDS, followUpKind, type Hit, type RuleInput } from "./follow-ups/kinds";
import { itemState } from "./follow-ups/timing";
import type { Interview } from "./interview";
import type { FollowUpItem, ItemKind } from "./items";
import type { Settings } from "./settings";

export { afterHours, itemState, joinNames, statusCheckNotBefore, thankYouDate } from "./follow-ups/timing";

const KIND_ORDER = new Map(ITEM_KINDS.map((k, i) => [k, i]));

function itemId(path: string, kind: ItemKind, hit: Hit): string {
	return hit.request ? `${path}#request:${hit.request.index}:${hit.request.item}` : `${path}#${kind}`;
}

/** Each kind with its descriptor and done date key, looked up once rather than per interview. */
const KINDS = ITEM_KINDS.map((kind) => ({ kind, spec: followUpKind(kind), dateKey: doneDateKeyOf(kind) }));

/**
 * The open follow-up items of one interview at `now`. `firstSeen` is when a
 * rejection without `outcome_date` was first noticed; without it, `now`.
 * A note with no usable date still gets the items that do not hang on it.
 */
export function itemsForInterview(interview: Interview, now: Date, settings: Settings, firstSeen?: Date): FollowUpItem[] {
	if (interview.snoozedUntil && interview.snoozedUntil.at.getTime() > now.getTime()) return [];
	const date = interview.date;
	const input: RuleInput = { iv: interview, settings, now, begun: date !== undefined && now.getTime() >= date.at.getTime() };
	if (date) input.date = date;
	if (firstSeen) input.firstSeen = firstSeen;
	const out: FollowUpItem[] = [];
	for (const { kind, spec, dateKey } of KINDS) {
		if (dateKey !== undefined && interview.done[dateKey] !== undefined) continue;
		for (const hit of spec.rule(input)) {
			const item: FollowUpItem = {
				id: itemId(interview.path, kind, hit),
				note: interview.path,
				company: interview.company,
				role: interview.role,
				kind,
				label: spec.label(hit, input),
				notBefore: hit.notBefore ?? null,
				due: hit.due,
				state: "upcoming",
				interviewers: hit.people.map((p) => p.name),
			};
			if (hit.request) item.request = hit.request;
			if (interview.id !== undefined) item.noteId = interview.id;
			item.state = itemState(item, now);
			out.push(item);
		}
	}
	return out;
}

/**
 * Whether an item's deadline hangs on when the outcome became known, with no
 * outcome_date to say: a rejection or an offer. The adapters then remember when
 * they first saw it (plugin: data.json; CLI: that record, else the file's time).
 */
export const needsFirstSeen = (iv: Interview): boolean => (iv.outcome === "rejected" || iv.outcome === "offer") && !iv.outcomeDate;

/** Due first; ties by note, then in the order of the kinds table, then by request. */
export function compareItems(a: FollowUpItem, b: FollowUpItem): number {
	return (
		a.due.getTime() - b.due.getTime() ||
		(a.note < b.note ? -1 : a.note > b.note ? 1 : 0) ||
		(KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0) ||
		(a.request?.index ?? 0) - (b.request?.index ?? 0)
	);
}

/** Open items of every interview, sorted by due. */
export function computeItems(
	interviews: Interview[],
	now: Date,
	settings: Settings,
	firstSeen?: (path: string) => Date | undefined,
): FollowUpItem[] {
	return interviews.flatMap((iv) => itemsForInterview(iv, now, settings, firstSeen?.(iv.path))).sort(compareItems);
}
