import { Plugin } from "obsidian";
import { DEFAULT_SETTINGS, resolveSettings, type Settings } from "./core/settings";

/** Wires the plugin together; the work lives in src/plugin and src/core. */
export default class InterviewFollowUpPlugin extends Plugin {
	override settings: Settings = DEFAULT_SETTINGS;

	override async onload(): Promise<void> {
		this.settings = resolveSettings(await this.loadData()).settings;
	}
}
