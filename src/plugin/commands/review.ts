/** review-draft: check the active draft and list the findings. */
import { Notice, type Plugin, type TFile } from "obsidian";
import type { Interview } from "../../core/interview";
import { lineCount, splitFrontmatter } from "../../core/note-text";
import { reviewWithoutSpelling, type Finding } from "../../core/review";
import { addressLines } from "../../core/review/address";
import { findingsWith, reviewTarget, type ReviewTarget } from "../../core/review/target";
import type { PluginContext } from "../context";
import { reportError } from "../errors";
import { FindingsModal } from "../modals/findings-modal";
import { noteSections } from "../note-sections";

interface Found {
	target: ReviewTarget;
	/** The interview note it is checked against, when there is one. */
	source?: { interview: Interview; file: TFile };
}

/** What to review in `file` (see reviewTarget), or why there is nothing to review. */
async function targetFor(ctx: PluginContext, file: TFile): Promise<Found | string> {
	const { vault, metadataCache } = ctx.services;
	const { frontmatter, body } = splitFrontmatter(await vault.cachedRead(file));
	const own = ctx.index.note(file.path);
	const fm = metadataCache.getFileCache(file)?.frontmatter;
	const note = { ...(fm ? { frontmatter: fm } : {}), body, bodyLine: lineCount(frontmatter), isInterview: own !== undefined };
	const target = reviewTarget(note, ctx.settings().headings.drafts);
	if ("noSection" in target) return `This interview note has no "${target.noSection}" section; open a draft note to review it.`;
	if (target.interview === "self") return own ? { target, source: { interview: own.interview, file } } : { target };
	const dest = target.interview ? metadataCache.getFirstLinkpathDest(target.interview.link, file.path) : null;
	const linked = dest ? ctx.index.note(dest.path) : undefined;
	return linked && dest ? { target, source: { interview: linked.interview, file: dest } } : { target };
}

/** Reviews `file` and shows the findings (a modal) or "No findings". */
export async function reviewFile(ctx: PluginContext, file: TFile): Promise<Finding[]> {
	const found = await targetFor(ctx, file);
	if (typeof found === "string") {
		new Notice(found);
		return [];
	}
	const { target, source } = found;
	const settings = ctx.settings();
	const sections = source
		? noteSections(await ctx.services.vault.cachedRead(source.file), ctx.services.metadataCache.getFileCache(source.file), settings.headings)
		: undefined;
	const companyAddress = source ? addressLines(ctx.services.metadataCache.getFileCache(source.file)?.frontmatter?.company_address) : [];
	const findings = findingsWith(reviewWithoutSpelling, target, { now: ctx.now(), settings, ...(source && sections ? { interview: source.interview, sections, companyAddress } : {}) });
	if (findings.length === 0) new Notice("No findings: the draft reads well.");
	else new FindingsModal(ctx.app, file.basename, findings).open();
	return findings;
}

export function registerReviewCommand(plugin: Plugin, ctx: PluginContext): void {
	plugin.addCommand({
		id: "review-draft",
		name: "Review draft",
		checkCallback: (checking) => {
			const file = ctx.services.workspace.getActiveFile();
			if (!file || file.extension !== "md") return false;
			if (!checking) void reviewFile(ctx, file).catch(reportError);
			return true;
		},
	});
}
