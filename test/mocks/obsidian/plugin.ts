/** Obsidian's Plugin base class: what a plugin registers, and its data.json. */
import type * as Real from "obsidian";
import type { Signatures } from "./signatures";
import { Component } from "./component";
import { el } from "./dom";
import type { App } from "./app";
import type { PluginSettingTab } from "./setting";
import { setIcon } from "./ui";

type Modeled = "app" | "manifest" | "addRibbonIcon" | "addStatusBarItem" | "addCommand" | "removeCommand" | "addSettingTab" | "registerView" | "loadData" | "saveData";

export abstract class Plugin extends Component implements Signatures<Real.Plugin, Modeled> {
	app: Real.App;
	manifest: Real.PluginManifest;

	constructor(app: Real.App, manifest: Real.PluginManifest) {
		super();
		this.app = app;
		this.manifest = manifest;
	}

	private get mock(): App {
		return this.app as unknown as App;
	}

	/** The ribbon button; removed when the plugin unloads. */
	addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const button = el("div", "side-dock-ribbon-action clickable-icon", this.mock.ribbonEl);
		button.setAttribute("aria-label", title);
		button.setAttribute("data-tooltip-position", "right");
		setIcon(button, icon);
		button.addEventListener("click", (e) => void callback(e));
		this.register(() => button.remove());
		return button;
	}

	addStatusBarItem(): HTMLElement {
		const item = el("div", "status-bar-item", this.mock.statusBarEl);
		item.classList.add(`plugin-${this.manifest.id.replace(/[^a-z0-9-]/gi, "-")}`);
		this.register(() => item.remove());
		return item;
	}

	/** Ids are prefixed with the plugin id, as in Obsidian. */
	addCommand(command: Real.Command): Real.Command {
		const full = { ...command, id: `${this.manifest.id}:${command.id}`, name: `${this.manifest.name}: ${command.name}` };
		this.mock.commands.addCommand(full);
		this.register(() => this.mock.commands.removeCommand(full.id));
		return full;
	}

	removeCommand(commandId: string): void {
		this.mock.commands.removeCommand(`${this.manifest.id}:${commandId}`);
	}

	addSettingTab(settingTab: Real.PluginSettingTab): void {
		const tab = settingTab as unknown as PluginSettingTab;
		this.mock.settingTabs.push(tab);
		this.register(() => (this.mock.settingTabs = this.mock.settingTabs.filter((t) => t !== tab)));
	}

	registerView(type: string, viewCreator: (leaf: Real.WorkspaceLeaf) => Real.View): void {
		this.mock.workspace.registerViewType(type, viewCreator);
		this.register(() => this.mock.workspace.unregisterViewType(type));
	}

	/** A copy of the stored data.json content, or null when there is none. */
	async loadData(): Promise<unknown> {
		const raw = this.mock.pluginData.get(this.manifest.id);
		return raw === undefined ? null : (JSON.parse(raw) as unknown);
	}

	async saveData(data: unknown): Promise<void> {
		this.mock.pluginData.set(this.manifest.id, JSON.stringify(data, null, 2));
	}
}
