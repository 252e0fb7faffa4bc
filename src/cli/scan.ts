/**
 * Finds the interview notes of a vault on disk. Cheap first: each note is read
 * once, its YAML parsed only when its frontmatter text or an inline tag could
 * make it an interview, and bodies are only line-scanned for an inline
 * #interview tag, never parsed as Markdown.
 */
import { hasInlineInterviewTag, isInterviewNote, mightBeInterview, mightBeInterviewByParts } from "../core/detect";
import { bodyFactsOf, lazyBodyFacts } from "../core/debrief";
import { parseInterview, type Interview } from "../core/interview";
import type { NoteProblem } from "../core/items";
import { withPersonNotes, type PersonLookup } from "../core/people";
import type { Settings } from "../core/settings";
import { blockTextOf, bodyStartOf, bytesMayHaveInterviewTag, FileBytes, utf8 } from "./file-bytes";
import { readNoteParts, type NoteParts } from "./frontmatter";
import { vaultPersonLookup } from "./person-notes";
import { walkVault, whyUnreadable, type VaultListing } from "./vault";

export interface ScannedNote {
	/** Vault-relative, `/`-separated. */
	path: string;
	interview: Interview;
	/** Plain-words problems from its frontmatter. */
	problems: string[];
	/** The note's body as read, when the scan was asked to keep it (commands that need it then need not read again). */
	body?: string;
}

export interface ScanResult {
	notes: ScannedNote[];
	/** Every problem to report: notes whose frontmatter cannot be read, and each interview note's own problems. */
	problems: NoteProblem[];
}

type Outcome = { note: ScannedNote; body: LazyBody } | { problem: NoteProblem } | null;

/** A note's body, decoded when first asked for; `keep` makes it outlast the buffer it was read into. */
interface LazyBody {
	text: () => string;
	keep: () => void;
	/** Called when the buffer is about to hold the next note: a body not kept can no longer be asked for. */
	release: () => void;
}

/** The body bytes of a buffer that is reused for the next note: decoded from the buffer while it holds them, from a copy once kept. */
function lazyBody(bytes: Buffer, bodyStart: number): LazyBody {
	let view: Buffer | undefined = bytes.subarray(bodyStart);
	let text: string | undefined;
	let kept = false;
	return {
		text() {
			if (text === undefined) {
				if (view === undefined) throw new Error("A note's body was asked for after the scan had read the next note.");
				text = utf8(view);
			}
			return text;
		},
		keep() {
			if (kept || view === undefined) return;
			kept = true;
			if (text === undefined) view = Buffer.from(view);
		},
		release() {
			if (!kept) view = undefined;
		},
	};
}

const settled: Pick<LazyBody, "keep" | "release"> = { keep: () => undefined, release: () => undefined };

/**
 * The note's frontmatter read, and its body as text when asked for. The
 * frontmatter is decoded apart from the body, so one dash or accent in the body
 * does not make the frontmatter's text (and all the YAML work on it) wide; the
 * body is decoded only when something needs it.
 */
function readParts(bytes: Buffer, keepBody: boolean): { parts: NoteParts; head: string; body: LazyBody } {
	const bodyStart = bodyStartOf(bytes);
	if (bodyStart === -1) {
		const text = utf8(bytes);
		const parts = readNoteParts(text);
		return { parts, head: text.slice(0, parts.bodyOffset), body: { text: () => parts.body, ...settled } };
	}
	const head = utf8(bytes, 0, bodyStart);
	const parts = readNoteParts(head);
	if (keepBody) {
		const text = utf8(bytes, bodyStart);
		return { parts, head, body: { text: () => text, ...settled } };
	}
	return { parts, head, body: lazyBody(bytes, bodyStart) };
}

