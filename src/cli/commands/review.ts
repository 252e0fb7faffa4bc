/** `review FILE [--note INTERVIEW_NOTE] [--json] [--now ISO]`: check a letter draft and list the findings. */
import { readFile, stat } from "node:fs/promises";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { isInterviewNote } from "../../core/detect";
import { parseInterview, type Interview } from "../../core/interview";
import { isLetterKind, LETTER_KINDS, type LetterKind } from "../../core/letters/kinds";
import type { Finding } from "../../core/review";
import { addressLines } from "../../core/review/address";
import { reviewFindings, reviewTarget } from "../../core/review/target";
import type { NoteSections } from "../../core/sections";
import { resolveSettings, type Settings } from "../../core/settings";
import { readArgs, readNow } from "../args";
import { CliError, type CliCommand, type CliIO } from "../command";
import { readNoteParts } from "../frontmatter";
import { readNoteSections } from "../markdown";
import { englishSpeller } from "../spelling";
import { withVaultPersonNotes } from "../person-notes";
import { listNotes, loadVaultSettings, notePath, vaultOfNote, whyUnreadable } from "../vault";

const USAGE = "Usage: interview-follow-up review FILE [--note INTERVIEW_NOTE] [--kind KIND] [--json] [--now ISO]";

interface Options {
	file: string;
	note?: string;
	kind?: LetterKind;
	json: boolean;
	now: Date;
}

function parseArgs(args: string[]): Options {
	const a = readArgs(args, { command: "review", values: ["note", "kind", "now"], flags: ["json"], positionals: ["FILE"] });
	const file = a.positionals[0];
	if (file === undefined) throw new CliError(`Give the draft file to review. ${USAGE}`);
	const { note, kind } = a.values;
	if (kind !== undefined && !isLetterKind(kind)) throw new CliError(`Unknown kind '${kind}'; use one of ${LETTER_KINDS.join(", ")}.`);
	return { file, json: a.flags.has("json"), now: readNow(a.values.now), ...(note === undefined ? {} : { note }), ...(kind === undefined ? {} : { kind }) };
}

async function readText(path: string, what: string, shown = path): Promise<string> {
	try {
		return await readFile(path, "utf8");
	} catch (err) {
		const code = (err as { code?: string }).code;
		const why = code === "ENOENT" ? whyUnreadable(err, path) : code === "EISDIR" ? "it is a folder" : (code ?? String(err));
		throw new CliError(`Cannot read the ${what} '${shown}': ${why}.`);
	}
}

const exists = async (path: string, dir = false): Promise<boolean> => {
	try {
		const s = await stat(path);
		return dir ? s.isDirectory() : s.isFile();
	} catch {
		return false;
	}
};

/** The file a link path names: "Interviews/Northwind" → "Interviews/Northwind.md". */
const linkedFile = (link: string): string => (link.toLowerCase().endsWith(".md") ? link : `${link}.md`);

/** Resolves a wiki link as Obsidian would: from the vault root, the draft's folders upwards, then by file name. */
async function resolveLink(target: string, draft: string, vault: string | undefined): Promise<string | undefined> {
	const candidates: string[] = [];
	if (vault) candidates.push(join(vault, target));
	for (let dir = dirname(draft); ; dir = dirname(dir)) {
		candidates.push(join(dir, target));
		if (dir === vault || dirname(dir) === dir) break;
	}
	for (const c of candidates) if (await exists(c)) return c;
	if (!vault) return undefined;
	const wanted = target.toLowerCase();
	const match = (await listNotes(vault)).find((p) => {
		const lower = p.toLowerCase();
		return lower === wanted || lower.endsWith(`/${wanted}`) || (!wanted.includes("/") && basename(lower) === wanted);
	});
	return match === undefined ? undefined : join(vault, match);
}

interface InterviewSource {
	interview: Interview;
	sections: NoteSections;
	/** The note's text: its words are known words for spelling. */
	text: string;
	companyAddress: string[];
}

async function loadInterview(path: string, vault: string | undefined, settings: Settings, io: CliIO, shown = path): Promise<InterviewSource | undefined> {
	const text = await readText(path, "interview note", shown);
	const parts = readNoteParts(text);
	if (parts.error !== undefined) {
		io.stderr(`${shown}: ${parts.error} Names and dates are not checked.\n`);
		return undefined;
	}
	const rel = (vault ? relative(vault, path) : path).split(sep).join("/");
	const parsed = await withVaultPersonNotes(vault ?? dirname(path), parseInterview(rel, parts.frontmatter), vault ? rel : basename(path));
	return { interview: parsed.interview, sections: readNoteSections(parts.body, settings.headings), text, companyAddress: addressLines(parts.frontmatter?.company_address) };
}

