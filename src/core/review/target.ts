/**
 * What the review command checks in a note, for the plugin and the CLI alike:
 * an interview note's own drafts section (against that note), or a draft note
 * (against the interview its `draft_of` links to, with its `kind` and `format`).
 */
import { isLetterKind, type LetterKind } from "../letters/kinds";
import { linkPath } from "../letters/note";
import { isLetterFormat } from "../letters/types";
import { recognizeKind } from "./kind-of";
import { lineCount } from "../note-text";
import { reviewDraft, type Finding, type ReviewContext } from "../review";
import { findSection } from "../sections";
import type { LetterFormat } from "../settings";
import type { RawRecord } from "../values";

export interface ReviewedNote {
	/** The parsed frontmatter, if the note has one that could be read. */
	frontmatter?: RawRecord;
	/** The text after the frontmatter block, and the zero-based line it starts on. */
	body: string;
	bodyLine: number;
	/** The note is an interview note (by the detection settings). */
	isInterview: boolean;
}

export interface ReviewTarget {
	text: string;
	/** Add to a finding's line (1-based within `text`) to get the note's line. */
	lineOffset: number;
	/** Where names and dates come from: the note itself, the note `draft_of` links to (its link path), or nothing. */
	interview: "self" | { link: string } | null;
	kind?: LetterKind;
	format?: LetterFormat;
}

const textValue = (v: unknown): string => (typeof v === "string" ? v.trim() : "");

/**
 * The review target of a note. An interview note that names no `draft_of` is
 * reviewed under its drafts heading: `{ noSection }` when it has none.
 */
export function reviewTarget(note: ReviewedNote, draftsHeading: string): ReviewTarget | { noSection: string } {
	const fm = note.frontmatter ?? {};
	if (note.isInterview && fm.draft_of === undefined) {
		const section = findSection(note.body, draftsHeading);
		if (!section) return { noSection: draftsHeading };
		const text = note.body.slice(section.start, section.end);
		return { text, lineOffset: note.bodyLine + lineCount(note.body.slice(0, section.start)), interview: "self" };
	}
	const link = linkPath(fm.draft_of);
	const target: ReviewTarget = { text: note.body, lineOffset: note.bodyLine, interview: link === null ? null : { link } };
	const kind = textValue(fm.kind);
	if (isLetterKind(kind)) target.kind = kind;
	const format = textValue(fm.format);
	if (isLetterFormat(format)) target.format = format;
	return target;
}

/**
 * The findings for a target, numbered as the note's lines. The kind is the
 * target's own (its `kind:` key), else `ctx.kind` (the CLI's --kind), else
 * recognised from the text; the format is the target's.
 */
export function reviewFindings(target: ReviewTarget, ctx: Omit<ReviewContext, "format">): Finding[] {
	return findingsWith(reviewDraft, target, ctx);
}

/** As reviewFindings, with the review given: the plugin's is reviewWithoutSpelling. */
export function findingsWith(review: (text: string, ctx: ReviewContext) => Finding[], target: ReviewTarget, ctx: Omit<ReviewContext, "format">): Finding[] {
	const kind = target.kind ?? ctx.kind ?? recognizeKind(target.text);
	const known = { ...(kind ? { kind } : {}), ...(target.format ? { format: target.format } : {}) };
	return review(target.text, { ...ctx, ...known }).map((f) => ({ ...f, line: f.line + target.lineOffset }));
}
