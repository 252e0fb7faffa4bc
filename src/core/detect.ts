/** Which notes are interview notes (DESIGN §1), each way switchable in settings. */
import type { Settings } from "./settings";

// Asked for every note of a vault with the same few folders: their trimmed forms are kept.
const trimmed = new Map<string, string>();
const isUnder = (path: string, folder: string): boolean => {
	let f = trimmed.get(folder);
	if (f === undefined) {
		if (trimmed.size > 64) trimmed.clear();
		f = folder.replace(/^\/+|\/+$/g, "");
		trimmed.set(folder, f);
	}
	return f !== "" && (path === f || (path.startsWith(f) && path.charCodeAt(f.length) === 47));
};

// ASCII letters in any case. No other character lower-cases to exactly one of them (İ becomes i plus a dot), so a tag without this match is never #interview.
const INTERVIEW_WORD = /interview/i;
const TAG_KEYS = ["tags", "tag"] as const;
const TAG_SEPARATORS = /[,\s]+/;

/** #interview or a tag under it. Most tags do not spell the word: only those that do are trimmed and folded. */
export const isInterviewTag = (tag: string): boolean => {
	if (!INTERVIEW_WORD.test(tag)) return false;
	const t = tag.trim().replace(/^#/, "").toLowerCase();
	return t === "interview" || t.startsWith("interview/");
};

/**
 * Whether a frontmatter `tags`/`tag` value (a list, or text separated by
 * commas or spaces) holds #interview; asked for every note of a vault, so no
 * list is built for a value that does not spell the word.
 */
function hasInterviewFrontmatterTag(frontmatter: Record<string, unknown>): boolean {
	for (const key of TAG_KEYS) {
		const v = frontmatter[key];
		if (typeof v === "string") {
			if (INTERVIEW_WORD.test(v) && v.split(TAG_SEPARATORS).some(isInterviewTag)) return true;
		} else if (Array.isArray(v)) {
			for (const t of v) if (typeof t === "string" && isInterviewTag(t)) return true;
		}
	}
	return false;
}

const CODE_FENCE = /^\s{0,3}(```|~~~)/;
const INLINE_TAG = /(^|[\s(])#interview(?=$|[\s,.;:!?)/])/i;

/**
 * True when the body carries an inline #interview tag outside code. A cheap
 * line scan: the CLI uses it so that it never parses Markdown to find notes.
 */
export function hasInlineInterviewTag(body: string): boolean {
	if (!/#interview/i.test(body)) return false;
	let inFence = false;
	for (const line of body.split("\n")) {
		if (CODE_FENCE.test(line)) {
			inFence = !inFence;
			continue;
		}
		if (inFence) continue;
		const withoutCode = line.replace(/`[^`]*`/g, "");
		if (INLINE_TAG.test(withoutCode)) return true;
	}
	return false;
}

/** Drafts, templates and the question bank are never interviews, whatever they say. */
const isSetAside = (path: string, settings: Settings): boolean =>
	isUnder(path, settings.draftsFolder) || isUnder(path, settings.templatesFolder) || path === settings.questionBankPath;

export interface NoteFacts {
	path: string;
	frontmatter?: Record<string, unknown>;
	/** Inline tags of the body (as Obsidian's cache lists them), or a precomputed answer. */
	inlineTags?: string[];
	hasInlineTag?: boolean;
}

/** Whether a note is an interview note under these settings. */
export function isInterviewNote(note: NoteFacts, settings: Settings): boolean {
	const path = note.path;
	if (!path.toLowerCase().endsWith(".md")) return false;
	if (isSetAside(path, settings)) return false;
	const fm = note.frontmatter;
	const type = typeof fm?.type === "string" ? fm.type.trim().toLowerCase() : undefined;
	if (settings.detectByType && type === "interview") return true;
	if (settings.detectByTag) {
		if (fm && hasInterviewFrontmatterTag(fm)) return true;
		if (note.hasInlineTag === true) return true;
		if (note.inlineTags?.some(isInterviewTag)) return true;
	}
	// A note in the folder that declares another type (a question bank, a company page) is not an interview.
	if (settings.detectByFolder && isUnder(path, settings.interviewsFolder)) return type === undefined || type === "interview";
	return false;
}

/**
 * Cheap pre-check on raw note text, before any YAML is parsed: could this note
 * be an interview at all? False only when it certainly is not. With tag
 * detection on, the text matters only through /interview/i (src/cli/scan.ts
 * relies on that to check undecoded bytes).
 */
export function mightBeInterview(path: string, text: string, settings: Settings): boolean {
	if (!path.toLowerCase().endsWith(".md")) return false;
	if (isSetAside(path, settings)) return false;
	if (settings.detectByFolder && isUnder(path, settings.interviewsFolder)) return true;
	// Both a type and a tag spell the word; most notes never do, and this one search is cheap.
	if (!/interview/i.test(text)) return false;
	if (settings.detectByTag) return true;
	return settings.detectByType && /^\s*type\s*:\s*["']?interview/im.test(text);
}

/**
 * mightBeInterview on the parts of a note that can make it an interview: the
 * text of its frontmatter block (type, tags) and whether its body may hold an
 * inline #interview tag. Same answers, without searching a whole body.
 */
export function mightBeInterviewByParts(path: string, block: string, bodyMayHaveTag: () => boolean, settings: Settings): boolean {
	if (!path.toLowerCase().endsWith(".md")) return false;
	if (isUnder(path, settings.draftsFolder) || path === settings.questionBankPath) return false;
	if (settings.detectByFolder && isUnder(path, settings.interviewsFolder)) return true;
	const inBlock = /interview/i.test(block);
	if (settings.detectByTag && (inBlock || bodyMayHaveTag())) return true;
	return inBlock && settings.detectByType && /^\s*type\s*:\s*["']?interview/im.test(block);
}

