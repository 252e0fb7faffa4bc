/** `too-long`: more than three body paragraphs, or more words than the format bears. */
import type { LetterFormat } from "../settings";
import { letterParts, wordCount } from "./structure";
import type { RawFinding } from "./types";

export const MAX_PARAGRAPHS = 3;
/** Body words: a card holds a few lines; an email or letter about a screen. */
export const MAX_WORDS: Record<LetterFormat, number> = { email: 200, letter: 200, card: 80, call: 200 };

export function tooLong(lines: string[], format: LetterFormat | undefined): RawFinding[] {
	const out: RawFinding[] = [];
	const limit = MAX_WORDS[format ?? "email"];
	const what = format ?? "letter";
	for (const part of letterParts(lines)) {
		const { paragraphs } = part;
		const extra = paragraphs[MAX_PARAGRAPHS];
		if (extra) {
			out.push({
				rule: "too-long",
				line: extra.start + 1,
				message: `The body has ${paragraphs.length} paragraphs; keep it to ${MAX_PARAGRAPHS} short ones by merging or cutting from here on.`,
			});
		}
		let words = 0;
		let over: number | undefined;
		for (const p of paragraphs) {
			for (const i of p.lines) {
				words += wordCount(lines[i] ?? "");
				if (over === undefined && words > limit) over = i;
			}
		}
		if (over !== undefined) {
			out.push({
				rule: "too-long",
				line: over + 1,
				message: `The body runs to ${words} words; keep a ${what} under about ${limit} by cutting what does not add a specific point (the limit passes on this line).`,
			});
		}
	}
	return out;
}
