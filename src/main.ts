import { debounce, Notice, Platform, Plugin } from "obsidian";
import { DEFAULT_SETTINGS, type Settings } from "./core/settings";
import { registerCommands } from "./plugin/commands/index";
import { openFollowUps } from "./plugin/commands/follow-ups";
import { createPluginContext } from "./plugin/context";
import { reportError } from "./plugin/errors";
import { InterviewIndex } from "./plugin/interview-index";
import { createItemActions } from "./plugin/item-actions";
import { pluginDataToSave, readPluginData, RejectionLog, settingsProblemsNotice } from "./plugin/plugin-data";
import { systemLocale } from "./plugin/locale";
import { FollowUpsSettingTab } from "./plugin/settings-tab";
import { OverdueStatus, startupNotice } from "./plugin/status-bar";
import { FollowUpsView, VIEW_TYPE_FOLLOW_UPS } from "./plugin/view";

/** Wires the plugin together; the work lives in src/plugin and src/core. */
export default class InterviewFollowUpPlugin extends Plugin {
	override settings: Settings = DEFAULT_SETTINGS;
	private rejections = new RejectionLog();
	private index: InterviewIndex | null = null;
	private readonly saveSoon = debounce(() => void this.persist().catch(reportError), 1000, true);
	// Settings are saved on every keystroke; the index is re-read once typing pauses.
	private readonly rebuildSoon = debounce(() => {
		if (this.index?.isBuilt) this.index.rebuild();
	}, 300, true);

	override async onload(): Promise<void> {
		const data = readPluginData(await this.loadData(), systemLocale());
		this.settings = data.settings;
		const problems = settingsProblemsNotice(data.problems);
		if (problems !== null) new Notice(problems, 20_000);
		this.rejections = new RejectionLog(data.rejectionSeen, () => this.saveSoon());
		const now = (): Date => new Date();
		const index = this.addChild(new InterviewIndex(this.app, () => this.settings, { rejections: this.rejections, now }));
		this.index = index;
		const ctx = createPluginContext(this.app, { index, now, settings: () => this.settings, saveSettings: (s) => this.saveSettings(s) });
		const actions = createItemActions(ctx);

		this.registerView(VIEW_TYPE_FOLLOW_UPS, (leaf) => new FollowUpsView(leaf, { ctx, actions }));
		registerCommands(this, ctx);
		this.addRibbonIcon("calendar-check", "Open interview follow-ups", () => void openFollowUps(ctx).catch(reportError));
		if (!Platform.isMobile) this.addChild(new OverdueStatus(this.addStatusBarItem(), ctx));
		this.addSettingTab(new FollowUpsSettingTab(this.app, this, ctx));
		// A cold cache may still be filling at layout ready: the notice waits until every note is read.
		this.app.workspace.onLayoutReady(() => {
			index.build();
			index.whenComplete(() => startupNotice(ctx));
		});
	}

	override onunload(): void {
		this.rebuildSoon.cancel();
		this.saveSoon.run();
	}

	async saveSettings(settings: Settings): Promise<void> {
		this.settings = settings;
		this.saveSoon.cancel();
		await this.persist();
		this.rebuildSoon();
	}

	private persist(): Promise<void> {
		return this.saveData(pluginDataToSave(this.settings, this.rejections.toJSON()));
	}
}
