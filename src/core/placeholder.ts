/**
 * Visible placeholders in drafts: where a note lacks a detail, the draft says
 * so in brackets instead of passing off a generic sentence as specific.
 */

/** "[TODO: name one thing you discussed]" */
export function placeholder(hint: string): string {
	return `[TODO: ${hint.replace(/[[\]]/g, "").trim()}]`;
}

/** Matches every placeholder the drafts write (global: use with matchAll or reset lastIndex). */
export const PLACEHOLDER_RE = /\[TODO:[^\]\n]*\]/g;

/** True when the text still holds a placeholder. */
export function hasPlaceholder(text: string): boolean {
	return /\[TODO:[^\]\n]*\]/.test(text);
}
