/**
 * draft-<kind>: a letter from an interview note. Choose format and recipient,
 * call the core's draftLetters, then write the drafts as new notes in the
 * drafts folder or splice them under the note's drafts heading. Nothing is
 * overwritten.
 */
import { Notice, type Plugin, type TFile } from "obsidian";
import { draftFileName, spliceDrafts } from "../../core/draft-notes";
import { candidatesOf, draftLetters, formatsOf, preferredFormat, draftNoteText, lacksOpenRequest, LETTER_KINDS, letterKind, recipientsFor, requestChoices, TemplateError, type Draft, type LetterKind } from "../../core/letters/index";
import { withReferenceNotes } from "../../core/people";
import { addressLines } from "../../core/review/address";
import type { Settings } from "../../core/settings";
import { onInterview } from "../active-interview";
import type { PluginContext } from "../context";
import { askDraftOptions, type DraftChoices } from "../modals/draft-options-modal";
import { noteSections } from "../note-sections";
import { personLookup } from "../person-lookup";
import { userTemplates } from "../letter-templates";
import { createUnique, openFile } from "../vault-files";

/** Choices already known (from a follow-up item), preselected in the modal. */
export interface DraftPreset {
	to?: string;
	requestItem?: string;
}

/** The settings with references that link to person notes completed from those notes. */
function draftSettings(ctx: PluginContext, report = false): Settings {
	const settings = ctx.settings();
	const { references, problems } = withReferenceNotes(settings.references, personLookup(ctx.services.metadataCache));
	if (report) for (const p of problems) new Notice(p, 10_000);
	return references === settings.references ? settings : { ...settings, references };
}

/** Asks for format/recipient, drafts, and writes the drafts where settings say. */
export async function draftFromNote(ctx: PluginContext, file: TFile, kind: LetterKind, preset: DraftPreset = {}): Promise<void> {
	const note = ctx.index.note(file.path);
	if (!note) {
		new Notice("This note is not an interview note, so there is nothing to draft from.");
		return;
	}
	const { interview } = note;
	const settings = draftSettings(ctx);
	if (lacksOpenRequest(kind, interview)) {
		new Notice("This note has no open request: add one under requests: with item: and asked:, and no sent: date.");
		return;
	}
	const usual = recipientsFor(kind, interview, settings);
	const candidates = candidatesOf(letterKind(kind), interview, settings);
	const recipients = usual.map((p) => p.name);
	const everyone = candidates.map((p) => p.name);
	const readers = preset.to !== undefined ? candidates.filter((p) => p.name === preset.to) : [];
	const choices = await askDraftOptions(ctx.app, {
		title: `Draft: ${letterKind(kind).short.toLowerCase()} — ${interview.company || file.basename}`,
		// Someone who prefers the phone gets talking points, where the kind has them.
		defaultFormat: preferredFormat(kind, readers.length === 1 ? readers : usual, settings.defaultFormat),
		formats: formatsOf(kind),
		recipients,
		everyone,
		...(preset.to !== undefined && everyone.includes(preset.to) ? { preselectedRecipient: preset.to } : {}),
		requests: requestChoices(kind, interview),
		...(preset.requestItem !== undefined ? { preselectedRequest: preset.requestItem } : {}),
	});
	if (!choices) return;
	await writeDrafts(ctx, file, kind, choices);
}

/** Drafts with the given choices and writes them (no modal). */
export async function writeDrafts(ctx: PluginContext, file: TFile, kind: LetterKind, choices: DraftChoices): Promise<TFile[]> {
	const note = ctx.index.note(file.path);
	if (!note) return [];
	const settings = draftSettings(ctx, true);
	const now = ctx.now();
	const { vault, workspace } = ctx.services;
	const text = await vault.cachedRead(file);
	const drafts = tryDrafting({
		interview: note.interview,
		sections: noteSections(text, ctx.services.metadataCache.getFileCache(file), settings.headings),
		companyAddress: addressLines(ctx.services.metadataCache.getFileCache(file)?.frontmatter?.company_address),
		settings,
		kind,
		format: choices.format,
		now,
		...(choices.everyone ? { everyone: true } : choices.to !== undefined ? { to: choices.to } : {}),
		...(choices.requestItem !== undefined ? { requestItem: choices.requestItem } : {}),
		templates: await userTemplates(vault, settings.templatesFolder, kind, choices.format),
	});
	if (drafts === null) return [];
	if (drafts.length === 0) {
		new Notice(`No ${letterKind(kind).short.toLowerCase()} draft applies to this note.`);
		return [];
	}
	for (const warning of new Set(drafts.flatMap((d) => d.warnings))) new Notice(warning, 10_000);
	if (settings.draftLocation === "section") {
		await vault.process(file, (text) => spliceDrafts(text, settings.headings.drafts, drafts, now));
		new Notice(`${countText(drafts.length)} added under "${settings.headings.drafts}" in ${file.basename}.`);
		return [];
	}
	const created: TFile[] = [];
	for (const draft of drafts) {
		const name = draftFileName(draft, note.interview.company, now);
		created.push(await createUnique(vault, settings.draftsFolder, name, "md", draftNoteText(draft, file.path, now)));
	}
	for (const f of created) await openFile(workspace, f, true);
	new Notice(`${countText(created.length)} created in ${settings.draftsFolder}.`);
	return created;
}

/** The drafts, or null after telling the user why their template cannot be used (no draft is made from it). */
function tryDrafting(req: Parameters<typeof draftLetters>[0]): Draft[] | null {
	try {
		return draftLetters(req);
	} catch (e) {
		if (!(e instanceof TemplateError)) throw e;
		new Notice(`The letter template ${e.message}. No draft was made; fix the template or delete it to use the built-in.`, 15_000);
		return null;
	}
}

const countText = (n: number): string => (n === 1 ? "1 draft" : `${n} drafts`);

export function registerDraftCommands(plugin: Plugin, ctx: PluginContext): void {
	for (const kind of LETTER_KINDS) {
		plugin.addCommand({
			id: `draft-${kind}`,
			name: letterKind(kind).command,
			checkCallback: onInterview(ctx, ({ file }) => draftFromNote(ctx, file, kind)),
		});
	}
}
