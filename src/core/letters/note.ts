/** A draft as a new note: frontmatter linking back to the interview, then the letter. */
import { formatLocalDate } from "../dates";
import type { Draft } from "./types";

/**
 * A YAML double-quoted scalar. JSON's escapes are valid YAML; the line and
 * paragraph separators, which YAML would read as line breaks, are escaped too.
 */
export function yamlString(value: string): string {
	return JSON.stringify(value).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

/** "[[Interviews/Northwind]]" from "Interviews/Northwind.md". */
export function wikiLink(path: string): string {
	return `[[${path.replace(/\.md$/i, "")}]]`;
}

/**
 * The note text for a draft: frontmatter with `draft_of` (a link to the
 * interview), `kind`, `format`, `recipient` when there is one and `created`
 * (local date), then the letter.
 */
export function draftNoteText(draft: Draft, interviewPath: string, now: Date): string {
	const fm = [
		`draft_of: ${yamlString(wikiLink(interviewPath))}`,
		`kind: ${draft.kind}`,
		`format: ${draft.format}`,
		...(draft.recipient !== undefined ? [`recipient: ${yamlString(draft.recipient)}`] : []),
		`created: ${formatLocalDate(now)}`,
	];
	const text = draft.text.endsWith("\n") ? draft.text : `${draft.text}\n`;
	return `---\n${fm.join("\n")}\n---\n${text}`;
}

/** `[[Interviews/Note|alias]]`, `[[Note#Heading]]` or a bare path → the link path ("Interviews/Note"); null when there is none. */
export function linkPath(value: unknown): string | null {
	if (typeof value !== "string") return null;
	const inner = /^\s*\[\[([^\]]+)\]\]\s*$/.exec(value)?.[1] ?? value;
	const path = inner.split("|")[0]?.split("#")[0]?.trim() ?? "";
	return path === "" ? null : path;
}
