/**
 * Reads a question bank note this plugin generated before, so rebuilding it
 * keeps the user's work (DESIGN §7): each question's tick and the lines the
 * user wrote under it, their own frontmatter keys and any text of theirs
 * around the list. Lines the bank generates itself are recognised and left out.
 */
import { blockYaml, findFrontmatter } from "./frontmatter-block";

export const NO_LONGER_HEADING = "## No longer in your notes";

/** One question of an earlier bank. */
export interface KeptQuestion {
	/** The character between the brackets: " " open, "x" ticked, or a Tasks-style status. */
	mark: string;
	/** The question as written on its line, without the generated "(asked in N interviews)". */
	text: string;
	/** Earlier wordings from its "Also asked as" line. */
	variants: string[];
	/** The user's lines under it, as written. */
	extra: string[];
}

export interface KeptBank {
	/** Frontmatter lines that are not the bank's own keys. */
	frontmatter: string[];
	/** The user's lines before the first question. */
	preamble: string[];
	questions: KeptQuestion[];
	/** The user's headings and lines after the questions that belong to no question. */
	trailer: string[];
	/** The line ending the note was written with. */
	eol: "\n" | "\r\n";
}

const OWN_KEYS = /^(type|generated|questions|interviews):/;
const TASK = /^[-*+] \[(.)\] (.*)$/;
const ASKED_IN = / \(asked in \d+ interviews\)$/;
const HEADING = /^#{1,6}[ \t]/;
const SOURCE = /^\t- \[\[([^\]|]+)\]\]( — .*)?$/;
const ALSO = /^\t- Also asked as: (.*)$/;

export const BANK_INTRO = "Questions from your interview notes, the most often asked first. Tick a question once you have practised your answer aloud.";
export const BANK_KEEPS =
	"Rebuilding the bank keeps your ticks and whatever you write under a question; questions no longer in your notes move to the end.";
export const BANK_EMPTY =
	"No questions yet. List the questions you were asked as bullets in the questions section of each interview note, then build the bank again.";
export const BANK_GONE = "These questions are in no interview note now (the note or the question was removed). They are kept here with your ticks and notes.";

/** Lines the bank writes outside the questions, in this version and earlier ones. */
const GENERATED = new Set([
	"# Question bank",
	BANK_INTRO,
	BANK_KEEPS,
	BANK_EMPTY,
	BANK_GONE,
	NO_LONGER_HEADING,
	"This note is rebuilt from the interview notes each time; keep your own notes there, not here.",
]);

/** `lines` without blank lines at either end. */
export function trimBlank(lines: string[]): string[] {
	let from = 0;
	let to = lines.length;
	while (from < to && (lines[from] ?? "").trim() === "") from++;
	while (to > from && (lines[to - 1] ?? "").trim() === "") to--;
	return lines.slice(from, to);
}

/**
 * The parts of an earlier bank worth keeping. `interviewPaths` are the
 * vault paths of the interview notes: a bare link to one under a question is
 * a generated source line (a link with " — details" always is).
 */
export function readKeptBank(text: string, interviewPaths: ReadonlySet<string>): KeptBank {
	const eol = text.includes("\r\n") ? "\r\n" : "\n";
	const block = findFrontmatter(text);
	const yaml = block ? blockYaml(text, block) : "";
	const frontmatter = yaml === "" ? [] : yaml.split(/\r?\n/).filter((l) => !OWN_KEYS.test(l));
	const lines = text.slice(block?.end ?? 0).split(/\r?\n/);
	const bank: KeptBank = { frontmatter, preamble: [], questions: [], trailer: [], eol };
	let current: KeptQuestion | null = null;
	for (const line of lines) {
		const around = bank.questions.length > 0 ? bank.trailer : bank.preamble;
		const task = TASK.exec(line);
		if (task) {
			current = { mark: task[1] ?? " ", text: (task[2] ?? "").replace(ASKED_IN, ""), variants: [], extra: [] };
			bank.questions.push(current);
			continue;
		}
		if (HEADING.test(line)) current = null;
		if (current === null) {
			if (!GENERATED.has(line)) around.push(line);
			continue;
		}
		const also = ALSO.exec(line);
		if (also) {
			current.variants.push(...[...(also[1] ?? "").matchAll(/“([^”]*)”/g)].map((m) => m[1] ?? ""));
			continue;
		}
		const source = SOURCE.exec(line);
		if (source && (source[2] !== undefined || interviewPaths.has(`${source[1] ?? ""}.md`))) continue;
		current.extra.push(line);
	}
	for (const q of bank.questions) q.extra = trimBlank(q.extra);
	bank.preamble = trimBlank(bank.preamble);
	bank.trailer = trimBlank(bank.trailer);
	return bank;
}
