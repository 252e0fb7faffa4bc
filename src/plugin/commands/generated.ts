/**
 * build-question-bank and export-ics write generated files. Each replaces only
 * a file it generated before (recognised by its content); a user's own file at
 * that path is left alone and the user is told.
 */
import { Notice, type Plugin } from "obsidian";
import { buildIcs } from "../../core/ics";
import { perNote, type NoteProblem } from "../../core/note-failure";
import { buildQuestionBank } from "../../core/question-bank";
import type { QuestionEntry } from "../../core/questions";
import type { PluginContext } from "../context";
import { isQuestionBank } from "../../core/note-text";
import { reportError } from "../errors";
import { fileAt, openFile, writeGenerated, type WriteOutcome } from "../vault-files";
import { noteQuestions } from "../note-sections";

const prodIdLine = (ics: string): string | undefined => /^PRODID:.*$/m.exec(ics)?.[0]?.trim();

/** A calendar file is ours when it is a calendar with the PRODID our exporter writes. */
export function isOurCalendar(text: string, now: Date): boolean {
	const ours = prodIdLine(buildIcs([], now));
	return text.startsWith("BEGIN:VCALENDAR") && ours !== undefined && prodIdLine(text) === ours;
}

/**
 * Questions from every interview's questions section, read through the
 * metadata cache's sections and list items. A note that cannot be read is in
 * `problems`; the others still count.
 */
export async function collectQuestions(ctx: PluginContext, problems: NoteProblem[] = []): Promise<QuestionEntry[]> {
	const { vault, metadataCache } = ctx.services;
	const wanted = ctx.settings().headings.questionsAsked;
	const entries: QuestionEntry[] = [];
	for (const note of ctx.index.notes()) {
		const file = fileAt(vault, note.path);
		if (!file) continue;
		const text = await vault.cachedRead(file);
		for (const question of perNote(note.path, problems, () => noteQuestions(text, metadataCache.getFileCache(file), wanted)) ?? []) {
			entries.push({ question, notePath: note.path, company: note.interview.company, ...(note.interview.date ? { date: note.interview.date } : {}) });
		}
	}
	return entries;
}

export async function buildBankNote(ctx: PluginContext): Promise<WriteOutcome> {
	const path = ctx.settings().questionBankPath;
	const failed: NoteProblem[] = [];
	const entries = await collectQuestions(ctx, failed);
	const now = ctx.now();
	// An existing bank is merged: the user's ticks and notes stay (DESIGN §7).
	const outcome = await writeGenerated(ctx.services.vault, path, (current) => buildQuestionBank(entries, now, current ?? undefined), isQuestionBank);
	if (outcome === "refused") {
		new Notice(`${path} is a note of yours, not a generated question bank, so it was left alone. Choose another question bank path in settings.`);
		return outcome;
	}
	const notes = new Set(entries.map((e) => e.notePath)).size;
	new Notice(`Question bank ${outcome === "replaced" ? "updated, your ticks and notes kept" : outcome}: ${entries.length} ${entries.length === 1 ? "question" : "questions"} from ${notes} ${notes === 1 ? "interview" : "interviews"}.`);
	for (const p of failed) new Notice(`${p.note}: ${p.message}`);
	const file = fileAt(ctx.services.vault, path);
	if (file) await openFile(ctx.services.workspace, file, true);
	return outcome;
}

export async function exportCalendar(ctx: PluginContext): Promise<WriteOutcome> {
	const path = ctx.settings().icsPath;
	const now = ctx.now();
	const items = ctx.index.items(now);
	const outcome = await writeGenerated(ctx.services.vault, path, buildIcs(items, now), (current) => isOurCalendar(current, now));
	if (outcome === "refused") {
		new Notice(`${path} is not a calendar this plugin exported, so it was left alone. Choose another calendar file path in settings.`);
	} else {
		new Notice(`Exported ${items.length} follow-up ${items.length === 1 ? "item" : "items"} to ${path}.`);
	}
	return outcome;
}

export function registerGeneratedCommands(plugin: Plugin, ctx: PluginContext): void {
	plugin.addCommand({
		id: "build-question-bank",
		name: "Build question bank",
		callback: () => void buildBankNote(ctx).catch(reportError),
	});
	plugin.addCommand({
		id: "export-ics",
		name: "Export follow-ups to calendar file",
		callback: () => void exportCalendar(ctx).catch(reportError),
	});
}
