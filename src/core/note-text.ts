/** Pure text helpers for splicing blocks into notes without touching the text around them. */
import { findFrontmatter } from "./frontmatter-block";

/** Splits a note into frontmatter (with its closing line) and body. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string } {
	const end = findFrontmatter(text)?.end ?? 0;
	return { frontmatter: text.slice(0, end), body: text.slice(end) };
}

/** Number of line breaks in `text`: the line offset of what follows it. */
export const lineCount = (text: string): number => (text.match(/\n/g) ?? []).length;

/** `markdown` padded to stand as its own block when inserted at column `ch` of `lineText`. */
export function blockAt(markdown: string, lineText: string, ch: number, previousLine: string | undefined): string {
	const beforeOnLine = lineText.slice(0, ch);
	const afterOnLine = lineText.slice(ch);
	const lead = beforeOnLine.trim() !== "" ? "\n\n" : previousLine !== undefined && previousLine.trim() !== "" ? "\n" : "";
	const body = markdown.replace(/\n+$/, "");
	const trail = afterOnLine.trim() !== "" ? "\n\n" : "\n";
	return `${lead}${body}${trail}`;
}

/** The line ending a note is written with: CRLF when its first line break is one. */
export function eolOf(text: string): "\n" | "\r\n" {
	const i = text.indexOf("\n");
	return i > 0 && text.charCodeAt(i - 1) === 0x0d ? "\r\n" : "\n";
}

/** `block`, written with any line endings, in the line ending `eol`. */
export const withEol = (block: string, eol: "\n" | "\r\n"): string => block.replace(/\r?\n/g, eol);

/**
 * Blank-line padding so `insert` stands as its own block between `before`
 * and `after`, in the note's line ending (a CRLF note stays CRLF).
 */
export function padded(before: string, insert: string, after: string): string {
	const eol = eolOf(before.includes("\n") ? before : after);
	const end = before.slice(-4).replace(/\r/g, "");
	const lead = before === "" || end.endsWith("\n\n") ? "" : end.endsWith("\n") ? eol : eol + eol;
	const trail = after === "" || after.startsWith("\n") || after.startsWith("\r\n") ? "" : eol;
	return `${before}${lead}${withEol(insert, eol)}${trail}${after}`;
}

/** `text` with `markdown` appended as its own block, ending in one newline. */
export function withBlockAtEnd(text: string, markdown: string): string {
	return padded(text, `${markdown.replace(/\n+$/, "")}\n`, "");
}

/** A note is a generated question bank when its frontmatter says `type: question-bank`. */
export function isQuestionBank(text: string): boolean {
	return /^type:\s*["']?question-bank["']?\s*$/m.test(splitFrontmatter(text).frontmatter);
}
