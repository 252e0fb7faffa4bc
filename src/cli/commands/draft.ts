/** `interview-follow-up draft NOTE --kind KIND`: letter drafts from an interview note, printed to stdout. */
import { readFile } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
import { hasInlineInterviewTag, isInterviewNote } from "../../core/detect";
import { parseInterview, type Interview } from "../../core/interview";
import { chooseRecipients, draftLetters, formatsOf, preferredFormat, isLetterFormat, isLetterKind, lacksOpenRequest, LETTER_FORMATS, LETTER_KINDS, letterKind, requestChoices, TemplateError, type Draft, type LetterKind } from "../../core/letters/index";
import { candidateList } from "../../core/people";
import { resolveSettings, type LetterFormat, type Settings } from "../../core/settings";
import { sameText } from "../../core/text-compare";
import { readArgs, readNow } from "../args";
import { CliError, type CliCommand, type CliIO } from "../command";
import { readNoteParts } from "../frontmatter";
import { vaultTemplates } from "../letter-templates";
import { writeDraftNotes, vaultRootOf } from "../draft-write";
import { readNoteSections } from "../markdown";
import { addressLines } from "../../core/review/address";
import { withVaultPersonNotes, withVaultReferenceNotes } from "../person-notes";
import { loadVaultSettings, notePath, vaultOfNote, whyUnreadable } from "../vault";

/** `--to all`: one letter to everyone, whatever the kind's usual recipients. */
const EVERYONE = "all";

const USAGE = "Usage: interview-follow-up draft NOTE --kind KIND [--format email|letter|card|call] [--to NAME|all] [--item ITEM] [--write] [--now ISO]";

/** One line per letter kind, from the kinds table. */
function kindList(): string {
	const width = Math.max(...LETTER_KINDS.map((k) => k.length)) + 2;
	return LETTER_KINDS.map((k) => `  ${k.padEnd(width)}${letterKind(k).help}`).join("\n");
}

const HELP = `${USAGE}

Drafts a letter from an interview note and prints it. Where the note lacks a
detail the draft holds a visible [TODO: …] placeholder to fill in.

Kinds:
${kindList()}

Options:
  --kind KIND     one of the kinds above (required)
  --format F      email (with a Subject: line), letter (formal, with sender and
                  recipient blocks), card, or call (talking points, for
                  ${LETTER_KINDS.filter((k) => formatsOf(k).includes("call")).join(", ")});
                  default: call when the one reader has prefers: phone and the
                  kind has one, else the plugin's setting, else email
  --to NAME       only the letter to this person: the full name, or a first name
                  or surname no one else in the note has (case, accents and
                  apostrophe style do not matter); for reference-heads-up, a
                  reference from the settings; for connection-update, one of
                  the note's connections. --to all: a letter to everyone,
                  e.g. a status check to every interviewer, not just the contact
  --item ITEM     materials and request-progress: the requested item (default:
                  the first not yet sent)
  --write         write the drafts into the vault as the plugin does: new
                  notes in the drafts folder (draft_of, kind, format,
                  recipient), or under the note's Drafts heading if the
                  settings say so; never overwrites; prints the paths written
  --now ISO       the moment to draft at (letter date, status-check timing),
                  e.g. 2026-11-22T09:00:00; default: now
  -h, --help      show this help

Several drafts are printed one after another, each under a line
"==> TITLE (n of N) <==" (and "To: ADDRESS" when the note gives an email). Warnings, such as a status check drafted before
the date they gave, go to stderr. Settings come from the vault holding the
note (the nearest folder above it with .obsidian), else from the vault around
the current folder, else the defaults. A letter template in the vault's
templates folder (see 'templates export') is used for its kind and format.

Exit status: 0 drafted, 2 bad usage or unreadable input.

Example:
  interview-follow-up draft "Interviews/Northwind Traders.md" --kind thank-you --format letter
`;

async function readNote(file: string, shown: string): Promise<string> {
	try {
		return await readFile(file, "utf8");
	} catch (err) {
		const code = (err as { code?: string }).code;
		const why = code === "ENOENT" ? whyUnreadable(err, file) : code === "EISDIR" ? "it is a folder" : (code ?? String(err));
		throw new CliError(`Cannot read the note '${shown}': ${why}.`);
	}
}

