/**
 * Review of a letter draft (DESIGN §3): near-miss spellings of the note's
 * names, first-name salutations, emoticons, informal or needy wording, length,
 * nothing specific from the note, leftover placeholders and a status check
 * drafted too early. Pure; never throws.
 */
import { letterKind, type LetterKind } from "./letters/kinds";
import { addressMismatch } from "./review/address";
import { firstNameSalutation, nameSpelling } from "./review/names";
import { tooLong } from "./review/length";
import { placeholders } from "./review/placeholders";
import { notSpecific } from "./review/specific";
import { letterParts, splitLines, tokens } from "./review/structure";
import { knownWords, spelling, type Speller } from "./review/spelling";
import { tooEarly } from "./review/timing";
import { emoticons, informal, negativeTone } from "./review/tone";
import { FINDING_RULES, SEVERITY, type Finding, type FindingRule, type RawFinding, type ReviewContext } from "./review/types";

export { FINDING_RULES, SEVERITY, type Finding, type FindingRule, type ReviewContext, type Severity } from "./review/types";
export type { Speller } from "./review/spelling";

/** Kinds whose letters should name something from the note; a withdrawal or a status check need not. */
const needsSpecific = (kind: LetterKind | undefined): boolean => kind === undefined || letterKind(kind).needsSpecific;

/** A letter to someone the user knows (a connection) may open with their first name. */
/** A kind written to someone the user knows (a connection) greets them by first name by design. */
const firstNameOk = (kind: LetterKind | undefined): boolean => kind !== undefined && letterKind(kind).addressBy === "first-name";

function run(rule: FindingRule, check: () => RawFinding[], errors: RawFinding[]): RawFinding[] {
	try {
		return check();
	} catch (err) {
		// A rule must never take the review down; say so instead of hiding it.
		errors.push({ rule, line: 1, message: `The ${rule} check could not run (${err instanceof Error ? err.message : String(err)}).` });
		return [];
	}
}

/** Spelling, where a word already reported as a misspelt name is not reported again. */
function spellingOf(lines: string[], speller: Speller, ctx: ReviewContext, names: RawFinding[]): RawFinding[] {
	const known = knownWords(ctx.interview, ctx.sections, ctx.settings, ctx.noteText);
	const named = new Set(names.map((f) => `${f.line}:${f.word ?? ""}`));
	return spelling(lines, speller, known).filter((f) => !named.has(`${f.line}:${f.word ?? ""}`));
}

/** A check the caller adds after the others (the CLI's spelling), given the lines and the name-spelling findings. */
type ExtraCheck = (lines: string[], names: RawFinding[]) => RawFinding[];

/**
 * Findings for `text`, sorted by line, each with a 1-based line within `text`;
 * spelling too when `ctx.speller` is given (the CLI's dictionary).
 */
export function reviewDraft(text: string, ctx: ReviewContext): Finding[] {
	const speller = ctx.speller;
	return review(text, ctx, speller ? (lines, names) => spellingOf(lines, speller, ctx, names) : undefined);
}

/**
 * As reviewDraft, never checking spelling (`ctx.speller` is not read): the plugin
 * leaves spelling to Obsidian's editor, and calling this keeps the spelling
 * code out of main.js.
 */
export function reviewWithoutSpelling(text: string, ctx: ReviewContext): Finding[] {
	return review(text, ctx);
}

function review(text: string, ctx: ReviewContext, spellingCheck?: ExtraCheck): Finding[] {
	const source = typeof text === "string" ? text : "";
	const lines = splitLines(source);
	const salutationLines = new Set(letterParts(lines).flatMap((p) => (p.salutation ? [p.salutation.index] : [])));
	const { interview, sections, kind, settings, now } = ctx;
	const errors: RawFinding[] = [];
	const names = interview ? run("name-spelling", () => nameSpelling(tokens(lines), interview, settings, salutationLines), errors) : [];
	const raw: RawFinding[] = [
		...names,
		...run("first-name-salutation", () => firstNameSalutation(lines, interview).filter((f) => f.rule !== "first-name-salutation" || !firstNameOk(kind)), errors),
		...run("emoticon", () => emoticons(lines), errors),
		...run("informal", () => informal(lines), errors),
		...run("negative-tone", () => negativeTone(lines), errors),
		...run("too-long", () => tooLong(lines, ctx.format), errors),
		...(sections && needsSpecific(kind)
			? run("not-specific", () => notSpecific(lines, sections, interview, settings.headings), errors)
			: []),
		...run("placeholder", () => placeholders(lines), errors),
		...(interview && kind === "status-check" ? run("too-early", () => tooEarly(lines, interview, now, settings), errors) : []),
		...(interview ? run("address", () => addressMismatch(lines, interview, ctx.companyAddress ?? []), errors) : []),
		...(spellingCheck ? run("spelling", () => spellingCheck(lines, names), errors) : []),
		...errors,
	];
	const order = (r: FindingRule): number => FINDING_RULES.indexOf(r);
	return raw
		.map((f): Finding => ({ rule: f.rule, severity: SEVERITY[f.rule], message: f.message, line: f.line }))
		.sort((a, b) => a.line - b.line || order(a.rule) - order(b.rule));
}
