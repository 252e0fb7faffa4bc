/**
 * Draft notes as the plugin and the CLI's `draft --write` make them: the file
 * name of a new draft note, and the drafts spliced under an interview note's
 * drafts heading (text only inserted, the note's line endings kept).
 */
import { formatLocalDate } from "./dates";
import { safeFileName } from "./file-names";
import { letterKind, type Draft } from "./letters/index";
import { padded, splitFrontmatter } from "./note-text";
import { findSection } from "./sections";

/** "2026-11-22 Thank-you — Northwind Traders — Ms. Whitfield" (without extension). */
export function draftFileName(draft: Draft, company: string, now: Date): string {
	const parts = [`${formatLocalDate(now)} ${letterKind(draft.kind).short}`, company, draft.recipient ?? ""]
		.map((p) => p.trim())
		.filter((p) => p !== "");
	return safeFileName(parts.join(" — "), `${formatLocalDate(now)} Draft`);
}

/** One draft as a block under the drafts heading. */
function draftBlock(draft: Draft, level: number, now: Date): string {
	const title = [letterKind(draft.kind).short, draft.recipient].filter(Boolean).join(" — ");
	const subject = draft.subject && !draft.text.includes(draft.subject) ? `Subject: ${draft.subject}\n\n` : "";
	return `${"#".repeat(level)} ${title} (${draft.format}, ${formatLocalDate(now)})\n\n${subject}${draft.text.trim()}\n`;
}

/**
 * Adds the drafts at the end of the drafts section (a heading of any level),
 * or a new "## Drafts" section at the end of the note. Only inserts text.
 */
export function spliceDrafts(text: string, heading: string, drafts: Draft[], now: Date): string {
	const { frontmatter, body } = splitFrontmatter(text);
	const section = findSection(body, heading);
	if (!section) {
		const blocks = drafts.map((d) => draftBlock(d, 3, now)).join("\n");
		return padded(text, `## ${heading}\n\n${blocks}`, "");
	}
	const headingLine = body.slice(0, section.start).replace(/\n+$/, "").split("\n").pop() ?? "";
	const level = Math.min(6, (/^\s{0,3}(#{1,6})\s/.exec(headingLine)?.[1]?.length ?? 2) + 1);
	const blocks = drafts.map((d) => draftBlock(d, level, now)).join("\n");
	const at = frontmatter.length + section.end;
	return padded(text.slice(0, at), blocks, text.slice(at));
}
