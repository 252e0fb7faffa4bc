/** Views and leaves, with Obsidian's DOM shape: containerEl > .view-header + .view-content. */
import type * as Real from "obsidian";
import type { Signatures } from "./signatures";
import { Component } from "./component";
import { el } from "./dom";
import { Editor } from "./editor";
import { TFile } from "./files";
import { setIcon } from "./ui";

type ViewModeled = "app" | "icon" | "navigation" | "containerEl" | "getIcon" | "getState" | "setState" | "getEphemeralState" | "setEphemeralState" | "onResize";

export abstract class View extends Component implements Signatures<Real.View, ViewModeled> {
	app: Real.App;
	icon = "";
	navigation = false;
	leaf: WorkspaceLeaf;
	containerEl: HTMLElement;

	constructor(leaf: Real.WorkspaceLeaf) {
		super();
		this.leaf = leaf as unknown as WorkspaceLeaf;
		this.app = this.leaf.app;
		this.containerEl = el("div", "workspace-leaf-content");
	}

	protected async onOpen(): Promise<void> {}

	protected async onClose(): Promise<void> {}

	/** Runs onOpen, as Obsidian does when the view is put in a leaf. */
	async _open(): Promise<void> {
		this.containerEl.setAttribute("data-type", this.getViewType());
		const title = this.containerEl.querySelector(".view-header-title-container");
		if (title) el("div", "view-header-title", title as HTMLElement).textContent = this.getDisplayText();
		this.load();
		await this.onOpen();
	}

	async _close(): Promise<void> {
		await this.onClose();
		this.unload();
	}

	abstract getViewType(): string;

	abstract getDisplayText(): string;

	getIcon(): string {
		return this.icon;
	}

	getState(): Record<string, unknown> {
		return {};
	}

	async setState(_state: unknown, _result: Real.ViewStateResult): Promise<void> {}

	getEphemeralState(): Record<string, unknown> {
		return {};
	}

	setEphemeralState(_state: unknown): void {}

	onResize(): void {}
}

export abstract class ItemView extends View {
	contentEl: HTMLElement;
	private actionsEl: HTMLElement;

	constructor(leaf: Real.WorkspaceLeaf) {
		super(leaf);
		const header = el("div", "view-header", this.containerEl);
		el("div", "view-header-title-container", header);
		this.actionsEl = el("div", "view-actions", header);
		this.contentEl = el("div", "view-content", this.containerEl);
	}

	addAction(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const a = el("a", "clickable-icon view-action", this.actionsEl);
		a.setAttribute("aria-label", title);
		setIcon(a, icon);
		a.addEventListener("click", (e) => void callback(e));
		return a;
	}
}

/** A view of one file (the stand-in's only file view is MarkdownView). */
export abstract class FileView extends ItemView {
	file: TFile | null = null;
	allowNoFile = false;

	getDisplayText(): string {
		return this.file?.basename ?? "No file";
	}
}

export abstract class EditableFileView extends FileView {}

export abstract class TextFileView extends EditableFileView {
	abstract getViewData(): string;
	abstract setViewData(data: string, clear: boolean): void;
}

/** A Markdown editor view over one file; edits are saved to the vault, outside changes reload it. */
export class MarkdownView extends TextFileView {
	editor: Editor;
	private sourceEl: HTMLElement;

	constructor(leaf: Real.WorkspaceLeaf) {
		super(leaf);
		this.navigation = true;
		this.editor = new Editor("", (text) => {
			this.render();
			if (this.file) void this.app.vault.modify(this.file, text);
		});
		this.sourceEl = el("div", "markdown-source-view cm-s-obsidian mod-cm6", this.contentEl);
	}

	getViewType(): string {
		return "markdown";
	}

	override getIcon(): string {
		return "document";
	}

	getMode(): "source" | "preview" {
		return "source";
	}

	getViewData(): string {
		return this.editor.getValue();
	}

	setViewData(data: string, _clear: boolean): void {
		this.editor.reload(data);
		this.render();
	}