async function review(opts: Options, io: CliIO): Promise<Finding[]> {
	const file = resolve(io.cwd, opts.file);
	const text = await readText(file, "draft", opts.file);
	const vault = await vaultOfNote(file, io.cwd);
	const { settings, problems } = vault ? await loadVaultSettings(vault) : resolveSettings(undefined);
	for (const p of problems) io.stderr(`warning: settings: ${p}\n`);
	const parts = readNoteParts(text);
	if (parts.error !== undefined) io.stderr(`${opts.file}: ${parts.error} Reviewing the text without it.\n`);
	const fm = parts.frontmatter ?? {};
	const rel = notePath(file, vault, io.cwd, settings.interviewsFolder);
	const isInterview = !opts.note && isInterviewNote({ path: rel, frontmatter: fm }, settings);
	const note = { ...(parts.frontmatter ? { frontmatter: parts.frontmatter } : {}), body: parts.body, bodyLine: parts.bodyLine, isInterview };
	const target = reviewTarget(note, settings.headings.drafts);
	if ("noSection" in target) throw new CliError(`${opts.file} is an interview note with no "${target.noSection}" section; give a draft file.`);
	let source: InterviewSource | undefined;
	if (opts.note) {
		source = await loadInterview(resolve(io.cwd, opts.note), vault, settings, io, opts.note);
	} else if (target.interview === "self") {
		// An interview note: what stands under its drafts heading, against the note itself.
		const parsed = await withVaultPersonNotes(vault ?? dirname(file), parseInterview(rel, fm), rel);
		source = { interview: parsed.interview, sections: readNoteSections(parts.body, settings.headings), text, companyAddress: addressLines(fm.company_address) };
	} else {
		const path = target.interview ? await resolveLink(linkedFile(target.interview.link), file, vault) : undefined;
		if (path) source = await loadInterview(path, vault, settings, io);
		else if (fm.draft_of !== undefined) io.stderr(`${opts.file}: cannot find the interview note ${JSON.stringify(fm.draft_of)}; names and dates are not checked (use --note).\n`);
	}
	const known = { ...(opts.kind ? { kind: opts.kind } : {}), ...(source ? { interview: source.interview, sections: source.sections, noteText: source.text, companyAddress: source.companyAddress } : {}) };
	const speller = await englishSpeller().catch((err: unknown) => {
		io.stderr(`warning: spelling is not checked: the dictionary could not be loaded (${err instanceof Error ? err.message : String(err)}).\n`);
		return undefined;
	});
	return reviewFindings(target, { now: opts.now, settings, ...known, ...(speller ? { speller } : {}) });
}

export const reviewCommand: CliCommand = {
	name: "review",
	summary: "check a letter draft: names, salutation, tone, length, specifics, placeholders, timing, spelling",
	help: `${USAGE}

Reviews a letter draft and lists what to change, one finding per line as
FILE:LINE  rule  message (line numbers count the frontmatter too).
A draft note whose frontmatter has draft_of: "[[Interviews/Note]]" is checked
against that interview note (names, highlights, the status-check date); the
link is resolved from the vault root (the folder holding .obsidian).
An interview note itself is reviewed under its "Drafts" heading. The kind
(a status check is judged by its date, a thank-you must name something from
the note) comes from the draft's kind: key, else --kind, else its wording.
Spelling is checked against an English (Hunspell) dictionary; the names,
company, role and every word of the interview note count as known words.

Options:
  --note PATH  the interview note to check against (overrides draft_of)
  --kind KIND  the kind of letter when the draft has no kind: key (else it is
               recognised from the text): one of the draft command's kinds
  --json       print {"findings": [{"rule", "severity", "message", "line"}]}
  --now ISO    the moment to judge timing at (default: now)

Exit status: 0 no findings, 1 findings, 2 bad usage or unreadable input.

Example:
  interview-follow-up review "Interviews/Drafts/Thank-you Dana Whitfield.md" --json`,
	async run(args: string[], io: CliIO): Promise<number> {
		// Bad usage and unreadable files throw CliError: main prints one line and exits 2.
		const opts = parseArgs(args);
		const findings = await review(opts, io);
		if (opts.json) {
			const out = findings.map(({ rule, severity, message, line }) => ({ rule, severity, message, line }));
			io.stdout(`${JSON.stringify({ findings: out }, null, 2)}\n`);
		} else {
			for (const f of findings) io.stdout(`${opts.file}:${f.line}  ${f.rule}  ${f.message}\n`);
		}
		return findings.length > 0 ? 1 : 0;
	},
};
