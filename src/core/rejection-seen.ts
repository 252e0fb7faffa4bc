/**
 * When each rejection without an outcome_date was first seen, as the plugin
 * keeps it in data.json under `rejectionSeen` ({ path: local ISO time }): the
 * rules date the rejection thank-you from it. The plugin and the CLI read it here.
 */
import { parseDateText } from "./dates";
import { isRecord } from "./values";

export interface RejectionSeen {
	/** Vault path → local ISO time; only entries that are dates. */
	seen: Record<string, string>;
	/** Plain sentences about entries that were dropped. */
	problems: string[];
}

/** The `rejectionSeen` record of data.json's parsed content (anything: a missing or broken record is empty). */
export function readRejectionSeen(raw: unknown): RejectionSeen {
	const out: RejectionSeen = { seen: {}, problems: [] };
	const seen = isRecord(raw) ? raw.rejectionSeen : undefined;
	if (isRecord(seen)) {
		for (const [path, value] of Object.entries(seen)) {
			if (typeof value === "string" && parseDateText(value).ok) out.seen[path] = value;
			else out.problems.push(`The first-seen time of the rejection in ${path} is not a date; it is recorded again.`);
		}
	} else if (seen !== undefined) {
		out.problems.push("The record of first-seen rejections is not a list of notes and times; it starts again.");
	}
	return out;
}

/** A recorded first-seen time as a Date; undefined when there is none or it is not a date. */
export function seenAt(text: string | undefined): Date | undefined {
	const r = text === undefined ? undefined : parseDateText(text);
	return r?.ok ? r.value.at : undefined;
}
