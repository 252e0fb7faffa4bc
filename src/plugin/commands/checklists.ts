/** insert-checklist-<kind>: a checklist at the cursor, once per note. */
import { Notice, type Editor, type Plugin, type TFile } from "obsidian";
import { CHECKLIST_KINDS, checklist, hasChecklist, type ChecklistKind, type ChecklistOptions } from "../../core/checklists";
import type { Interview } from "../../core/interview";
import type { PluginContext } from "../context";
import { blockAt, withBlockAtEnd } from "../../core/note-text";

export const CHECKLIST_NAMES: Record<ChecklistKind, string> = {
	debrief: "Insert debrief checklist",
	"questions-to-ask": "Insert questions-to-ask checklist",
	"after-interview": "Insert after-interview checklist",
	"next-round-prep": "Insert next-round preparation checklist",
	"thank-you-review": "Insert thank-you review checklist",
};

/** How notices name each checklist: "the debrief checklist". */
const LABELS: Record<ChecklistKind, string> = {
	debrief: "debrief",
	"questions-to-ask": "questions-to-ask",
	"after-interview": "after-interview",
	"next-round-prep": "next-round preparation",
	"thank-you-review": "thank-you review",
};

/** Inserts the checklist at the cursor; says so instead when the note already has it. */
export function insertChecklistAtCursor(editor: Editor, kind: ChecklistKind, interview: Interview, options: ChecklistOptions = {}): boolean {
	const list = checklist(kind, interview, options);
	if (hasChecklist(editor.getValue(), kind)) {
		new Notice(`This note already has the ${LABELS[kind]} checklist.`);
		return false;
	}
	const cursor = editor.getCursor();
	const line = editor.getLine(cursor.line);
	const previous = cursor.line > 0 ? editor.getLine(cursor.line - 1) : undefined;
	editor.replaceRange(blockAt(list.markdown, line, cursor.ch, previous), cursor);
	return true;
}

/** Appends the checklist at the end of the note file (used by the view's Draft button). */
export async function appendChecklist(ctx: PluginContext, file: TFile, kind: ChecklistKind, interview: Interview): Promise<boolean> {
	const list = checklist(kind, interview, { tasksDueDates: ctx.settings().tasksDueDates, dateStyle: ctx.settings().dateStyle });
	let added = false;
	await ctx.services.vault.process(file, (text) => {
		if (hasChecklist(text, kind)) return text;
		added = true;
		return withBlockAtEnd(text, list.markdown);
	});
	new Notice(added ? `Added the ${LABELS[kind]} checklist to ${file.basename}.` : `This note already has the ${LABELS[kind]} checklist.`);
	return added;
}

export function registerChecklistCommands(plugin: Plugin, ctx: PluginContext): void {
	for (const kind of CHECKLIST_KINDS) {
		plugin.addCommand({
			id: `insert-checklist-${kind}`,
			name: CHECKLIST_NAMES[kind],
			editorCheckCallback: (checking, editor, view) => {
				const path = view.file?.path;
				const note = path === undefined ? undefined : ctx.index.note(path);
				if (!note) return false;
				if (!checking) insertChecklistAtCursor(editor, kind, note.interview, { tasksDueDates: ctx.settings().tasksDueDates, dateStyle: ctx.settings().dateStyle });
				return true;
			},
		});
	}
}
