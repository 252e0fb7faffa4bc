/**
 * The questions the user noted under "Questions they asked", and which of
 * them ask the same thing (near-duplicates) — the question bank's groups
 * (the note itself: question-bank.ts).
 */
import type { When } from "./dates";
import { lineStructure } from "./line-structure";
import { CloseWords, GroupBits } from "./question-candidates";
import { splitTiesTo } from "./section-entries";
import { findSection, readSection, type StructureOf } from "./sections";

/**
 * The questions of a note body's questions section (heading `heading`): one
 * per top-level bullet or paragraph. A bullet's nested bullets are treated as
 * notes on the answer and left out; subsection headings are not questions.
 */
export function questionsIn(body: string, heading: string, structureOf: StructureOf): string[] {
	return readSection(body, heading, structureOf, false).map((e) => e.text);
}

/**
 * A bullet's first character after "- " that needs the general path: white
 * space, a character that could start a nested marker, a rule, a quote, a
 * fence, HTML, a heading, a checkbox or a table, or a backslash escape.
 */
const SPECIAL_START = /[\s\-*+_#>`~<[|=\\]/;

/**
 * The questions of body[start, end) when each of its lines is blank (spaces,
 * tabs) or a plain top-level bullet: "-", "*" or "+" at the start of the line,
 * one space, then text that starts with an ordinary character. Those are the
 * texts the line scan's structure gives (`questionsIn` with `lineStructure`),
 * found without building the structure; null for any other section, which
 * then takes that general path.
 */
export function plainBulletQuestions(body: string, start: number, end: number): string[] | null {
	const out: string[] = [];
	for (let at = start; at < end; ) {
		const nl = body.indexOf("\n", at);
		const lineEnd = nl === -1 || nl > end ? end : nl;
		const c = body.charCodeAt(at);
		if (c === 45 || c === 42 || c === 43) {
			if (at + 2 >= lineEnd || body.charCodeAt(at + 1) !== 32 || SPECIAL_START.test(body[at + 2] ?? " ")) return null;
			const text = body.slice(at + 2, lineEnd).trim();
			if (text !== "") out.push(splitTiesTo(text).text);
		} else {
			for (let i = at; i < lineEnd; i++) {
				const b = body.charCodeAt(i);
				if (b !== 32 && b !== 9 && !(b === 13 && i === lineEnd - 1)) return null;
			}
		}
		at = lineEnd + 1;
	}
	return out;
}

/**
 * `questionsIn` with the structure from the line scan (the CLI's way), the
 * common section of plain bullets read directly.
 */
export function lineScanQuestions(body: string, heading: string): string[] {
	const range = findSection(body, heading);
	if (!range) return [];
	return plainBulletQuestions(body, range.start, range.end) ?? questionsIn(body, heading, (from, to) => lineStructure(body, from, to));
}

export interface QuestionEntry {
	question: string;
	/** Vault-relative path of the interview note. */
	notePath: string;
	company: string;
	date?: When;
}

/** Words that do not change what a question asks (question words and "not" are kept on purpose). */
const FILLER = new Set(
	("a an the and or of to in on at for with by from about as is are was were be been being do does did done " +
		"you your yours i me my we us our they them their it its this that these those when would could can will shall " +
		"should please so if there here some any just really also maybe tell give describe walk through").split(" "),
);

interface Shape {
	/** Lower case, Markdown marks, punctuation and apostrophes removed, single spaces. */
	flat: string;
	/** The words that carry the meaning. */
	content: string[];
}

/** A question's comparable shape. */
export function shapeOf(question: string): Shape {
	const flat = flatten(question.toLowerCase());
	const words = flat === "" ? [] : flat.split(" ");
	return { flat, content: words.filter((w) => !FILLER.has(w)) };
}

const NON_ASCII = /[\u0080-\uffff]/;

/** Lower-case text without links, apostrophes and punctuation, words one space apart. */
function flatten(lower: string): string {
	// Plain ASCII without a link (most questions, in English): the same result by cheaper means.
	if (!lower.includes("[") && !NON_ASCII.test(lower)) return lower.replace(/['`]/g, "").replace(/[^a-z0-9]+/g, " ").trim();
	return lower
		.replace(/\[\[([^\]|]*\|)?([^\]]*)\]\]/g, "$2")
		.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
		.replace(/['’`]/g, "")
		.replace(/[^\p{L}\p{N}]+/gu, " ")
		.trim();
}

/**
 * Levenshtein distance, two rows. With `max`, stops early once the distance
 * must exceed it and returns max + 1.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
	if (a === b) return 0;
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let prev = new Uint32Array(b.length + 1).map((_, j) => j);
	let row = new Uint32Array(b.length + 1);
	for (let i = 1; i <= a.length; i++) {
		row[0] = i;
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const sub = (prev[j - 1] ?? 0) + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
			const v = Math.min(sub, (prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1);
			row[j] = v;
			if (v < best) best = v;
		}
		if (best > max) return max + 1;
		[prev, row] = [row, prev];
	}
	return prev[b.length] ?? 0;
}

const HAS_DIGIT = /\d/;

/** Spelling variants and inflections: prioritise/prioritize, strength/strengths, lead/led. */
function closeWords(a: string, b: string): boolean {
	if (a === b) return true;
	// "Question 12" and "question 13" ask different things: a number is close only to itself.
	if (HAS_DIGIT.test(a) || HAS_DIGIT.test(b)) return false;
	const longest = Math.max(a.length, b.length);
	const allowed = longest >= 6 ? 2 : 1;
	return a[0] === b[0] && editDistance(a, b, allowed) <= allowed;
}

const everyWordMatched = (from: string[], to: string[]): boolean => from.every((w) => to.some((v) => closeWords(w, v)));

/** Minimum share of characters two near-duplicate questions have in common. */
const MIN_SIMILARITY = 0.8;

/**
 * True when two questions ask the same thing in slightly different words:
 * their texts are at least 80% alike (edit distance ratio), and every word
 * that carries meaning in one has a counterpart (the same word, a spelling
 * variant or an inflection) in the other. "Greatest strength" and "greatest
 * weakness" stay apart; "How do you prioritise…" and "how do you prioritize…?" merge.
 */
export function sameQuestion(a: Shape, b: Shape): boolean {
	if (a.flat === b.flat) return true;
	const longest = Math.max(a.flat.length, b.flat.length);
	// At most 20% of the characters may differ (the epsilon keeps 40 × 0.2 at 8).
	const allowed = Math.floor((1 - MIN_SIMILARITY) * longest + 1e-6);
	if (longest === 0 || Math.abs(a.flat.length - b.flat.length) > allowed) return false;
	if (!everyWordMatched(a.content, b.content) || !everyWordMatched(b.content, a.content)) return false;
	return editDistance(a.flat, b.flat, allowed) <= allowed;
}

/**
 * Questions by what they ask: `find` gives the value of the first question
 * added (in order) that asks the same as `shape`, or that has the same text.
 */
export class QuestionIndex<T> {
	private readonly exact = new Map<string, T>();
	// Near-duplicates pair every meaning word with a word of the same first letter,
	// so only questions with the same set of first letters are compared, and within
	// that bucket only those holding a close word for each meaning word.
	private readonly buckets = new Map<string, { items: { shape: Shape; value: T }[]; bits: GroupBits }>();
	private readonly close = new CloseWords(closeWords);

	private bucket(shape: Shape): { items: { shape: Shape; value: T }[]; bits: GroupBits } {
		const key = [...new Set(shape.content.map((w) => w[0]))].sort().join("");
		const found = this.buckets.get(key);
		if (found) return found;
		const made = { items: [], bits: new GroupBits() };
		this.buckets.set(key, made);
		return made;
	}

	find(shape: Shape): T | undefined {
		const exact = this.exact.get(shape.flat);
		if (exact !== undefined) return exact;
		const bucket = this.bucket(shape);
		const closeSets = [...new Set(shape.content)].map((w) => this.close.of(w));
		for (const id of bucket.bits.candidates(closeSets)) {
			const item = bucket.items[id];
			if (item && sameQuestion(item.shape, shape)) return item.value;
		}
		return undefined;
	}

	add(shape: Shape, value: T): void {
		if (!this.exact.has(shape.flat)) this.exact.set(shape.flat, value);
		for (const w of shape.content) this.close.of(w);
		const bucket = this.bucket(shape);
		bucket.items.push({ shape, value });
		bucket.bits.add(shape.content);
	}
}

const time = (e: QuestionEntry): number => e.date?.at.getTime() ?? Number.POSITIVE_INFINITY;

/** Groups near-duplicates; input is sorted first, so the result does not depend on the order given. */
export function groupQuestions(entries: QuestionEntry[]): QuestionEntry[][] {
	// The sort key's time is read once per entry, not once per comparison.
	const keyed: { e: QuestionEntry; t: number; i: number }[] = [];
	for (const e of entries) if (e.question.trim() !== "") keyed.push({ e, t: time(e), i: keyed.length });
	keyed.sort((x, y) => x.t - y.t || (x.e.notePath < y.e.notePath ? -1 : x.e.notePath > y.e.notePath ? 1 : x.i - y.i));
	const groups: QuestionEntry[][] = [];
	const index = new QuestionIndex<QuestionEntry[]>();
	// The same wording is often noted in many interviews: its shape is made once.
	const shapes = new Map<string, Shape>();
	for (const { e: entry } of keyed) {
		let shape = shapes.get(entry.question);
		if (shape === undefined) {
			shape = shapeOf(entry.question);
			shapes.set(entry.question, shape);
		}
		const group = index.find(shape);
		if (group) group.push(entry);
		else {
			const created = [entry];
			groups.push(created);
			index.add(shape, created);
		}
	}
	return groups;
}
