/**
 * Obsidian's Workspace: a main area of tabs and left/right sidebars, each
 * showing one leaf at a time, with the active leaf and the events around it.
 */
import type * as Real from "obsidian";
import type { Signatures } from "./signatures";
import { el } from "./dom";
import { Events } from "./events";
import { setIcon } from "./ui";
import type { TFile } from "./files";
import type { MetadataCache } from "./metadata";
import type { Vault } from "./vault";
import { MarkdownView, WorkspaceLeaf, type LeafHost, type View } from "./views";

type Modeled =
	| "layoutReady" | "onLayoutReady" | "getLeavesOfType" | "getRightLeaf" | "getLeftLeaf" | "getLeaf" | "revealLeaf"
	| "detachLeavesOfType" | "getActiveFile" | "openLinkText" | "iterateAllLeaves" | "iterateRootLeaves" | "containerEl"
	| "ensureSideLeaf" | "setActiveLeaf" | "on";

type Side = "root" | "left" | "right";

export class Workspace extends Events implements Signatures<Real.Workspace, Modeled>, LeafHost {
	layoutReady = false;
	activeLeaf: WorkspaceLeaf | null = null;
	private dom: { containerEl: HTMLElement; splitEls: Record<Side, HTMLElement>; tabHeaders: Record<"left" | "right", HTMLElement> } | null = null;
	/** The sidebars: `collapsed` and expand/collapse/toggle, shown in the DOM. */
	readonly rightSplit = this.sidedock("right", false);
	readonly leftSplit = this.sidedock("left", true);
	private leaves: WorkspaceLeaf[] = [];
	private readonly creators = new Map<string, (leaf: Real.WorkspaceLeaf) => Real.View>();
	private readyCallbacks: (() => unknown)[] = [];
	private lastFile: TFile | null = null;

	constructor(
		private readonly app: Real.App,
		private readonly vault: Vault,
		private readonly metadataCache: MetadataCache,
	) {
		super();
		vault.on("delete", (f: unknown) => {
			if (this.lastFile === f) this.lastFile = null;
		});
	}

	get containerEl(): HTMLElement {
		return this.layout().containerEl;
	}

	/** Where each part's leaves are attached in the DOM (built on first use: unit tests without a DOM never need it). */
	get splitEls(): Record<Side, HTMLElement> {
		return this.layout().splitEls;
	}

	private layout(): { containerEl: HTMLElement; splitEls: Record<Side, HTMLElement>; tabHeaders: Record<"left" | "right", HTMLElement> } {
		if (!this.dom) {
			const containerEl = el("div", "workspace");
			// Sidebars hold tabs: a header of icons and one visible leaf below it.
			const sidedock = (cls: string): { tabs: HTMLElement; headers: HTMLElement } => {
				const split = el("div", `workspace-split mod-horizontal mod-sidedock ${cls}`, containerEl);
				const group = el("div", "workspace-tabs mod-top", split);
				const header = el("div", "workspace-tab-header-container", group);
				return { headers: el("div", "workspace-tab-header-container-inner", header), tabs: el("div", "workspace-tab-container", group) };
			};
			const left = sidedock(`mod-left-split${this.leftSplit.collapsed ? " is-collapsed" : ""}`);
			const root = el("div", "workspace-split mod-vertical mod-root", containerEl);
			const right = sidedock(`mod-right-split${this.rightSplit.collapsed ? " is-collapsed" : ""}`);
			this.dom = { containerEl, splitEls: { left: left.tabs, root, right: right.tabs }, tabHeaders: { left: left.headers, right: right.headers } };
		}
		return this.dom;
	}

	/** The plugin side of registerView. */
	registerViewType(type: string, creator: (leaf: Real.WorkspaceLeaf) => Real.View): void {
		if (this.creators.has(type)) throw new Error(`Attempting to register an existing view type "${type}"`);
		this.creators.set(type, creator);
	}

	unregisterViewType(type: string): void {
		this.creators.delete(type);
		this.detachLeavesOfType(type);
	}

	viewCreator(type: string): ((leaf: Real.WorkspaceLeaf) => Real.View) | undefined {
		return this.creators.get(type);
	}

	onLayoutReady(callback: () => unknown): void {
		if (this.layoutReady) void callback();
		else this.readyCallbacks.push(callback);
	}

	/** What Obsidian does once the vault is indexed and the layout restored. */
	setLayoutReady(): void {
		if (this.layoutReady) return;
		this.layoutReady = true;
		for (const cb of this.readyCallbacks.splice(0)) void cb();
		this.trigger("layout-change");
	}

	getLeavesOfType(viewType: string): WorkspaceLeaf[] {
		return this.leaves.filter((l) => l.view.getViewType() === viewType);
	}

	getRightLeaf(_split: boolean): WorkspaceLeaf {
		return this.createLeaf("right");
	}

	getLeftLeaf(_split: boolean): WorkspaceLeaf {
		return this.createLeaf("left");
	}

	/** false/undefined: the most recent main-area leaf (or a new one); true or a pane type: a new one. */
	getLeaf(newLeaf?: Real.PaneType | boolean): WorkspaceLeaf {
		if (!newLeaf) {
			const recent = this.activeLeaf?.side === "root" ? this.activeLeaf : this.leaves.filter((l) => l.side === "root").pop();
			if (recent) return recent;
		}
		return this.createLeaf("root");
	}

