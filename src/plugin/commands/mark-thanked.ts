/**
 * mark-interviewer-thanked: records `thanked` on one interviewer. A name or
 * link entry becomes an object (`- name: "[[Dana Whitfield]]"` + `thanked:`),
 * through processFrontMatter; everything else in the note stays.
 */
import { Notice, type Plugin, type TFile } from "obsidian";
import { formatLocalDate } from "../../core/dates";
import { markThanked } from "../../core/frontmatter-edits";
import type { Interview } from "../../core/interview";
import { formalName, type Person } from "../../core/people";
import type { PluginContext } from "../context";
import { chooseOne } from "../modals/choice-modal";
import { onInterview } from "../active-interview";
import { writeStep } from "./mark";

/** The interviewer to mark: the only one not yet thanked, or the user's choice. */
async function whom(ctx: PluginContext, interview: Interview): Promise<Person | undefined> {
	const open = interview.interviewers.filter((p) => p.thanked === undefined);
	if (open.length === 0) {
		new Notice(interview.interviewers.length === 0 ? "This note lists no interviewers." : "Every interviewer in this note is already marked thanked.");
		return undefined;
	}
	if (open.length === 1) return open[0];
	const choices = open.map((p) => ({ label: `${p.name} (${formalName(p)})`, value: p }));
	return (await chooseOne(ctx.app, "Whom did you thank?", choices)) ?? undefined;
}

/** Records today as the day `person` (by default: asked for) was thanked. */
export async function markInterviewerThanked(ctx: PluginContext, file: TFile, interview: Interview, person?: Person): Promise<boolean> {
	const chosen = person ?? (await whom(ctx, interview));
	if (!chosen) return false;
	// The entry as the note writes it: a link is found by its text, not by the person note's name.
	const name = chosen.link?.written ?? chosen.name;
	const day = formatLocalDate(ctx.now());
	return writeStep(ctx, file, (replace) => (fm) => markThanked(fm, name, day, replace));
}

export function registerMarkThankedCommand(plugin: Plugin, ctx: PluginContext): void {
	plugin.addCommand({
		id: "mark-interviewer-thanked",
		name: "Mark one interviewer thanked",
		checkCallback: onInterview(ctx, ({ file, note }) => markInterviewerThanked(ctx, file, note.interview)),
	});
}