interface Options {
	note: string;
	kind: LetterKind;
	format?: LetterFormat;
	to?: string;
	item?: string;
	now: Date;
	write: boolean;
}

function readOptions(args: string[]): Options {
	const a = readArgs(args, { command: "draft", values: ["kind", "format", "to", "item", "now"], flags: ["write"], positionals: ["NOTE"] });
	const note = a.positionals[0];
	if (note === undefined) throw new CliError(`Give the interview note to draft from. ${USAGE}`);
	const kind = a.values.kind;
	if (kind === undefined) throw new CliError(`Say which letter with --kind: one of ${LETTER_KINDS.join(", ")}.`);
	if (!isLetterKind(kind)) throw new CliError(`Unknown kind '${kind}'; use one of ${LETTER_KINDS.join(", ")}.`);
	const format = a.values.format;
	if (format !== undefined && !isLetterFormat(format)) throw new CliError(`Unknown format '${format}'; use one of ${LETTER_FORMATS.join(", ")}.`);
	if (format !== undefined && !formatsOf(kind).includes(format)) {
		const calls = LETTER_KINDS.filter((k) => formatsOf(k).includes(format));
		throw new CliError(`A ${kind} has no ${format} format: talking points for a call are for ${calls.join(", ")}. Use one of ${formatsOf(kind).join(", ")}.`);
	}
	const to = a.values.to;
	const opts: Options = { note, kind, now: readNow(a.values.now), write: a.flags.has("write") };
	if (format !== undefined) opts.format = format;
	if (to !== undefined) opts.to = to;
	if (a.values.item !== undefined) opts.item = a.values.item;
	return opts;
}

/** Checks --to against the note (or, for a reference, the settings): the one message when it names nobody, or more than one. */
function checkRecipient(opts: Options, interview: Interview, settings: Settings): void {
	if (opts.to === undefined || opts.to.trim().toLowerCase() === EVERYONE) return;
	const spec = letterKind(opts.kind);
	const chosen = chooseRecipients(spec, { interview, settings, to: opts.to });
	if (chosen.ok) return;
	const names = chosen.candidates.map((p) => p.name);
	if (chosen.reason === "ambiguous") throw new CliError(`'${opts.to}' could be ${candidateList(chosen.candidates)}; write more of the name.`);
	if (spec.reader === "reference") {
		throw new CliError(
			names.length > 0
				? `No reference named '${opts.to}' in your settings; use one of: ${names.join(", ")}.`
				: `Your settings list no references, so there is no '${opts.to}' to write to; add them in the plugin's settings, or leave out --to.`,
		);
	}
	const who = spec.reader === "connection" ? { one: "connection", many: "connections" } : { one: "interviewer", many: "interviewers" };
	throw new CliError(
		names.length > 0
			? `No ${who.one} named '${opts.to}' in ${opts.note}; use one of: ${names.join(", ")}.`
			: `${opts.note} lists no ${who.many}, so there is no '${opts.to}' to write to; leave out --to.`,
	);
}

/** Checks --to and --item against the note, so that a draft always comes out. */
function checkAgainstNote(opts: Options, interview: Interview, settings: Settings): void {
	checkRecipient(opts, interview, settings);
	if (lacksOpenRequest(opts.kind, interview, opts.item)) {
		throw new CliError(`${opts.note} has no open request (requests: with an item: and no sent: date); add one, or name it with --item.`);
	}
	const item = opts.item;
	if (item === undefined || letterKind(opts.kind).aboutRequest !== true) return;
	const open = requestChoices(opts.kind, interview);
	const matched = open.find((o) => sameText(o, item));
	if (matched === undefined) {
		throw new CliError(
			open.length > 0
				? `${opts.note} has no open request '${item}'; its open requests are: ${open.join(", ")}.`
				: `${opts.note} has no open request '${item}'; add it under requests: (with asked:) first.`,
		);
	}
	// The letter names the item as the note writes it.
	opts.item = matched;
}

async function settingsFor(vault: string | undefined, io: CliIO): Promise<Settings> {
	const loaded = vault ? await loadVaultSettings(vault, io.locale) : resolveSettings(undefined, io.locale !== undefined ? { locale: io.locale } : {});
	const { settings, problems } = vault ? await withVaultReferenceNotes(vault, loaded.settings) : { settings: loaded.settings, problems: [] };
	for (const p of [...loaded.problems, ...problems]) io.stderr(`warning: ${p}\n`);
	return settings;
}

