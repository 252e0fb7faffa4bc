/**
 * Mark-done edits on a frontmatter object (as processFrontMatter hands it, or
 * as the CLI parses it). Each step touches only its own key(s) and records the
 * day as "YYYY-MM-DD". A step already recorded is left as it is; a value that
 * is not a date is replaced only when the caller says so (after asking).
 */
import { formatLocalDate, parseDateValue } from "./dates";
import { doneStepOf, DONE_STEPS, type DoneStep } from "./follow-ups/kinds";
import type { ItemKind } from "./items";
import type { Outcome } from "./interview";
import { linkName, parseWikiLink, unquotedLink } from "./people/links";
import { matchPerson } from "./people/match";
import { readPerson } from "./people/person";
import { sameText } from "./text-compare";
import { isBlank, isRecord, type RawRecord } from "./values";

/** What an edit did, in words for a notice. */
export interface EditResult {
	changed: boolean;
	message: string;
	/** Set when the key holds something that is not a date: ask, then edit again with `replace`. */
	notADate?: { key: string; value: string };
	/** Set when what the step names (an interviewer, a request) is not in the note, or not once. */
	notFound?: true;
}

export interface EditOptions {
	/** Replace a value that is not a date (the user agreed). */
	replace?: boolean;
	/** For a request step: the requested item. */
	item?: string;
}

export type FrontmatterEdit = (fm: RawRecord) => EditResult;

const shown = (v: unknown): string => (v instanceof Date ? formatLocalDate(v) : typeof v === "string" ? v : JSON.stringify(v));

/** Sets `key` to `day` unless it already holds a date; a non-date value is replaced only with `replace`. */
export function setDateKey(fm: RawRecord, key: string, day: string, label: string, replace = false): EditResult {
	const old = fm[key];
	if (!isBlank(old)) {
		if (parseDateValue(old).ok) return { changed: false, message: `${label} was already recorded (${key}: ${shown(old)}).` };
		if (!replace) {
			return { changed: false, message: `${key} holds '${shown(old)}', which is not a date.`, notADate: { key, value: shown(old) } };
		}
	}
	fm[key] = day;
	return { changed: true, message: `${label}: recorded ${day}.` };
}

/** Appends `day` to status_checks, turning a single value into a list. */
export function appendStatusCheck(fm: RawRecord, day: string): EditResult {
	const old = fm.status_checks;
	const list: unknown[] = isBlank(old) ? [] : Array.isArray(old) ? [...(old as unknown[])] : [old];
	if (list.some((v) => !isBlank(v) && shown(v).startsWith(day))) {
		return { changed: false, message: `A status check on ${day} was already recorded.` };
	}
	list.push(day);
	fm.status_checks = list;
	return { changed: true, message: `Status check recorded on ${day} (${list.length} so far).` };
}

const itemOf = (entry: unknown): string | undefined =>
	typeof entry === "string" ? entry.trim() : isRecord(entry) && typeof entry.item === "string" ? entry.item.trim() : undefined;

/**
 * Sets `sent` on the request whose item is `item` (found at write time, never by
 * a position that may have moved); a bare "Writing sample" entry becomes {item, sent}.
 */
export function markRequestSent(fm: RawRecord, item: string, day: string): EditResult {
	const list = fm.requests;
	const index = Array.isArray(list) ? list.findIndex((e) => sameText(itemOf(e) ?? "", item)) : -1;
	if (!Array.isArray(list) || index < 0) {
		return { changed: false, message: `The request '${item}' is no longer in the note's requests list; nothing was written.`, notFound: true };
	}
	const entry: unknown = list[index];
	if (typeof entry === "string") {
		list[index] = { item: entry, sent: day };
		return { changed: true, message: `${entry}: sent on ${day}.` };
	}
	const record = entry as RawRecord;
	const name = itemOf(record) ?? item;
	if (!isBlank(record.sent)) return { changed: false, message: `${name} was already marked sent (${shown(record.sent)}).` };
	record.sent = day;
	return { changed: true, message: `${name}: sent on ${day}.` };
}

/** Writes outcome and outcome_date (the date only when the outcome changes or none is set). */
export function setOutcome(fm: RawRecord, outcome: Outcome, day: string): EditResult {
	const old = typeof fm.outcome === "string" ? fm.outcome.trim().toLowerCase() : undefined;
	if (old === outcome && !isBlank(fm.outcome_date)) {
		return { changed: false, message: `The outcome is already ${outcome} (since ${shown(fm.outcome_date)}).` };
	}
	fm.outcome = outcome;
	fm.outcome_date = day;
	return { changed: true, message: `Outcome set to ${outcome} on ${day}.` };
}

