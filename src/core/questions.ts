/**
 * The question bank (DESIGN §3): every question the user noted under
 * "Questions they asked", near-duplicates merged, most frequent first, each
 * linked to the interviews it came from, as one generated Markdown note.
 */
import { formatLocalDate, type When } from "./dates";
import { CloseWords, GroupBits } from "./question-candidates";
import { readSection, type StructureOf } from "./sections";

/**
 * The questions of a note body's questions section (heading `heading`): one
 * per top-level bullet or paragraph. A bullet's nested bullets are treated as
 * notes on the answer and left out; subsection headings are not questions.
 */
export function questionsIn(body: string, heading: string, structureOf: StructureOf): string[] {
	return readSection(body, heading, structureOf, false).map((e) => e.text);
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
	const flat = question
		.toLowerCase()
		.replace(/\[\[([^\]|]*\|)?([^\]]*)\]\]/g, "$2")
		.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
		.replace(/['’`]/g, "")
		.replace(/[^\p{L}\p{N}]+/gu, " ")
		.trim();
	const words = flat === "" ? [] : flat.split(" ");
	return { flat, content: words.filter((w) => !FILLER.has(w)) };
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

/** Spelling variants and inflections: prioritise/prioritize, strength/strengths, lead/led. */
function closeWords(a: string, b: string): boolean {
	if (a === b) return true;
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

interface Group {
	shape: Shape;
	entries: QuestionEntry[];
}

const time = (e: QuestionEntry): number => e.date?.at.getTime() ?? Number.POSITIVE_INFINITY;

/** The first group of `bucket`, in creation order, that asks what `shape` asks. */
function firstSame(bucket: { groups: Group[]; bits: GroupBits }, shape: Shape, close: CloseWords): Group | undefined {
	const closeSets = [...new Set(shape.content)].map((w) => close.of(w));
	for (const id of bucket.bits.candidates(closeSets)) {
		const group = bucket.groups[id];
		if (group && sameQuestion(group.shape, shape)) return group;
	}
	return undefined;
}

/** Groups near-duplicates; input is sorted first, so the result does not depend on the order given. */
export function groupQuestions(entries: QuestionEntry[]): QuestionEntry[][] {
	const sorted = entries
		.filter((e) => e.question.trim() !== "")
		.map((e, i) => ({ e, i }))
		.sort((x, y) => time(x.e) - time(y.e) || (x.e.notePath < y.e.notePath ? -1 : x.e.notePath > y.e.notePath ? 1 : x.i - y.i))
		.map((x) => x.e);
	const groups: Group[] = [];
	const exact = new Map<string, Group>();
	// Near-duplicates pair every meaning word with a word of the same first letter,
	// so only questions with the same set of first letters need comparing.
	// Within a bucket, only the groups holding a close word for each meaning word are compared.
	const buckets = new Map<string, { groups: Group[]; bits: GroupBits }>();
	const close = new CloseWords(closeWords);
	for (const entry of sorted) {
		const shape = shapeOf(entry.question);
		const key = [...new Set(shape.content.map((w) => w[0]))].sort().join("");
		const bucket = buckets.get(key) ?? { groups: [], bits: new GroupBits() };
		buckets.set(key, bucket);
		const found = exact.get(shape.flat) ?? firstSame(bucket, shape, close);
		if (found) found.entries.push(entry);
		else {
			const created = { shape, entries: [entry] };
			groups.push(created);
			exact.set(shape.flat, created);
			bucket.groups.push(created);
			bucket.bits.add(shape.content);
		}
	}
	return groups.map((g) => g.entries);
}

/** How much a wording looks like a finished sentence: a capital first, an end mark, no Markdown marks. */
const tidiness = (text: string): number =>
	(/^\p{Lu}/u.test(text) ? 1 : 0) + (/[?.]$/.test(text) ? 1 : 0) + (/[*_`]/.test(text) ? 0 : 1);

/** The wording used most often in a group; on a tie the tidiest, then the most recent. */
function wordingOf(group: QuestionEntry[]): string {
	const counts = new Map<string, { n: number; latest: number }>();
	for (const e of group) {
		const c = counts.get(e.question) ?? { n: 0, latest: Number.NEGATIVE_INFINITY };
		counts.set(e.question, { n: c.n + 1, latest: Math.max(c.latest, e.date?.at.getTime() ?? Number.NEGATIVE_INFINITY) });
	}
	const ranked = [...counts].sort(
		([a, ca], [b, cb]) => cb.n - ca.n || tidiness(b) - tidiness(a) || cb.latest - ca.latest || (a < b ? -1 : a > b ? 1 : 0),
	);
	return ranked[0]?.[0] ?? "";
}

const notesOf = (group: QuestionEntry[]): number => new Set(group.map((e) => e.notePath)).size;
const latest = (group: QuestionEntry[]): number => Math.max(...group.map((e) => e.date?.at.getTime() ?? 0));
const linkTo = (path: string): string => `[[${path.replace(/\.md$/i, "")}]]`;

function sourceLines(group: QuestionEntry[]): string[] {
	const seen = new Set<string>();
	const lines: string[] = [];
	for (const e of group) {
		if (seen.has(e.notePath)) continue;
		seen.add(e.notePath);
		const details = [e.company.trim(), e.date ? formatLocalDate(e.date.at) : ""].filter((s) => s !== "");
		lines.push(`\t- ${linkTo(e.notePath)}${details.length > 0 ? ` — ${details.join(", ")}` : ""}`);
	}
	return lines;
}

/** A whole Markdown note: frontmatter with `type: question-bank`, then the questions as practice checkboxes. */
export function buildQuestionBank(entries: QuestionEntry[], now: Date): string {
	const groups = groupQuestions(entries)
		.map((group, order) => ({ group, order, wording: wordingOf(group), notes: notesOf(group), latest: latest(group) }))
		.sort((a, b) => b.notes - a.notes || b.group.length - a.group.length || b.latest - a.latest || a.order - b.order);
	const interviews = new Set(entries.map((e) => e.notePath)).size;
	const lines = [
		"---",
		"type: question-bank",
		`generated: ${formatLocalDate(now)}`,
		`questions: ${groups.length}`,
		`interviews: ${interviews}`,
		"---",
		"# Question bank",
		"",
	];
	if (groups.length === 0) {
		lines.push("No questions yet. List the questions you were asked as bullets in the questions section of each interview note, then build the bank again.");
		return `${lines.join("\n")}\n`;
	}
	lines.push(
		"Questions from your interview notes, the most often asked first. Tick a question once you have practised your answer aloud.",
		"This note is rebuilt from the interview notes each time; keep your own notes there, not here.",
		"",
	);
	for (const { group, wording, notes } of groups) {
		lines.push(`- [ ] ${wording}${notes > 1 ? ` (asked in ${notes} interviews)` : ""}`);
		lines.push(...sourceLines(group));
		const variants = [...new Set(group.map((e) => e.question))].filter((q) => q !== wording);
		if (variants.length > 0) lines.push(`\t- Also asked as: ${variants.map((v) => `“${v}”`).join("; ")}`);
	}
	return `${lines.join("\n")}\n`;
}
