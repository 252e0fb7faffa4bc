/**
 * The shape of a draft: its lines, where each letter's salutation, body and
 * sign-off are, and the words on each line. Works on any text; a "## Drafts"
 * section may hold several letters, one per salutation.
 */
import { isBlank } from "../values";

export const GREETINGS = ["dear", "hi", "hello", "hey", "hiya", "greetings", "good morning", "good afternoon", "good evening"];

const GREETING_RE = new RegExp(`^(${GREETINGS.join("|")})\\b(.*)$`, "i");

const SIGN_OFF_RE =
	/^\s*[*_]*(?:(?:yours\s+)?sincerely(?:\s+yours)?|yours\s+(?:truly|faithfully|respectfully)|(?:with\s+)?(?:kind|best|warm|warmest|kindest)\s+(?:regards|wishes)|regards|best|all\s+the\s+best|respectfully|cordially|warmly|gratefully|with\s+(?:thanks|gratitude|appreciation)|many\s+thanks|thank\s+you(?:\s+again)?|thanks(?:\s+again)?|cheers)[*_]*\s*[,.!]?\s*$/i;

const HEADING_RE = /^\s{0,3}#{1,6}(?:\s|$)/;
const RULE_RE = /^\s{0,3}(?:[-*_]\s*){3,}$/;
const SUBJECT_RE = /^\s*[*_]*(?:subject|re)\s*[*_]*\s*:/i;

export interface Salutation {
	/** 0-based line index. */
	index: number;
	/** The greeting word(s) as written, e.g. "Hey". */
	greeting: string;
	/** What follows the greeting up to the first comma, colon or exclamation mark. */
	addressee: string;
}

export interface Paragraph {
	/** 0-based index of its first line. */
	start: number;
	/** 0-based indexes of its lines. */
	lines: number[];
}

export interface LetterPart {
	salutation?: Salutation;
	/** 0-based index of the sign-off line ("Kind regards,"), when there is one. */
	signOff?: number;
	/** Body paragraphs: between salutation and sign-off, without headings, subject lines or a closing signature. */
	paragraphs: Paragraph[];
}

export const splitLines = (text: string): string[] => text.split(/\r\n|\r|\n/);

/** Strips Markdown emphasis and list/quote markers around a line's words. */
const plain = (line: string): string => line.replace(/[*_`]/g, "").trim();

/** The greeting line at `index`, when the line opens with a greeting and reads like a salutation. */
export function salutationAt(line: string, index: number): Salutation | undefined {
	// Emphasis, quote markers and spaces before the greeting, skipped by a scan (a nested quantifier backtracked exponentially on "*_*_…").
	let from = 0;
	while (from < line.length && /[\s*_>]/.test(line.charAt(from))) from++;
	const m = GREETING_RE.exec(line.slice(from));
	if (!m) return undefined;
	const rest = plain(m[2] ?? "");
	const stop = rest.search(/[,:!;—–]/);
	const addressee = (stop === -1 ? rest : rest.slice(0, stop)).trim();
	// "Hello and thank you for..." is a sentence, not a salutation.
	if (stop === -1 && addressee.split(/\s+/).length > 4) return undefined;
	if (/^(?:and|to|from|again|everyone\s+and)\b/i.test(addressee)) return undefined;
	return { index, greeting: m[1] ?? "", addressee };
}

const isSignOff = (line: string): boolean => SIGN_OFF_RE.test(line);
const isHeading = (line: string): boolean => HEADING_RE.test(line) || RULE_RE.test(line);

/** A closing block of short lines without sentence punctuation: a name and contact lines. */
function isSignature(lines: string[], p: Paragraph): boolean {
	return p.lines.every((i) => {
		const t = plain(lines[i] ?? "");
		return t.split(/\s+/).length <= 5 && !/[.!?]$/.test(t);
	});
}

function paragraphsIn(lines: string[], from: number, to: number): Paragraph[] {
	const out: Paragraph[] = [];
	let current: Paragraph | undefined;
	for (let i = from; i < to; i++) {
		const line = lines[i] ?? "";
		if (isBlank(line) || isHeading(line) || SUBJECT_RE.test(line)) {
			current = undefined;
			continue;
		}
		if (!current) {
			current = { start: i, lines: [] };
			out.push(current);
		}
		current.lines.push(i);
	}
	return out;
}

/** Finds each letter in the text: one per salutation, or the whole text when there is none. */
export function letterParts(lines: string[]): LetterPart[] {
	const salutations: Salutation[] = [];
	lines.forEach((line, i) => {
		const s = salutationAt(line, i);
		if (s) salutations.push(s);
	});
	if (salutations.length === 0) {
		const signOff = lines.findIndex(isSignOff);
		const end = signOff === -1 ? lines.length : signOff;
		const paragraphs = paragraphsIn(lines, 0, end);
		const last = paragraphs.at(-1);
		if (signOff === -1 && paragraphs.length > 1 && last && isSignature(lines, last)) paragraphs.pop();
		return [{ paragraphs, ...(signOff === -1 ? {} : { signOff }) }];
	}
	return salutations.map((salutation, k) => {
		const limit = salutations[k + 1]?.index ?? lines.length;
		let end = limit;
		let signOff: number | undefined;
		for (let i = salutation.index + 1; i < limit; i++) {
			const line = lines[i] ?? "";
			if (isSignOff(line)) {
				signOff = i;
				end = i;
				break;
			}
			if (HEADING_RE.test(line)) {
				end = i;
				break;
			}
		}
		const paragraphs = paragraphsIn(lines, salutation.index + 1, end);
		const last = paragraphs.at(-1);
		if (signOff === undefined && paragraphs.length > 1 && last && isSignature(lines, last)) paragraphs.pop();
		return { salutation, paragraphs, ...(signOff === undefined ? {} : { signOff }) };
	});
}

export interface Token {
	/** The word as written, without a possessive "'s". */
	word: string;
	/** 0-based line index. */
	line: number;
}

const WORD_RE = /\p{L}[\p{L}\p{M}'’-]*/gu;

/** Every word of every line, with where it stands. */
export function tokens(lines: string[]): Token[] {
	const out: Token[] = [];
	lines.forEach((line, i) => {
		for (const m of line.matchAll(WORD_RE)) {
			// Words glued to other word characters (URLs, e-mail addresses) are not prose.
			if (m.index > 0 && /[\w@/.]/.test(line.charAt(m.index - 1))) continue;
			const word = m[0].replace(/['’]s$/i, "").replace(/['’-]+$/, "");
			out.push({ word, line: i });
		}
	});
	return out;
}

/** Number of words in a string. */
export const wordCount = (text: string): number => (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length;
