/**
 * The note for the next round (DESIGN §3.1): from a note whose outcome is
 * next-round, a new interview note that copies company, role, interviewers
 * and contact as the user wrote them, counts the round up, takes `next_round`
 * as its date and links back with `previous:`.
 */
import { formatLocalDate } from "./dates";
import type { Interview } from "./interview";
import { wikiLink, yamlString } from "./letters/note";
import { formatWhen } from "./new-note";

export type NextRoundResult = { ok: true; name: string; text: string; round: number } | { ok: false; message: string };

/**
 * The lines of top-level `key` in frontmatter YAML text (the key's line and the
 * indented or list lines under it), exactly as written; [] when absent.
 */
export function yamlKeyBlock(yaml: string, key: string): string[] {
	const lines = yaml.split(/\r?\n/);
	const start = lines.findIndex((l) => l.startsWith(`${key}:`) || l.startsWith(`"${key}":`) || l.startsWith(`'${key}':`));
	if (start < 0) return [];
	let end = start + 1;
	// A block value goes on while lines are indented, list items at column 0, comments or blank.
	while (end < lines.length && /^(?:\s|- |-$|#|$)/.test(lines[end] ?? "")) end++;
	while (end > start + 1 && (lines[end - 1] ?? "").trim() === "") end--;
	return lines.slice(start, end);
}

/** The next round's note text and file name (without extension), or why there is none. */
export function nextRoundNote(iv: Interview, frontmatterYaml: string): NextRoundResult {
	if (iv.outcome !== "next-round") {
		return { ok: false, message: `The outcome of this note is '${iv.outcome}'; set outcome: next-round and next_round: to start the next round's note.` };
	}
	const next = iv.nextRound;
	if (!next) return { ok: false, message: "This note has no next_round date; add next_round: with the next interview's date first." };
	const round = (iv.round ?? 1) + 1;
	const copied = ["company", "role", "interviewers", "contact", "connections"].flatMap((k) => yamlKeyBlock(frontmatterYaml, k));
	const lines = [
		"---",
		"type: interview",
		...copied,
		`date: ${formatWhen(next)}`,
		`round: ${round}`,
		...(iv.nextStep ? [`next_step: ${yamlString(iv.nextStep)}`] : []),
		`previous: ${yamlString(wikiLink(iv.path))}`,
		"---",
		"",
	];
	const what = [iv.company, iv.role].map((s) => s.trim()).filter(Boolean).join(" - ");
	const name = `${formatLocalDate(next.at)} ${what || "Interview"} (round ${round})`;
	return { ok: true, name, text: lines.join("\n"), round };
}
