/**
 * Mark-done writes. Each step touches only its own frontmatter key(s), through
 * processFrontMatter, and records the day as "YYYY-MM-DD". A step that is
 * already recorded is left as it is (nothing is ever overwritten).
 */
import type { FileManager, TFile } from "obsidian";
import { formatLocalDate } from "../core/dates";
import type { Outcome } from "../core/interview";

export const MARK_STEPS = [
	"debriefed",
	"thank-you-sent",
	"status-check-sent",
	"references-notified",
	"request-sent",
	"rejection-thanks-sent",
	"withdrawal-sent",
] as const;
export type MarkStep = (typeof MARK_STEPS)[number];

/** Steps that set one date key. */
const DATE_KEYS: Record<Exclude<MarkStep, "status-check-sent" | "request-sent">, string> = {
	debriefed: "debriefed",
	"thank-you-sent": "thank_you_sent",
	"references-notified": "references_notified",
	"rejection-thanks-sent": "rejection_thanks_sent",
	"withdrawal-sent": "withdrawal_sent",
};

export const STEP_LABELS: Record<MarkStep, string> = {
	debriefed: "Debriefed",
	"thank-you-sent": "Thank-you sent",
	"status-check-sent": "Status check sent",
	"references-notified": "References notified",
	"request-sent": "Requested material sent",
	"rejection-thanks-sent": "Thank-you after the rejection sent",
	"withdrawal-sent": "Withdrawal sent",
};

/** What a write did, in words for a notice. */
export interface WriteResult {
	changed: boolean;
	message: string;
}

type Frontmatter = Record<string, unknown>;

const isBlank = (v: unknown): boolean => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

const shown = (v: unknown): string => (v instanceof Date ? formatLocalDate(v) : typeof v === "string" ? v : JSON.stringify(v));

/** Sets `key` to `day` unless it already holds a value. */
export function setDateKey(fm: Frontmatter, key: string, day: string, label: string): WriteResult {
	const old = fm[key];
	if (!isBlank(old)) return { changed: false, message: `${label} was already recorded (${key}: ${shown(old)}).` };
	fm[key] = day;
	return { changed: true, message: `${label}: recorded ${day}.` };
}

/** Appends `day` to status_checks, turning a single value into a list. */
export function appendStatusCheck(fm: Frontmatter, day: string): WriteResult {
	const old = fm.status_checks;
	const list: unknown[] = isBlank(old) ? [] : Array.isArray(old) ? [...(old as unknown[])] : [old];
	if (list.some((v) => !isBlank(v) && shown(v).startsWith(day))) {
		return { changed: false, message: `A status check on ${day} was already recorded.` };
	}
	list.push(day);
	fm.status_checks = list;
	return { changed: true, message: `Status check recorded on ${day} (${list.length} so far).` };
}

/** Sets requests[index].sent; a bare "Writing sample" entry becomes {item, sent}. */
export function markRequestSent(fm: Frontmatter, index: number, day: string): WriteResult {
	const list = fm.requests;
	if (!Array.isArray(list) || index < 0 || index >= list.length) {
		return { changed: false, message: "That request is no longer in the note's requests list." };
	}
	const entry: unknown = list[index];
	if (typeof entry === "string") {
		list[index] = { item: entry, sent: day };
		return { changed: true, message: `${entry}: sent on ${day}.` };
	}
	if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
		return { changed: false, message: `Requests item ${index + 1} is not an item with item: and sent: lines; nothing was written.` };
	}
	const record = entry as Frontmatter;
	const name = typeof record.item === "string" ? record.item : `Request ${index + 1}`;
	if (!isBlank(record.sent)) return { changed: false, message: `${name} was already marked sent (${shown(record.sent)}).` };
	record.sent = day;
	return { changed: true, message: `${name}: sent on ${day}.` };
}

/** Writes outcome and outcome_date (the date only when the outcome changes or none is set). */
export function setOutcome(fm: Frontmatter, outcome: Outcome, day: string): WriteResult {
	const old = typeof fm.outcome === "string" ? fm.outcome.trim().toLowerCase() : undefined;
	if (old === outcome && !isBlank(fm.outcome_date)) {
		return { changed: false, message: `The outcome is already ${outcome} (since ${shown(fm.outcome_date)}).` };
	}
	fm.outcome = outcome;
	fm.outcome_date = day;
	return { changed: true, message: `Outcome set to ${outcome} on ${day}.` };
}

/** Applies one edit through processFrontMatter and reports what it did. */
export async function writeFrontmatter(
	fileManager: FileManager,
	file: TFile,
	edit: (fm: Frontmatter) => WriteResult,
): Promise<WriteResult> {
	let result: WriteResult = { changed: false, message: "Nothing was written." };
	await fileManager.processFrontMatter(file, (fm: Frontmatter) => {
		result = edit(fm);
	});
	return result;
}

/** The edit for a mark step (request-sent needs the request's index). */
export function stepEdit(step: MarkStep, now: Date, requestIndex = 0): (fm: Frontmatter) => WriteResult {
	const day = formatLocalDate(now);
	if (step === "status-check-sent") return (fm) => appendStatusCheck(fm, day);
	if (step === "request-sent") return (fm) => markRequestSent(fm, requestIndex, day);
	const key = DATE_KEYS[step];
	return (fm) => setDateKey(fm, key, day, STEP_LABELS[step]);
}