	async ensureSideLeaf(type: string, side: Real.Side, options: { active?: boolean; reveal?: boolean; state?: Record<string, unknown> } = {}): Promise<WorkspaceLeaf> {
		const leaf = this.getLeavesOfType(type)[0] ?? this.createLeaf(side);
		if (leaf.view.getViewType() !== type) await leaf.setViewState({ type, state: options.state, active: options.active });
		if (options.reveal !== false) await this.revealLeaf(leaf);
		return leaf;
	}

	/** Shows the leaf (the visible tab of its split) and expands a collapsed sidebar. */
	async revealLeaf(leaf: Real.WorkspaceLeaf | WorkspaceLeaf): Promise<void> {
		const mine = leaf as unknown as WorkspaceLeaf;
		this.showTab(mine);
		if (mine.side !== "root") this[mine.side === "left" ? "leftSplit" : "rightSplit"].expand();
	}

	detachLeavesOfType(viewType: string): void {
		for (const l of this.getLeavesOfType(viewType)) l.detach();
	}

	getActiveViewOfType<T>(type: abstract new (...args: never[]) => T): T | null {
		const view = this.activeLeaf?.view;
		return view instanceof type ? view : null;
	}

	get activeEditor(): { editor: MarkdownView["editor"]; file: TFile | null } | null {
		const view = this.activeLeaf?.view;
		return view instanceof MarkdownView ? { editor: view.editor, file: view.file } : null;
	}

	/** The active view's file, or else the file that was active last (as in Obsidian). */
	getActiveFile(): TFile | null {
		const view = this.activeLeaf?.view;
		if (view instanceof MarkdownView) return view.file;
		return this.lastFile;
	}

	/** Makes the leaf active and its tab the visible one (Obsidian's params are accepted, focus is not modeled). */
	setActiveLeaf(target: Real.WorkspaceLeaf | WorkspaceLeaf, _params?: unknown, _focus?: boolean): void {
		const leaf = target as WorkspaceLeaf;
		this.showTab(leaf);
		const file = leaf.view instanceof MarkdownView ? leaf.view.file : null;
		const changed = this.activeLeaf !== leaf;
		this.activeLeaf = leaf;
		for (const l of this.leaves) l.containerEl.classList.toggle("mod-active", l === leaf);
		if (changed) this.trigger("active-leaf-change", leaf);
		if (file && file !== this.lastFile) {
			this.lastFile = file;
			this.trigger("file-open", file);
		}
	}

	async openLinkText(linktext: string, sourcePath: string, newLeaf?: Real.PaneType | boolean, openViewState?: Real.OpenViewState): Promise<void> {
		const path = linktext.replace(/[#^].*$/, "");
		const file = this.metadataCache.getFirstLinkpathDest(path, sourcePath) ?? (await this.vault.create(path.endsWith(".md") ? path : `${path}.md`, ""));
		await this.getLeaf(newLeaf).openFile(file, openViewState);
	}

	iterateAllLeaves(callback: (leaf: Real.WorkspaceLeaf) => unknown): void {
		for (const l of [...this.leaves]) callback(l as unknown as Real.WorkspaceLeaf);
	}

	iterateRootLeaves(callback: (leaf: Real.WorkspaceLeaf) => unknown): void {
		for (const l of this.leaves.filter((x) => x.side === "root")) callback(l as unknown as Real.WorkspaceLeaf);
	}

	removeLeaf(leaf: WorkspaceLeaf): void {
		this.leaves = this.leaves.filter((l) => l !== leaf);
		if (this.activeLeaf === leaf) {
			this.activeLeaf = null;
			this.trigger("active-leaf-change", null);
		}
	}

	viewChanged(leaf: WorkspaceLeaf): void {
		const header = leaf.tabHeaderEl;
		if (!header) return;
		header.setAttribute("aria-label", leaf.view.getDisplayText());
		header.setAttribute("data-type", leaf.view.getViewType());
		setIcon(el("div", "workspace-tab-header-inner-icon", header), leaf.view.getIcon() || "file");
		header.replaceChildren(header.lastChild!);
	}

	private sidedock(side: "left" | "right", collapsed: boolean): { collapsed: boolean; expand(): void; collapse(): void; toggle(): void } {
		const set = (value: boolean): void => {
			dock.collapsed = value;
			if (this.dom) this.dom.splitEls[side].closest(".workspace-split")?.classList.toggle("is-collapsed", value);
		};
		const dock = { collapsed, expand: () => set(false), collapse: () => set(true), toggle: () => set(!dock.collapsed) };
		return dock;
	}

	private showTab(leaf: WorkspaceLeaf): void {
		for (const l of this.leaves) {
			if (l.side !== leaf.side) continue;
			l.containerEl.classList.toggle("is-hidden", l !== leaf);
			l.tabHeaderEl?.classList.toggle("is-active", l === leaf);
		}
	}

	private createLeaf(side: Side): WorkspaceLeaf {
		const leaf = new WorkspaceLeaf(this.app, side, this);
		this.leaves.push(leaf);
		this.splitEls[side].appendChild(leaf.containerEl);
		if (side !== "root") {
			const header = el("div", "workspace-tab-header clickable-icon", this.layout().tabHeaders[side]);
			header.tabIndex = 0;
			header.addEventListener("click", () => void this.revealLeaf(leaf));
			leaf.tabHeaderEl = header;
		}
		this.showTab(leaf);
		return leaf;
	}

	/** Every view of a type, for tests. */
	viewsOfType<T extends View>(type: string): T[] {
		return this.getLeavesOfType(type).map((l) => l.view as T);
	}
}
