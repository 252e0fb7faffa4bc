/**
 * `mark NOTE STEP`: record a step as done from the command line. The edit is
 * the plugin's (core frontmatter-edits); the write is a minimal splice into
 * the frontmatter text, re-parsed to prove that every other key and the body
 * are unchanged byte for byte, else nothing is written.
 */
import { readFile, rename, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { formatLocalDate, parseDateText } from "../../core/dates";
import { DONE_STEPS } from "../../core/follow-ups/kinds";
import { doneStepNamed, markThanked, setOutcome, stepEdit, type FrontmatterEdit } from "../../core/frontmatter-edits";
import { OUTCOME_VALUES, type Outcome } from "../../core/interview";
import { readArgs } from "../args";
import { CliError, type CliCommand, type CliIO } from "../command";
import { readNoteParts } from "../frontmatter";
import { spliceChanges } from "../yaml-splice";
import { whyUnreadable } from "../vault";

const STEPS = [...DONE_STEPS.map((s) => s.step), "outcome=VALUE"];

const USAGE = "Usage: interview-follow-up mark NOTE STEP [--to NAME] [--item ITEM] [--on DATE] [--replace]";

const HELP = `${USAGE}

Records a follow-up step as done in an interview note's frontmatter, as the
plugin's Done does, and changes nothing else in the note.

Steps:
${DONE_STEPS.map((s) => `  ${s.step.padEnd(18)}${s.label}`).join("\n")}
  ${"outcome=VALUE".padEnd(18)}sets outcome and outcome_date (${OUTCOME_VALUES.join(", ")})

Options:
  --to NAME    thank-you: mark only this interviewer thanked (full name, or a
               first name or surname alone when unique)
  --item ITEM  request: the requested item that was sent
  --on DATE    the day to record (default: today), e.g. 2026-11-22
  --replace    replace a value that is not a date (e.g. thank_you_sent: not yet)
  -h, --help   show this help

A step already recorded is left as it is (exit 0). Exit status: 0 recorded or
already recorded, 2 bad usage, unreadable note or a change that could not be
made safely.

Example:
  interview-follow-up mark "Interviews/Northwind Traders.md" thank-you --to "Dana Whitfield"
`;

interface Options {
	note: string;
	step: string;
	to?: string;
	item?: string;
	on: Date;
	replace: boolean;
}

function readOptions(args: string[], now: () => Date): Options {
	const a = readArgs(args, { command: "mark", values: ["to", "item", "on"], flags: ["replace"], positionals: ["NOTE", "STEP"] });
	const [note, step] = a.positionals;
	if (note === undefined || step === undefined) throw new CliError(`Give the note and the step. ${USAGE}`);
	let on = now();
	if (a.values.on !== undefined) {
		const r = parseDateText(a.values.on);
		if (!r.ok) throw new CliError(`--on '${a.values.on}' ${r.message}.`);
		on = r.value.at;
	}
	const opts: Options = { note, step, on, replace: a.flags.has("replace") };
	if (a.values.to !== undefined) opts.to = a.values.to;
	if (a.values.item !== undefined) opts.item = a.values.item;
	return opts;
}

/** The edit STEP names, with its options checked. */
function editFor(opts: Options): FrontmatterEdit {
	const day = formatLocalDate(opts.on);
	if (opts.step.startsWith("outcome=")) {
		const value = opts.step.slice("outcome=".length).trim().toLowerCase();
		if (!(OUTCOME_VALUES as readonly string[]).includes(value)) throw new CliError(`Unknown outcome '${value}'; use one of ${OUTCOME_VALUES.join(", ")}.`);
		return (fm) => setOutcome(fm, value as Outcome, day);
	}
	const step = doneStepNamed(opts.step);
	if (!step) throw new CliError(`Unknown step '${opts.step}'; use one of ${STEPS.join(", ")}.`);
	if (opts.to !== undefined && step.step !== "thank-you") throw new CliError(`--to goes with the thank-you step, not ${step.step}.`);
	if (opts.to !== undefined) {
		const to = opts.to;
		return (fm) => markThanked(fm, to, day);
	}
	if ("request" in step.write && opts.item === undefined) throw new CliError("Say which request was sent with --item ITEM.");
	if (opts.item !== undefined && !("request" in step.write)) throw new CliError(`--item goes with the request step, not ${step.step}.`);
	return stepEdit(step, opts.on, { replace: opts.replace, ...(opts.item !== undefined ? { item: opts.item } : {}) });
}

const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** The note with the edit spliced in, proven by a re-parse; a CliError saying why when it cannot be. */
export function markText(text: string, edit: FrontmatterEdit): { text: string; message: string; changed: boolean } {
	const parts = readNoteParts(text);
	if (parts.error !== undefined) throw new CliError(`${parts.error}; fix it before marking steps.`);
	if (!parts.hasFrontmatter) throw new CliError("The note has no frontmatter to record the step in.");
	const before = parts.frontmatter ?? {};
	const after = copy(before);
	const result = edit(after);
	if (result.notADate) {
		throw new CliError(`${result.message} Run again with --replace to replace it with the date.`);
	}
	if (result.notFound) throw new CliError(result.message);
	if (!result.changed) return { text, message: result.message, changed: false };
	const block = text.slice(0, parts.bodyOffset);
	const eol = block.includes("\r\n") ? "\r\n" : "\n";
	const open = /^\uFEFF?---[ \t]*\r?\n/.exec(block)?.[0] ?? "";
	const close = /(?:^|\r?\n)---[ \t]*(?:\r?\n)?$/.exec(block.slice(open.length))?.[0] ?? "";
	const inner = block.slice(open.length, block.length - close.length);
	const lines = inner === "" ? [] : inner.split(/\r?\n/);
	const spliced = spliceChanges(lines, before, after);
	if (!spliced) throw new CliError("The step could not be written without rewriting other YAML (a flow-style list or mapping); record it by hand.");
	const closeLine = close.replace(/^\r?\n/, "");
	const out = `${open}${spliced.join(eol)}${spliced.length ? eol : ""}${closeLine}${text.slice(parts.bodyOffset)}`;
	const check = readNoteParts(out);
	if (check.error !== undefined || JSON.stringify(sorted(check.frontmatter)) !== JSON.stringify(sorted(after)) || check.body !== parts.body) {
		throw new CliError("The change did not re-read as exactly that step, so nothing was written; record it by hand.");
	}
	return { text: out, message: result.message, changed: true };
}

/** A key-order-free form for comparison. */
function sorted(v: unknown): unknown {
	if (Array.isArray(v)) return v.map(sorted);
	if (typeof v === "object" && v !== null) return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted((v as Record<string, unknown>)[k])]));
	return v;
}

async function mark(args: string[], io: CliIO, now: () => Date = () => new Date()): Promise<number> {
	const opts = readOptions(args, now);
	const edit = editFor(opts);
	const file = resolve(io.cwd, opts.note);
	let text: string;
	try {
		text = await readFile(file, "utf8");
	} catch (err) {
		const code = (err as { code?: string }).code;
		throw new CliError(`Cannot read the note '${opts.note}': ${code === "ENOENT" ? whyUnreadable(err, file) : code === "EISDIR" ? "it is a folder" : (code ?? String(err))}.`);
	}
	const result = markText(text, edit);
	if (result.changed) {
		// Written beside the note, then renamed over it: a failure half-way never leaves half a note.
		const temp = `${file}.ifu-${process.pid}.tmp`;
		await writeFile(temp, result.text, "utf8");
		await rename(temp, file);
	}
	io.stdout(`${opts.note}: ${result.changed ? result.message : `already recorded: ${result.message}`}\n`);
	return 0;
}

export const markCommand: CliCommand = {
	name: "mark",
	summary: "record a step as done (thank-you, status-check, outcome=…) in an interview note",
	help: HELP,
	run: (args, io) => mark(args, io),
};
