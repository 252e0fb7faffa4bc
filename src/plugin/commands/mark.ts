/** mark-<step> and set-outcome: record a step as done through processFrontMatter. */
import { Notice, type Plugin, type TFile } from "obsidian";
import { OUTCOME_VALUES, type Interview, type Outcome } from "../../core/interview";
import type { PluginContext } from "../context";
import { MARK_STEPS, setOutcome, stepEdit, writeFrontmatter, type MarkStep } from "../frontmatter-writes";
import { formatLocalDate } from "../../core/dates";
import { chooseOne } from "../modals/choice-modal";
import { onInterview } from "./active";

const COMMAND_NAMES: Record<MarkStep, string> = {
	debriefed: "Mark debriefed",
	"thank-you-sent": "Mark thank-you sent",
	"status-check-sent": "Mark status check sent",
	"references-notified": "Mark references notified",
	"request-sent": "Mark requested material sent",
	"rejection-thanks-sent": "Mark thank-you after rejection sent",
	"withdrawal-sent": "Mark withdrawal sent",
};

const OUTCOME_LABELS: Record<Outcome, string> = {
	pending: "Pending — still waiting to hear",
	"next-round": "Next round — invited back",
	offer: "Offer",
	rejected: "Rejected",
	withdrawn: "Withdrawn — I stepped back",
};

/** Records `step` as done today; for request-sent, `requestIndex` or a choice among open requests. */
export async function markStep(ctx: PluginContext, file: TFile, interview: Interview, step: MarkStep, requestIndex?: number): Promise<boolean> {
	let index = requestIndex;
	if (step === "request-sent" && index === undefined) {
		const open = interview.requests.filter((r) => !r.sent);
		if (open.length === 0) {
			new Notice("This note has no open request to mark sent.");
			return false;
		}
		index = open.length === 1 ? open[0]?.index : (await chooseOne(ctx.app, "Which request did you send?", open.map((r) => ({ label: r.item, value: r.index })))) ?? undefined;
		if (index === undefined) return false;
	}
	const result = await writeFrontmatter(ctx.services.fileManager, file, stepEdit(step, ctx.now(), index));
	new Notice(result.message);
	return result.changed;
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
	const result = await writeFrontmatter(ctx.services.fileManager, file, (fm) => setOutcome(fm, outcome, day));
	new Notice(result.message);
	return result.changed;
}

export function registerMarkCommands(plugin: Plugin, ctx: PluginContext): void {
	for (const step of MARK_STEPS) {
		plugin.addCommand({
			id: `mark-${step}`,
			name: COMMAND_NAMES[step],
			checkCallback: onInterview(ctx, ({ file, note }) => markStep(ctx, file, note.interview, step)),
		});
	}
	plugin.addCommand({
		id: "set-outcome",
		name: "Set outcome",
		checkCallback: onInterview(ctx, ({ file, note }) => chooseOutcome(ctx, file, note.interview)),
	});
}
