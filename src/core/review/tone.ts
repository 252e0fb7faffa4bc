/** Tone: emoticons and emoji, informal words, negative or needy phrasing. */
import { matchesNotAfter } from "./not-after";
import { INFORMAL, NEGATIVE, type Phrase } from "./phrases";
import { prose } from "./prose";
import type { RawFinding } from "./types";

/** Curly and modifier apostrophes, one UTF-16 unit each like the straight one. */
const APOSTROPHES = /[\u2018\u2019\u02BC]/g;

/** ASCII emoticons: a face with eyes (:;=), an optional nose and a mouth, or a heart. */
const EMOTICON_RE = /(?:[:;=]['-]?[)(\][DPpOo|/\\*]|\^_?\^|<3)(?![\w/)(\][])/g;
/** Emoji; ©, ® and ™ are pictographic in Unicode but belong in company names. */
const EMOJI_RE = /(?![\u00A9\u00AE\u2122])\p{Extended_Pictographic}\uFE0F?(?:\u200D\p{Extended_Pictographic}\uFE0F?)*|\p{Regional_Indicator}{2}/gu;

export function emoticons(lines: string[]): RawFinding[] {
	const out: RawFinding[] = [];
	lines.forEach((line, i) => {
		// Links and inline code carry colons and brackets that are not faces.
		// Faces need one of these marks; emoji lie outside ASCII.
		if (!/[:;=^<]|[^\t -~]/.test(line)) return;
		const text = prose(line);
		const found = new Set([...matchesNotAfter(text, EMOTICON_RE, /[\w:/<]/), ...text.matchAll(EMOJI_RE)].map((m) => m[0]));
		for (const face of found) {
			out.push({ rule: "emoticon", line: i + 1, message: `Remove '${face}': emoticons and emoji read as casual in a letter to an employer.` });
		}
	});
	return out;
}

/** A phrase list as one regex: one scan a line, the matching group telling which phrase it was. */
interface PhraseSet {
	re: RegExp;
	advice: string[];
}

function compile(phrases: readonly Phrase[]): PhraseSet {
	// Each phrase a capturing group; inside, only (?:…) groups, so group k+1 is phrase k.
	const body = phrases.map(([source]) => `(${source})`).join("|");
	return { re: new RegExp(`(?:${body})(?![\\p{L}\\p{N}'])`, "giu"), advice: phrases.map(([, advice]) => advice) };
}

// Built on first use: Unicode property escapes are costly to compile at startup.
let wordChar: RegExp | undefined;
let informalSet: PhraseSet | undefined;
let negativeSet: PhraseSet | undefined;
/** A letter, digit or apostrophe: a phrase must not start right after one. */
const WORD_CHAR = (): RegExp => (wordChar ??= /[\p{L}\p{N}']/u);

function phraseFindings(lines: string[], set: PhraseSet, rule: "informal" | "negative-tone"): RawFinding[] {
	const out: RawFinding[] = [];
	lines.forEach((line, i) => {
		if (line.trim() === "") return;
		// Same length as the line, so match positions are the line's own.
		const straight = line.replace(APOSTROPHES, "'");
		for (const m of matchesNotAfter(straight, set.re, WORD_CHAR())) {
			const which = m.slice(1).findIndex((g) => g !== undefined);
			const text = line.slice(m.index, m.index + m[0].length);
			const advice = set.advice[which] ?? "";
			out.push({ rule, line: i + 1, message: rule === "informal" ? `'${text}' is informal; ${advice}.` : `'${text}' sounds needy or negative; ${advice}.` });
		}
	});
	return out;
}

/** Runs such as "!!", "?!" or "??" read as shouting. */
function punctuation(lines: string[]): RawFinding[] {
	const out: RawFinding[] = [];
	lines.forEach((line, i) => {
		for (const m of line.matchAll(/[!?]{2,}/g)) {
			out.push({ rule: "informal", line: i + 1, message: `'${m[0]}' is informal; end the sentence with a single mark.` });
		}
	});
	return out;
}

export const informal = (lines: string[]): RawFinding[] =>
	[...phraseFindings(lines, (informalSet ??= compile(INFORMAL)), "informal"), ...punctuation(lines)].sort((a, b) => a.line - b.line);
export const negativeTone = (lines: string[]): RawFinding[] => phraseFindings(lines, (negativeSet ??= compile(NEGATIVE)), "negative-tone");
