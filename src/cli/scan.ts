/**
 * Finds the interview notes of a vault on disk. Cheap first: a note's YAML is
 * parsed only when its raw text could make it an interview, and bodies are
 * only line-scanned for an inline #interview tag, never parsed as Markdown.
 */
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { hasInlineInterviewTag, isInterviewNote, mightBeInterview } from "../core/detect";
import { parseInterview, type Interview } from "../core/interview";
import type { NoteProblem } from "../core/items";
import { withPersonNotes, type PersonLookup } from "../core/people";
import type { Settings } from "../core/settings";
import { CliError } from "./command";
import { readNoteParts } from "./frontmatter";
import { vaultPersonLookup } from "./person-notes";
import { listNotes, SETTINGS_FILE } from "./vault";

export interface ScannedNote {
	/** Vault-relative, `/`-separated. */
	path: string;
	interview: Interview;
	/** Plain-words problems from its frontmatter. */
	problems: string[];
}

export interface ScanResult {
	notes: ScannedNote[];
	/** Every problem to report: notes whose frontmatter cannot be read, and each interview note's own problems. */
	problems: NoteProblem[];
}

type Outcome = { note: ScannedNote } | { problem: NoteProblem } | null;

function scanText(path: string, text: string, settings: Settings, people: PersonLookup): Outcome {
	if (!mightBeInterview(path, text, settings)) return null;
	const parts = readNoteParts(text);
	const hasInlineTag = (): boolean => settings.detectByTag && hasInlineInterviewTag(parts.body);
	if (parts.error !== undefined) {
		// The frontmatter cannot say what the note is; report it only when something else marks it as an interview.
		const block = text.slice(0, parts.bodyOffset);
		const marked = isInterviewNote({ path, hasInlineTag: hasInlineTag() }, settings) || mightBeInterview(path, block, settings);
		return marked ? { problem: { note: path, message: parts.error } } : null;
	}
	const facts = { path, ...(parts.frontmatter ? { frontmatter: parts.frontmatter } : {}) };
	// The body is scanned for an inline tag only when the frontmatter and folder do not already decide.
	if (!isInterviewNote(facts, settings) && !isInterviewNote({ ...facts, hasInlineTag: hasInlineTag() }, settings)) return null;
	const { interview, problems } = withPersonNotes(parseInterview(path, parts.frontmatter), people);
	return { note: { path, interview, problems } };
}

/** Reads every note of the vault; a note that cannot be read or parsed is a problem, never an abort. */
export async function scanVault(vault: string, settings: Settings): Promise<ScanResult> {
	const paths = await listNotes(vault);
	const result: ScanResult = { notes: [], problems: [] };
	const people = vaultPersonLookup(vault, paths);
	for (const path of paths) {
		// Synchronous on purpose: for thousands of small files, readFileSync is several
		// times faster than fs/promises (no thread-pool round trips per open/read/close),
		// and the CLI has nothing else to do meanwhile (see `npm run bench`).
		let raw: Buffer;
		try {
			raw = readFileSync(join(vault, path));
		} catch (err) {
			result.problems.push({ note: path, message: `The note cannot be read (${(err as { code?: string }).code ?? String(err)}).` });
			continue;
		}
		// With tag detection on, the pre-check sees the text only through a search for the ASCII
		// word "interview", which the latin1 view of the bytes (one char per byte) answers exactly
		// as the decoded text would: most notes are ruled out without decoding their UTF-8.
		if (settings.detectByTag && !mightBeInterview(path, raw.toString("latin1"), settings)) continue;
		const o = scanText(path, raw.toString("utf8"), settings, people);
		if (o === null) continue;
		if ("problem" in o) {
			result.problems.push(o.problem);
			continue;
		}
		result.notes.push(o.note);
		for (const message of o.note.problems) result.problems.push({ note: o.note.path, message });
	}
	return result;
}

/**
 * When each rejection without an outcome_date was first seen, as the plugin
 * saves it in data.json under `rejectionSeen` ({ path: local ISO time }).
 * Undefined when the vault has no such record.
 */
export async function loadFirstSeen(vault: string): Promise<Record<string, string> | undefined> {
	const file = join(vault, SETTINGS_FILE);
	let raw: unknown;
	try {
		raw = JSON.parse(await readFile(file, "utf8"));
	} catch (err) {
		if ((err as { code?: string }).code === "ENOENT") return undefined;
		if (err instanceof SyntaxError) throw new CliError(`The settings file '${file}' is not valid JSON (${err.message}); fix or delete it.`);
		throw new CliError(`Cannot read the settings file '${file}': ${(err as { code?: string }).code ?? String(err)}.`);
	}
	const seen = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>).rejectionSeen : undefined;
	if (typeof seen !== "object" || seen === null || Array.isArray(seen)) return undefined;
	const out: Record<string, string> = {};
	for (const [path, when] of Object.entries(seen)) if (typeof when === "string") out[path] = when;
	return out;
}