	async _loadFile(file: TFile): Promise<void> {
		this.file = file;
		this.editor.reload(await this.app.vault.read(file));
		this.editor.setCursor(0, 0);
		this.render();
		const title = this.containerEl.querySelector(".view-header-title");
		if (title) title.textContent = this.getDisplayText();
		this.registerEvent(
			this.app.vault.on("modify", (f) => {
				if (f === (this.file as unknown) && f instanceof TFile) void this.app.vault.read(f).then((t) => this.setViewData(t, false));
			}),
		);
	}

	private render(): void {
		const lines = this.editor.getValue().split("\n");
		while (this.sourceEl.firstChild) this.sourceEl.removeChild(this.sourceEl.firstChild);
		const content = el("div", "cm-content", this.sourceEl);
		for (const line of lines) el("div", "cm-line", content).textContent = line || "\u200b";
	}
}

type LeafModeled = "view" | "openFile" | "getViewState" | "setViewState" | "detach" | "getDisplayText" | "getIcon";

/** A leaf owned by the stand-in's Workspace; `side` says where it lives. */
export class WorkspaceLeaf implements Signatures<Real.WorkspaceLeaf, LeafModeled> {
	view: View;
	containerEl: HTMLElement;
	/** The leaf's tab button in a sidebar's tab header, set by the Workspace. */
	tabHeaderEl: HTMLElement | null = null;
	private viewType = "empty";

	constructor(
		readonly app: Real.App,
		readonly side: "root" | "left" | "right",
		private readonly host: LeafHost,
	) {
		this.containerEl = el("div", "workspace-leaf");
		this.containerEl.addEventListener("mousedown", () => this.host.setActiveLeaf(this));
		this.view = new EmptyView(this as unknown as Real.WorkspaceLeaf);
		this.containerEl.appendChild(this.view.containerEl);
	}

	async setViewState(viewState: Real.ViewState): Promise<void> {
		const creator = this.host.viewCreator(viewState.type);
		if (!creator) throw new Error(`No view is registered for type '${viewState.type}'.`);
		await this.open(creator(this as unknown as Real.WorkspaceLeaf) as unknown as View);
		this.viewType = viewState.type;
		if (viewState.state) await this.view.setState(viewState.state, { history: false });
		if (viewState.active) this.host.setActiveLeaf(this);
	}

	getViewState(): Real.ViewState {
		return { type: this.viewType, state: this.view.getState() };
	}

	async open(view: View): Promise<View> {
		await this.view._close();
		this.view.containerEl.remove();
		this.view = view;
		this.containerEl.appendChild(view.containerEl);
		await view._open();
		this.host.viewChanged(this);
		return view;
	}

	async openFile(file: Real.TFile, openState?: Real.OpenViewState): Promise<void> {
		const view = this.view instanceof MarkdownView ? this.view : ((await this.open(new MarkdownView(this as unknown as Real.WorkspaceLeaf))) as MarkdownView);
		this.viewType = "markdown";
		await view._loadFile(file);
		if (openState?.active !== false) this.host.setActiveLeaf(this);
	}

	detach(): void {
		void this.view._close();
		this.containerEl.remove();
		this.tabHeaderEl?.remove();
		this.host.removeLeaf(this);
	}

	getDisplayText(): string {
		return this.view.getDisplayText();
	}

	getIcon(): string {
		return this.view.getIcon();
	}
}

export interface LeafHost {
	viewCreator(type: string): ((leaf: Real.WorkspaceLeaf) => Real.View) | undefined;
	setActiveLeaf(leaf: WorkspaceLeaf): void;
	removeLeaf(leaf: WorkspaceLeaf): void;
	viewChanged(leaf: WorkspaceLeaf): void;
	trigger(name: string, ...data: unknown[]): void;
}

class EmptyView extends ItemView {
	getViewType(): string {
		return "empty";
	}

	getDisplayText(): string {
		return "New tab";
	}
}