function output(drafts: Draft[]): string {
	if (drafts.length === 1) return drafts[0]?.text ?? "";
	// An email says To: itself; other formats get the address under their heading.
	const to = (d: Draft): string => (d.email && d.format !== "email" ? `To: ${d.email}\n` : "");
	return drafts.map((d, i) => `==> ${d.title} (${i + 1} of ${drafts.length}) <==\n${to(d)}\n${d.text}`).join("\n");
}

/** The drafts; a broken letter template is one clear error and no draft. */
function draftFrom(req: Parameters<typeof draftLetters>[0]): Draft[] {
	try {
		return draftLetters(req);
	} catch (e) {
		if (e instanceof TemplateError) throw new CliError(`The letter template ${e.message}. No draft was made; fix the template or delete it to use the built-in.`);
		throw e;
	}
}

async function draft(args: string[], io: CliIO): Promise<number> {
	const opts = readOptions(args);
	const file = resolve(io.cwd, opts.note);
	const text = await readNote(file, opts.note);
	const vault = await vaultOfNote(file, io.cwd);
	const settings = await settingsFor(vault, io);
	const path = notePath(file, vault, io.cwd, settings.interviewsFolder);
	const parts = readNoteParts(text);
	if (parts.error !== undefined) throw new CliError(`Cannot draft from ${opts.note}: ${parts.error}`);
	if (!isInterviewNote({ path, ...(parts.frontmatter ? { frontmatter: parts.frontmatter } : {}), hasInlineTag: hasInlineInterviewTag(parts.body) }, settings)) {
		const type = parts.frontmatter?.type;
		throw new CliError(
			typeof type === "string" && type.trim() !== ""
				? `${opts.note} is not an interview note: its type is '${type.trim()}'; write type: interview to draft from it.`
				: `${opts.note} is not an interview note: add type: interview to its frontmatter, tag it #interview, or keep it under ${settings.interviewsFolder}/.`,
		);
	}
	// Outside a vault, person notes are looked for under the note's own folder.
	const parsed = parseInterview(path, parts.frontmatter);
	const { interview, problems } = await withVaultPersonNotes(vault ?? dirname(file), parsed, vault ? path : basename(file));
	for (const p of problems) io.stderr(`warning: ${opts.note}: ${p}\n`);
	checkAgainstNote(opts, interview, settings);
	const everyone = opts.to?.trim().toLowerCase() === EVERYONE;
	const chosen = chooseRecipients(letterKind(opts.kind), { interview, settings, everyone, ...(opts.to !== undefined && !everyone ? { to: opts.to } : {}) });
	// Unless --format says otherwise, someone who prefers the phone gets talking points, where the kind has them.
	const format = opts.format ?? preferredFormat(opts.kind, chosen.ok ? chosen.people : [], settings.defaultFormat);
	const drafts = draftFrom({
		interview,
		sections: readNoteSections(parts.body, settings.headings),
		companyAddress: addressLines(parts.frontmatter?.company_address),
		settings,
		kind: opts.kind,
		format,
		now: opts.now,
		...(everyone ? { everyone } : opts.to !== undefined ? { to: opts.to } : {}),
		...(opts.item !== undefined ? { requestItem: opts.item } : {}),
		templates: await vaultTemplates(vault, settings.templatesFolder, opts.kind, format),
	});
	if (drafts.length === 0) throw new CliError(`No ${opts.kind} draft applies to ${opts.note}.`);
	if (opts.write) {
		const written = await writeDraftNotes({ root: vaultRootOf(file, path), notePath: path, interview }, drafts, settings, opts.now, io.cwd);
		io.stdout(written.map((p) => `${p}\n`).join(""));
	} else io.stdout(output(drafts));
	for (const w of new Set(drafts.flatMap((d) => d.warnings))) io.stderr(`warning: ${w}\n`);
	return 0;
}

export const draftCommand: CliCommand = {
	name: "draft",
	summary: "draft a letter (thank-you, withdrawal, status check…) from an interview note",
	help: HELP,
	/** Bad usage and unreadable input throw CliError; main() prints it as one line and exits 2. */
	run: draft,
};
