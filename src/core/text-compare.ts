/**
 * Comparing what a user typed with what a note says (DESIGN §1.1): Unicode
 * NFC, and case, accents, apostrophe style, hyphens and spacing ignored.
 */

let marks: RegExp | undefined;
// Built on first use: Unicode property escapes are costly to compile at startup.
const combiningMarks = (): RegExp => (marks ??= /\p{M}+/gu);

/** "Seán  O’Brien" and "sean o'brien" fold to the same text. */
export function foldText(text: string): string {
	return text
		.normalize("NFD")
		.replace(combiningMarks(), "")
		.normalize("NFC")
		.replace(/[\u2018\u2019\u02BC\u0060\u00B4\u2032]/g, "'")
		.replace(/[\u2010-\u2015-]/g, " ")
		.toLowerCase()
		.replace(/\s+/g, " ")
		.trim();
}

export const sameText = (a: string, b: string): boolean => foldText(a) === foldText(b);
