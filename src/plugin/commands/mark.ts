/** mark-<step> and set-outcome: record a step as done, one command per Done step in the kinds table. */
import { Notice, type Plugin, type TFile } from "obsidian";
import { formatLocalDate } from "../../core/dates";
import { DONE_STEPS, type DoneStep } from "../../core/follow-ups/kinds";
import { setOutcome, stepEdit, type FrontmatterEdit } from "../../core/frontmatter-edits";
import { openRequests, OUTCOME_VALUES, type Interview, type Outcome } from "../../core/interview";
import type { PluginContext } from "../context";
import { writeFrontmatter } from "../frontmatter-writes";
import { chooseOne } from "../modals/choice-modal";
import { onInterview } from "../active-interview";

const OUTCOME_LABELS: Record<Outcome, string> = {
	pending: "Pending — still waiting to hear",
	"next-round": "Next round — invited back",
	offer: "Offer",
	rejected: "Rejected",
	withdrawn: "Withdrawn — I stepped back",
	"no-response": "No response — closed out after the status checks",
};

/** The request to mark: the one given, the only open one, or the user's choice. */
async function requestItem(ctx: PluginContext, interview: Interview, given?: string): Promise<string | undefined> {
	if (given !== undefined) return given;
	const open = openRequests(interview);
	if (open.length === 0) {
		new Notice("This note has no open request to mark sent.");
		return undefined;
	}
	if (open.length === 1) return open[0]?.item;
	return (await chooseOne(ctx.app, "Which request did you send?", open.map((r) => ({ label: r.item, value: r.item })))) ?? undefined;
}

/** Runs an edit; when the key holds something that is not a date, asks before replacing it. */
export async function writeStep(ctx: PluginContext, file: TFile, edit: (replace: boolean) => FrontmatterEdit): Promise<boolean> {
	let result = await writeFrontmatter(ctx.services, file, edit(false));
	if (result.notADate) {
		const day = formatLocalDate(ctx.now());
		const replace = await chooseOne(ctx.app, `${result.message} Replace it with ${day}?`, [
			{ label: `Replace with ${day}`, value: true },
			{ label: "Keep what is there", value: false },
		]);
		if (replace !== true) return false;
		result = await writeFrontmatter(ctx.services, file, edit(true));
	}
	new Notice(result.message);
	return result.changed;
}

/** Records `step` as done today; for a request, `item` or a choice among the open requests. */
export async function markStep(ctx: PluginContext, file: TFile, interview: Interview, step: DoneStep, item?: string): Promise<boolean> {
	let chosen: string | undefined;
	if ("request" in step.write) {
		chosen = await requestItem(ctx, interview, item);
		if (chosen === undefined) return false;
	}
	const now = ctx.now();
	return writeStep(ctx, file, (replace) => stepEdit(step, now, { replace, ...(chosen !== undefined ? { item: chosen } : {}) }));
}

/** Asks for the outcome and writes outcome and outcome_date. */
export async function chooseOutcome(ctx: PluginContext, file: TFile, interview: Interview): Promise<boolean> {
	const outcome = await chooseOne(
		ctx.app,
		`Outcome at ${interview.company || file.basename} (now ${interview.outcome})`,
		OUTCOME_VALUES.map((value) => ({ label: OUTCOME_LABELS[value], value })),
	);
	if (outcome === null) return false;
	const day = formatLocalDate(ctx.now());
	return writeStep(ctx, file, () => (fm) => setOutcome(fm, outcome, day));
}

export function registerMarkCommands(plugin: Plugin, ctx: PluginContext): void {
	for (const step of DONE_STEPS) {
		plugin.addCommand({
			id: `mark-${step.commandId}`,
			name: step.command,
			checkCallback: onInterview(ctx, ({ file, note }) => markStep(ctx, file, note.interview, step)),
		});
	}
	plugin.addCommand({
		id: "set-outcome",
		name: "Set outcome",
		checkCallback: onInterview(ctx, ({ file, note }) => chooseOutcome(ctx, file, note.interview)),
	});
}