function scanBytes(path: string, bytes: Buffer, settings: Settings, people: PersonLookup, keepBody: boolean): Outcome {
	// Most notes are not interviews: they are told apart on their bytes, and only interviews are decoded.
	if (!mightBeInterviewByParts(path, blockTextOf(bytes), () => bytesMayHaveInterviewTag(bytes), settings)) return null;
	const { parts, head, body: lazy } = readParts(bytes, keepBody);
	const body = lazy.text;
	const hasInlineTag = (): boolean => settings.detectByTag && hasInlineInterviewTag(body());
	if (parts.error !== undefined) {
		// The frontmatter cannot say what the note is; report it only when something else marks it as an interview.
		const marked = isInterviewNote({ path, hasInlineTag: hasInlineTag() }, settings) || mightBeInterview(path, head, settings);
		return marked ? { problem: { note: path, message: parts.error } } : null;
	}
	const facts = { path, ...(parts.frontmatter ? { frontmatter: parts.frontmatter } : {}) };
	// The body is scanned for an inline tag only when the frontmatter and folder do not already decide.
	if (!isInterviewNote(facts, settings) && !isInterviewNote({ ...facts, hasInlineTag: hasInlineTag() }, settings)) return null;
	const { interview, problems } = withPersonNotes(parseInterview(path, parts.frontmatter, lazyBodyFacts(() => bodyFactsOf(body(), settings))), people);
	return { note: { path, interview, problems, ...(keepBody ? { body: body() } : {}) }, body: lazy };
}

/**
 * Reads every note of the vault; a note that cannot be read or parsed is a
 * problem, never an abort. With `keepBody`, each interview note keeps its body.
 */
export async function scanVault(vault: string, settings: Settings, { keepBody = false } = {}): Promise<ScanResult> {
	return scanVaultAs(vault, settings, (note, keep) => (keep(), note), { keepBody });
}

/**
 * scanVault with each interview note turned into what the command needs by
 * `map` as soon as it is read: what the command does not keep (the parsed
 * note) is garbage at once instead of living through the scan. While `map`
 * runs, the note's body facts can be asked from the bytes just read; a map
 * that keeps the note for later calls `keep` (its body is then copied unless
 * already read); else asking afterwards for a body not read during `map` throws.
 */
export async function scanVaultAs<T>(vault: string, settings: Settings, map: (note: ScannedNote, keep: () => void) => T, { keepBody = false } = {}): Promise<{ notes: T[]; problems: NoteProblem[] }> {
	return Promise.resolve(scanListing(vault, walkVault(vault), settings, map, keepBody));
}

/** scanVaultAs over a listing already made by walkVault. */
export function scanListing<T>(vault: string, listing: VaultListing, settings: Settings, map: (note: ScannedNote, keep: () => void) => T, keepBody = false): { notes: T[]; problems: NoteProblem[] } {
	const result: { notes: T[]; problems: NoteProblem[] } = { notes: [], problems: [...listing.problems] };
	const people = vaultPersonLookup(vault, listing.paths);
	const files = new FileBytes();
	for (const path of listing.paths) {
		// Synchronous on purpose: for thousands of small files, sync reads are several
		// times faster than fs/promises (no thread-pool round trips per open/read/close),
		// and the CLI has nothing else to do meanwhile (see `npm run bench`).
		let bytes: Buffer;
		try {
			bytes = files.read(`${vault}/${path}`);
		} catch (err) {
			const code = (err as { code?: string }).code;
			result.problems.push({ note: path, message: `The note cannot be read (${code === "ENOENT" && path.includes("\uFFFD") ? whyUnreadable(err, path) : (code ?? String(err))}).` });
			continue;
		}
		const o = scanBytes(path, bytes, settings, people, keepBody);
		if (o === null) continue;
		if ("problem" in o) {
			result.problems.push(o.problem);
			continue;
		}
		for (const message of o.note.problems) result.problems.push({ note: o.note.path, message });
		result.notes.push(map(o.note, o.body.keep));
		o.body.release();
	}
	return result;
}
