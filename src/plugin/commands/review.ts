/** review-draft: check the active draft and list the findings. */
import { Notice, type Plugin, type TFile } from "obsidian";
import type { Interview } from "../../core/interview";
import type { LetterFormat } from "../../core/settings";
import { isLetterKind, type LetterKind } from "../../core/letters/index";
import { reviewDraft, type Finding } from "../../core/review";
import { findSection, type NoteSections } from "../../core/sections";
import type { PluginContext } from "../context";
import { FindingsModal } from "../modals/findings-modal";
import { noteSections } from "../note-sections";
import { lineCount, splitFrontmatter } from "./text";
import { reportError } from "./active";

/** `[[Interviews/Note|alias]]`, `[[Note#Heading]]` or a bare path → the link path. */
export function linkPath(value: unknown): string | null {
	if (typeof value !== "string") return null;
	const inner = /^\s*\[\[([^\]]+)\]\]\s*$/.exec(value)?.[1] ?? value;
	const path = inner.split("|")[0]?.split("#")[0]?.trim() ?? "";
	return path === "" ? null : path;
}

interface ReviewTarget {
	/** The text reviewed and the editor line of its first line, minus one. */
	text: string;
	lineOffset: number;
	interview?: Interview;
	sectionsOf?: TFile;
	kind?: LetterKind;
	format?: LetterFormat;
}

/** What to review: a draft note (linked by draft_of), or the drafts section of an interview note. */
async function targetFor(ctx: PluginContext, file: TFile): Promise<ReviewTarget | string> {
	const { vault, metadataCache } = ctx.services;
	const text = await vault.cachedRead(file);
	const own = ctx.index.note(file.path);
	if (own) {
		const heading = ctx.settings().headings.drafts;
		const { frontmatter, body } = splitFrontmatter(text);
		const section = findSection(body, heading);
		if (!section) return `This interview note has no "${heading}" section; open a draft note to review it.`;
		const before = frontmatter + body.slice(0, section.start);
		return { text: body.slice(section.start, section.end), lineOffset: lineCount(before), interview: own.interview, sectionsOf: file };
	}
	const { frontmatter, body } = splitFrontmatter(text);
	const fm = metadataCache.getFileCache(file)?.frontmatter;
	const target: ReviewTarget = { text: body, lineOffset: lineCount(frontmatter) };
	const kind: unknown = fm?.kind;
	if (typeof kind === "string" && isLetterKind(kind)) target.kind = kind;
	const format: unknown = fm?.format;
	if (format === "email" || format === "letter" || format === "card") target.format = format;
	const link = linkPath(fm?.draft_of);
	const dest = link === null ? null : metadataCache.getFirstLinkpathDest(link, file.path);
	const interview = dest ? ctx.index.note(dest.path) : undefined;
	if (interview && dest) {
		target.interview = interview.interview;
		target.sectionsOf = dest;
	}
	return target;
}

/** Reviews `file` and shows the findings (a modal) or "No findings". */
export async function reviewFile(ctx: PluginContext, file: TFile): Promise<Finding[]> {
	const target = await targetFor(ctx, file);
	if (typeof target === "string") {
		new Notice(target);
		return [];
	}
	const settings = ctx.settings();
	let sections: NoteSections | undefined;
	if (target.sectionsOf) {
		const text = await ctx.services.vault.cachedRead(target.sectionsOf);
		sections = noteSections(text, ctx.services.metadataCache.getFileCache(target.sectionsOf), settings.headings);
	}
	const findings = reviewDraft(target.text, {
		now: ctx.now(),
		settings,
		...(target.interview ? { interview: target.interview } : {}),
		...(sections ? { sections } : {}),
		...(target.kind ? { kind: target.kind } : {}),
		...(target.format ? { format: target.format } : {}),
	}).map((f) => ({ ...f, line: f.line + target.lineOffset }));
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
