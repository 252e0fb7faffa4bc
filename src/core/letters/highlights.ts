/**
 * Which Highlights point each reader of a panel gets (DESIGN §3.2): the one
 * that names them first; else a point naming no other interviewer that no one
 * else got yet; else any point not yet given; within each, one that ties to
 * the user's experience first. Linear: every entry's words are read once and
 * looked up in a table of the interviewers' name parts.
 */
import type { Person } from "../people";
import type { SectionEntry } from "../sections";
import { foldText } from "../text-compare";

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** For each entry, the indexes (in `everyone`) of the interviewers it names by a capitalised name part. */
function mentionsOf(entries: readonly SectionEntry[], everyone: readonly Person[]): Set<number>[] {
	const byPart = new Map<string, number[]>();
	everyone.forEach((p, i) => {
		for (const part of p.name.match(WORD) ?? []) {
			if (part.length < 2) continue;
			const key = foldText(part);
			const list = byPart.get(key) ?? [];
			if (!list.includes(i)) list.push(i);
			byPart.set(key, list);
		}
	});
	return entries.map((e) => {
		const named = new Set<number>();
		for (const m of e.text.matchAll(WORD)) {
			// Names are written with a capital; "will" is not Will.
			if (m[0].charAt(0) === m[0].charAt(0).toLowerCase()) continue;
			for (const i of byPart.get(foldText(m[0])) ?? []) named.add(i);
		}
		return named;
	});
}

/** The highlight of each reader, in order (undefined where the note has none). */
export function assignHighlights(entries: readonly SectionEntry[], readers: readonly (Person | undefined)[], everyone: readonly Person[]): (SectionEntry | undefined)[] {
	if (entries.length === 0) return readers.map(() => undefined);
	const mentioned = mentionsOf(entries, everyone);
	const given = new Set<number>();
	const best = (fits: (i: number) => boolean): number | undefined => {
		let first: number | undefined;
		for (let i = 0; i < entries.length; i++) {
			if (!fits(i)) continue;
			if (entries[i]?.tiesTo) return i;
			first ??= i;
		}
		return first;
	};
	const pick = (reader: Person | undefined): number | undefined => {
		const self = reader ? everyone.indexOf(reader) : -1;
		const own = (i: number): boolean => self >= 0 && (mentioned[i]?.has(self) ?? false);
		const nobodyElse = (i: number): boolean => [...(mentioned[i] ?? [])].every((j) => j === self);
		return (
			best((i) => own(i) && !given.has(i)) ??
			best((i) => nobodyElse(i) && !given.has(i)) ??
			best((i) => !given.has(i)) ??
			best((i) => own(i)) ??
			best(nobodyElse) ??
			0
		);
	};
	// Readers with a point of their own take it first, so that no one else is given it.
	const chosen = new Map<number, number>();
	readers.forEach((reader, r) => {
		const self = reader ? everyone.indexOf(reader) : -1;
		if (self < 0) return;
		const i = best((k) => (mentioned[k]?.has(self) ?? false) && !given.has(k));
		if (i !== undefined) {
			chosen.set(r, i);
			given.add(i);
		}
	});
	return readers.map((reader, r) => {
		const i = chosen.get(r) ?? pick(reader);
		if (i !== undefined && !chosen.has(r)) given.add(i);
		return i === undefined ? undefined : entries[i];
	});
}
