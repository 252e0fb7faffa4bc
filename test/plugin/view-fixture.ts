/** The follow-ups view on the stand-in app: shared by the view tests. */
import { resolveSettings, type Settings } from "../../src/core/settings";
import { createPluginContext } from "../../src/plugin/context";
import { InterviewIndex } from "../../src/plugin/interview-index";
import { createItemActions } from "../../src/plugin/item-actions";
import { FollowUpsView, VIEW_TYPE_FOLLOW_UPS } from "../../src/plugin/view";
import { createTestApp, loadPlugin, Plugin, type TestApp } from "../mocks/obsidian";

export const interview = (company: string, date: string, extra = ""): string =>
	`---\ntype: interview\ncompany: "${company}"\nrole: Analyst\ndate: ${date}\ninterviewers:\n  - name: Dana Whitfield\n    honorific: Ms.\n    email: dana@example.com\n${extra}---\n## Highlights\n`;

export const VAULT = {
	"Interviews/Northwind.md": interview("Northwind Traders", "2026-11-19 14:00"),
	"Interviews/Contoso.md": interview("Contoso", "2026-11-21 15:00", "debriefed: 2026-11-21\n"),
	"Interviews/Fabrikam.md": interview("Fabrikam", "2026-11-25 10:00"),
	"Interviews/Tailspin.md": interview("Tailspin", "2026-11-18", "debriefed: 2026-11-18\nthank_you_sent: 2026-11-19\nreferences_notified: 2026-11-19\ndecision_by: 2026-12-03\n"),
	"Interviews/Broken.md": "---\ntype: interview\ncompany: Litware\ndate: soon\n---\n",
	"Notes/Shopping.md": "Milk.\n",
};

export async function openView(files: Record<string, string>, start: Date, build = true, initial: Record<string, unknown> = {}) {
	const app: TestApp = await createTestApp({ files });
	let settings: Settings = resolveSettings(initial).settings;
	let now = start;
	const index = new InterviewIndex(app, () => settings, { now: () => now });
	const ctx = createPluginContext(app, { index, settings: () => settings, saveSettings: async (s) => void (settings = s), now: () => now });
	class ViewPlugin extends Plugin {
		override onload(): void {
			this.addChild(index);
			const actions = createItemActions(ctx);
			this.registerView(VIEW_TYPE_FOLLOW_UPS, (leaf) => new FollowUpsView(leaf, { ctx, actions }));
			if (build) app.workspace.onLayoutReady(() => index.build());
		}
	}
	await loadPlugin(app, ViewPlugin);
	const leaf = app.workspace.getRightLeaf(false);
	await leaf.setViewState({ type: VIEW_TYPE_FOLLOW_UPS });
	const view = leaf.view as unknown as FollowUpsView;
	const el = view.contentEl;
	return {
		app,
		leaf,
		view,
		el,
		index,
		get settings() {
			return settings;
		},
		setNow: (d: Date) => (now = d),
		headings: () => Array.from(el.querySelectorAll("h3")).map((h) => h.textContent ?? ""),
		/** Row texts under each group heading. */
		groups: () => {
			const out: Record<string, string[]> = {};
			let current = "";
			for (const node of Array.from(el.querySelectorAll("h3, li.ifu-row"))) {
				if (node.tagName === "H3") current = (node.textContent ?? "").replace(/\s*\d+$/, "");
				else (out[current] ??= []).push(node.textContent ?? "");
			}
			return out;
		},
	};
}

/** Lets the debounced re-render run. */
export const rendered = () => new Promise((r) => window.setTimeout(r, 80));
