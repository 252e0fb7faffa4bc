/**
 * The question bank (DESIGN §3): every question the user noted under
 * "Questions they asked", near-duplicates merged, most frequent first, each
 * linked to the interviews it came from, as one generated Markdown note.
 * Rebuilding merges with the bank already there (DESIGN §7): a question
 * still asked keeps its tick and the user's lines under it; one no longer in
 * any note moves under "No longer in your notes" instead of being deleted.
 */
import { formatLocalDate } from "./dates";
import { BANK_EMPTY, BANK_GONE, BANK_INTRO, BANK_KEEPS, NO_LONGER_HEADING, readKeptBank, type KeptBank, type KeptQuestion } from "./question-bank-read";
import { groupQuestions, QuestionIndex, shapeOf, type QuestionEntry } from "./questions";

/** How much a wording looks like a finished sentence: a capital first, an end mark, no Markdown marks. */
const tidiness = (text: string): number =>
	(/^\p{Lu}/u.test(text) ? 1 : 0) + (/[?.]$/.test(text) ? 1 : 0) + (/[*_`]/.test(text) ? 0 : 1);

/** The wording used most often in a group; on a tie the tidiest, then the most recent. */
function wordingOf(group: QuestionEntry[]): string {
	const counts = new Map<string, { n: number; latest: number }>();
	for (const e of group) {
		const t = e.date?.at.getTime() ?? Number.NEGATIVE_INFINITY;
		const c = counts.get(e.question);
		if (c === undefined) counts.set(e.question, { n: 1, latest: t });
		else {
			c.n++;
			c.latest = Math.max(c.latest, t);
		}
	}
	if (counts.size === 1) return group[0]?.question ?? "";
	const ranked = [...counts].sort(
		([a, ca], [b, cb]) => cb.n - ca.n || tidiness(b) - tidiness(a) || cb.latest - ca.latest || (a < b ? -1 : a > b ? 1 : 0),
	);
	return ranked[0]?.[0] ?? "";
}

const notesOf = (group: QuestionEntry[]): number => new Set(group.map((e) => e.notePath)).size;
function latest(group: QuestionEntry[]): number {
	// Math.max one value at a time (a spread of a large group would be as slow and could overflow the stack): NaN stays NaN.
	let max = Number.NEGATIVE_INFINITY;
	for (const e of group) max = Math.max(max, e.date?.at.getTime() ?? 0);
	return max;
}
const linkTo = (path: string): string => `[[${path.replace(/\.md$/i, "")}]]`;

function sourceLines(group: QuestionEntry[], dayOf: (at: Date) => string): string[] {
	const seen = new Set<string>();
	const lines: string[] = [];
	for (const e of group) {
		if (seen.has(e.notePath)) continue;
		seen.add(e.notePath);
		const company = e.company.trim();
		const day = e.date ? dayOf(e.date.at) : "";
		const details = company !== "" && day !== "" ? `${company}, ${day}` : company + day;
		lines.push(`\t- ${linkTo(e.notePath)}${details !== "" ? ` — ${details}` : ""}`);
	}
	return lines;
}

/** formatLocalDate, remembered per instant: many interviews share a date. */
function dayFormatter(): (at: Date) => string {
	const days = new Map<number, string>();
	return (at) => {
		const t = at.getTime();
		let day = days.get(t);
		if (day === undefined) {
			day = formatLocalDate(at);
			days.set(t, day);
		}
		return day;
	};
}

interface BankGroup {
	group: QuestionEntry[];
	wording: string;
	notes: number;
	/** What the earlier bank held for this question: its tick, text after the wording, the user's lines. */
	mark: string;
	suffix: string;
	extra: string[];
}

/** Attaches each question of the earlier bank to the group that asks it now; returns those no group asks. */
function attachKept(groups: BankGroup[], kept: KeptQuestion[]): KeptQuestion[] {
	if (kept.length === 0) return [];
	const index = new QuestionIndex<BankGroup>();
	const byText = new Map<string, BankGroup>();
	for (const g of groups) {
		for (const q of new Set([g.wording, ...g.group.map((e) => e.question)])) {
			index.add(shapeOf(q), g);
			if (!byText.has(q)) byText.set(q, g);
		}
	}
	const gone: KeptQuestion[] = [];
	for (const k of kept) {
		let suffix = "";
		let found = [k.text, ...k.variants].map((q) => index.find(shapeOf(q))).find((g) => g !== undefined);
		// Words the user added after the question on its own line.
		for (let at = k.text.indexOf(" "); !found && at > 0; at = k.text.indexOf(" ", at + 1)) {
			found = byText.get(k.text.slice(0, at));
			if (found) suffix = k.text.slice(at);
		}
		if (!found) {
			gone.push(k);
			continue;
		}
		if (found.mark === " ") found.mark = k.mark;
		if (found.suffix === "") found.suffix = suffix;
		found.extra.push(...k.extra);
	}
	return gone;
}

const EMPTY: KeptBank = { frontmatter: [], preamble: [], questions: [], trailer: [], eol: "\n" };

/**
 * A whole Markdown note: frontmatter with `type: question-bank`, then the
 * questions as practice checkboxes. `previous` is the bank note as it is now
 * (one this plugin generated), whose ticks and notes are kept.
 */
export function buildQuestionBank(entries: QuestionEntry[], now: Date, previous?: string): string {
	const paths = new Set(entries.map((e) => e.notePath));
	const kept = previous === undefined ? EMPTY : readKeptBank(previous, paths);
	const groups: BankGroup[] = groupQuestions(entries)
		.map((group, order) => ({ group, order, notes: notesOf(group), latest: latest(group) }))
		.sort((a, b) => b.notes - a.notes || b.group.length - a.group.length || b.latest - a.latest || a.order - b.order)
		.map(({ group, notes }) => ({ group, notes, wording: wordingOf(group), mark: " ", suffix: "", extra: [] }));
	const gone = attachKept(groups, kept.questions);
	const dayOf = dayFormatter();
	const lines = ["---", "type: question-bank", `generated: ${formatLocalDate(now)}`, `questions: ${groups.length}`, `interviews: ${paths.size}`];
	lines.push(...kept.frontmatter, "---", "# Question bank", "");
	if (groups.length === 0) lines.push(BANK_EMPTY);
	else lines.push(BANK_INTRO, BANK_KEEPS);
	if (kept.preamble.length > 0) lines.push("", ...kept.preamble);
	if (groups.length > 0) lines.push("");
	for (const { group, wording, notes, mark, suffix, extra } of groups) {
		lines.push(`- [${mark}] ${wording}${suffix}${notes > 1 ? ` (asked in ${notes} interviews)` : ""}`);
		lines.push(...sourceLines(group, dayOf));
		const variants = [...new Set(group.map((e) => e.question))].filter((q) => q !== wording);
		if (variants.length > 0) lines.push(`\t- Also asked as: ${variants.map((v) => `“${v}”`).join("; ")}`);
		lines.push(...extra);
	}
	if (kept.trailer.length > 0) lines.push("", ...kept.trailer);
	if (gone.length > 0) {
		lines.push("", NO_LONGER_HEADING, "", BANK_GONE, "");
		for (const k of gone) lines.push(`- [${k.mark}] ${k.text}`, ...k.extra);
	}
	return `${lines.join(kept.eol)}${kept.eol}`;
}