/** The Done step with this name (`thank-you`) or command id (`thank-you-sent`). */
export function doneStepNamed(name: string): DoneStep | undefined {
	return DONE_STEPS.find((s) => s.step === name || s.commandId === name);
}

/** The Done step of an item kind, if it has one. */
export const doneStepFor = (kind: ItemKind): DoneStep | undefined => doneStepOf(kind);

/** The edit that records `step` as done on `now`'s local day. */
export function stepEdit(step: DoneStep | string, now: Date, options: EditOptions = {}): FrontmatterEdit {
	const spec = typeof step === "string" ? doneStepNamed(step) : step;
	if (!spec) throw new Error(`Unknown step '${typeof step === "string" ? step : step.step}'.`);
	const day = formatLocalDate(now);
	const write = spec.write;
	if ("append" in write) return (fm) => appendStatusCheck(fm, day);
	if ("request" in write) {
		const item = options.item;
		if (item === undefined) throw new Error("Say which request was sent.");
		return (fm) => markRequestSent(fm, item, day);
	}
	if ("outcome" in write) return (fm) => setOutcome(fm, write.outcome, day);
	return (fm) => setDateKey(fm, write.date, day, spec.label, options.replace);
}

/** An interviewers entry's name as written: a string, an object's name, or an unquoted [[link]]. */
function entryName(entry: unknown): string | undefined {
	const unquoted = unquotedLink(entry);
	if (unquoted !== undefined) return unquoted;
	if (typeof entry === "string") return entry.trim();
	if (!isRecord(entry)) return undefined;
	return unquotedLink(entry.name) ?? (typeof entry.name === "string" ? entry.name.trim() : undefined);
}

/** Whether an entry written as `written` is the person `name` (the same text, or a link to a note of that name). */
function namesPerson(written: string, name: string): boolean {
	if (sameText(written, name)) return true;
	const link = parseWikiLink(written);
	const other = parseWikiLink(name);
	if (other) return link !== undefined && sameText(link.linkpath, other.linkpath);
	return link !== undefined && (sameText(link.linkpath, name) || sameText(linkName(link.linkpath), name));
}

/**
 * The positions of the entries that are `name`: the entry as written (or a
 * link to a note of that name); failing that, the person the typed name
 * matches by the name model (a unique surname or first name, accents and
 * case ignored), links included ("Whitfield" finds "[[Dana Whitfield]]").
 */
function entriesNamed(list: unknown[], name: string): number[] {
	const exact = list.flatMap((entry, i) => {
		const written = entryName(entry);
		return written !== undefined && namesPerson(written, name) ? [i] : [];
	});
	if (exact.length > 0) return exact;
	const people = list.flatMap((entry, i) => {
		const person = readPerson(entry, "interviewer").person;
		return person ? [{ ...person, index: i }] : [];
	});
	const match = matchPerson(people, name);
	return "found" in match ? [match.found.index] : "ambiguous" in match ? match.ambiguous.map((p) => p.index) : [];
}

/**
 * Records `thanked: day` on the interviewer `name` (their entry as written,
 * e.g. "[[Dana Whitfield]]", or their name). A name or link entry becomes an
 * object: `- name: "[[Dana Whitfield]]"` with `thanked:`. Found at write time
 * by name, never by a position that may have moved.
 */
export function markThanked(fm: RawRecord, name: string, day: string, replace = false): EditResult {
	const key = fm.interviewers === undefined && fm.interviewer !== undefined ? "interviewer" : "interviewers";
	const value = fm[key];
	const single = !Array.isArray(value) || unquotedLink(value) !== undefined;
	const list: unknown[] = isBlank(value) ? [] : single ? [value] : (value as unknown[]);
	const hits = entriesNamed(list, name);
	if (hits.length !== 1) {
		const why = hits.length === 0 ? `No interviewer named '${name}' is in the note's ${key} list` : `More than one interviewer in the note's ${key} list is '${name}'`;
		return { changed: false, message: `${why}; nothing was written.`, notFound: true };
	}
	const index = hits[0] ?? 0;
	const entry: unknown = list[index];
	const written = entryName(entry) ?? name;
	if (isRecord(entry) && unquotedLink(entry.name) === undefined) {
		const old = entry.thanked;
		if (!isBlank(old)) {
			if (parseDateValue(old).ok) return { changed: false, message: `${written} was already marked thanked (${shown(old)}).` };
			if (!replace) return { changed: false, message: `thanked for ${written} holds '${shown(old)}', which is not a date.`, notADate: { key: "thanked", value: shown(old) } };
		}
		entry.thanked = day;
	} else {
		const updated = isRecord(entry) ? { ...entry, name: written, thanked: day } : { name: written, thanked: day };
		if (single) fm[key] = updated;
		else list[index] = updated;
	}
	return { changed: true, message: `${written}: thanked on ${day}.` };
}
