/**
 * Every "Wish I had said" and "Since the interview" point that fits a
 * letter's length (DESIGN §3.2), in the note's order; the rest are named in a
 * warning, never dropped without a word.
 */
import type { LetterFormat } from "../settings";
import { introduce } from "./text";

/** Body words a format holds (review's too-long limits are a little higher). */
const BUDGET: Record<LetterFormat, number> = { email: 185, letter: 185, card: 70, call: 0 };

export const wordCount = (text: string): number => text.split(/\s+/).filter((w) => w !== "").length;

export interface Point {
	text: string;
	/** The section it comes from, for the warning. */
	section: string;
}

/** The note's wish and since points as `Point`s. */
export const notePoints = (wishes: readonly string[], since: readonly string[]): { wishes: Point[]; since: Point[] } => ({
	wishes: wishes.map((text) => ({ text, section: "Wish I had said" })),
	since: since.map((text) => ({ text, section: "Since the interview" })),
});

const sentence = (p: Point, nth: number): string =>
	p.section === "Wish I had said"
		? introduce(nth === 0 ? "I would also like to add a point I did not make clearly when we spoke" : "Another point worth adding", p.text)
		: introduce(nth === 0 ? "Since we met, there is one update worth sharing" : "Another update since we met", p.text);

export interface Fitted {
	/** The sentences that fit, in order. */
	sentences: string[];
	/** The points left out, as "'…' (Wish I had said)". */
	left: string[];
}

/** The points that fit in `format`'s budget beside `used` words of the rest of the letter. */
export function fitPoints(groups: readonly Point[][], used: number, format: LetterFormat): Fitted {
	let room = BUDGET[format] - used;
	const out: Fitted = { sentences: [], left: [] };
	for (const group of groups) {
		let nth = 0;
		for (const p of group) {
			const s = sentence(p, nth);
			const n = wordCount(s);
			if (n <= room) {
				out.sentences.push(s);
				room -= n;
				nth++;
			} else out.left.push(`'${p.text}' (${p.section})`);
		}
	}
	return out;
}

/** The warning for points left out, or none. */
export const leftOutWarning = (left: readonly string[], format: LetterFormat): string[] =>
	left.length === 0 ? [] : [`To keep the ${format === "letter" ? "letter" : format} short, it leaves out ${left.join(", ")}; swap one in by hand if it matters more.`];
