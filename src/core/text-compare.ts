/**
 * Comparing what a user typed with what a note says (DESIGN §1.1): Unicode
 * NFC, and case, accents, apostrophe style, hyphens and spacing ignored.
 */

let marks: RegExp | undefined;
// Built on first use: Unicode property escapes are costly to compile at startup.
const combiningMarks = (): RegExp => (marks ??= /\p{M}+/gu);

/** Letters that carry no combining mark once decomposed, but that people type without their stroke. */
const PLAIN_LETTERS: Record<string, string> = {
	ø: "o",
	Ø: "o",
	æ: "ae",
	Æ: "ae",
	œ: "oe",
	Œ: "oe",
	ß: "ss",
	ẞ: "ss",
	ł: "l",
	Ł: "l",
	đ: "d",
	Đ: "d",
	ð: "d",
	Ð: "d",
	þ: "th",
	Þ: "th",
	ı: "i",
};
const APOSTROPHES = /[\u2018\u2019\u02BC\u0060\u00B4\u2032]/g;

const PLAIN_RE = /[øØæÆœŒßẞłŁđĐðÐþÞı]/g;

/** Printable ASCII with tabs and line breaks: nothing to decompose, no accent or curly apostrophe. */
const ASCII_RE = /^[\t-\r\x20-\x7e]*$/;

/** "Seán  O’Brien" and "sean o'brien" fold to the same text; so do "Søren" and "Soren". */
export function foldText(text: string): string {
	// The same steps as below for the text most names and headings are (the Unicode ones change nothing there).
	if (ASCII_RE.test(text)) return text.replace(/`/g, "'").replace(/-/g, " ").toLowerCase().replace(/\s+/g, " ").trim();
	return text
		.normalize("NFD")
		.replace(combiningMarks(), "")
		.replace(PLAIN_RE, (c) => PLAIN_LETTERS[c] ?? c)
		.normalize("NFC")
		.replace(APOSTROPHES, "'")
		.replace(/[\u2010-\u2015-]/g, " ")
		.toLowerCase()
		.replace(/\s+/g, " ")
		.trim();
}

export const sameText = (a: string, b: string): boolean => foldText(a) === foldText(b);

/** Apostrophe style, case and spacing ignored, accents kept. */
const spelling = (s: string): string => s.normalize("NFC").replace(APOSTROPHES, "'").toLowerCase().replace(/\s+/g, " ").trim();

/** Tells "Nunez" from "Ñúñez" once sameText says they match; "O’Brien" and "O'Brien" are spelt the same. */
export const sameSpelling = (a: string, b: string): boolean => spelling(a) === spelling(b);
