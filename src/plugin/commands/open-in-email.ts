/** open-draft-in-email: the active draft note as a new message in the email app (a mailto: link). */
import { Notice, type Plugin, type TFile } from "obsidian";
import { interviewerNamed, linkPath } from "../../core/letters/index";
import { emailOfDraft, mailtoUrl } from "../../core/letters/mailto";
import type { PluginContext } from "../context";
import { reportError } from "../errors";

/** The recipient's address from the interview the draft links to (`draft_of`), when its text has no To: line. */
function linkedAddress(ctx: PluginContext, file: TFile, fm: Record<string, unknown>): string {
	const link = linkPath(fm.draft_of);
	const dest = link ? ctx.services.metadataCache.getFirstLinkpathDest(link, file.path) : null;
	const interview = dest ? ctx.index.note(dest.path)?.interview : undefined;
	const recipient = typeof fm.recipient === "string" ? fm.recipient : "";
	return (interview && recipient ? interviewerNamed(interview, recipient)?.email : undefined) ?? "";
}

/** The mailto: URL for a draft note's text. */
export async function draftMailto(ctx: PluginContext, file: TFile): Promise<string> {
	const fm = ctx.services.metadataCache.getFileCache(file)?.frontmatter ?? {};
	const text = await ctx.services.vault.cachedRead(file);
	return mailtoUrl(emailOfDraft(text, linkedAddress(ctx, file, fm)));
}

export function registerOpenInEmail(plugin: Plugin, ctx: PluginContext): void {
	plugin.addCommand({
		id: "open-draft-in-email",
		name: "Open draft in email app",
		checkCallback: (checking) => {
			const file = ctx.services.workspace.getActiveFile();
			if (!file || file.extension !== "md") return false;
			if (ctx.services.metadataCache.getFileCache(file)?.frontmatter?.draft_of === undefined) return false;
			if (!checking) {
				void draftMailto(ctx, file)
					.then((url) => {
						// The operating system hands a mailto: link to the user's email app.
						if (!window.open(url)) new Notice("Could not open the email app for this draft.");
					})
					.catch(reportError);
			}
			return true;
		},
	});
}
