// @vitest-environment jsdom
import type * as Real from "obsidian";
import { describe, expect, it } from "vitest";
import { createTestApp, fileAt, ItemView, loadPlugin, MarkdownView, Modal, openModals, Plugin, runCommand, Setting, type TestApp } from "./obsidian";

class ListView extends ItemView {
	opened = 0;
	getViewType(): string {
		return "list";
	}
	getDisplayText(): string {
		return "List";
	}
	protected override async onOpen(): Promise<void> {
		this.opened++;
		this.contentEl.createEl("p", { text: "hello" });
	}
}

class TestPlugin extends Plugin {
	events: string[] = [];
	override async onload(): Promise<void> {
		const data = (await this.loadData()) as { n?: number } | null;
		await this.saveData({ n: (data?.n ?? 0) + 1 });
		this.registerView("list", (leaf) => new ListView(leaf) as unknown as Real.View);
		this.registerEvent(this.app.vault.on("modify", (f) => this.events.push(`modify ${f.path}`)));
		this.addCommand({ id: "always", name: "Always", callback: () => this.events.push("always") });
		this.addCommand({
			id: "only-md",
			name: "Only in notes",
			editorCheckCallback: (checking, editor) => {
				if (checking) return editor.getValue().includes("ok");
				editor.replaceRange("!", editor.getCursor());
				return true;
			},
		});
		this.app.workspace.onLayoutReady(() => this.events.push("ready"));
	}
}

async function start(files: Record<string, string> = {}): Promise<{ app: TestApp; plugin: TestPlugin }> {
	const app = await createTestApp({ files, pluginData: { "interview-follow-up": { n: 4 } } });
	const plugin = await loadPlugin(app, TestPlugin);
	return { app, plugin };
}

describe("Plugin lifecycle", () => {
	it("awaits onload, readies the layout, saves data and drops its handlers on unload", async () => {
		const { app, plugin } = await start({ "a.md": "x" });
		expect(plugin.events).toEqual(["ready"]);
		expect(JSON.parse(app.pluginData.get("interview-follow-up")!)).toEqual({ n: 5 });
		const file = fileAt(app, "a.md");
		await app.vault.modify(file, "y");
		plugin.unload();
		await app.vault.modify(file, "z");
		expect(plugin.events).toEqual(["ready", "modify a.md"]);
		expect(app.commands.findCommand("interview-follow-up:always")).toBeUndefined();
	});

	it("runs commands as the palette would, honouring check callbacks and the active editor", async () => {
		const { app, plugin } = await start({ "ok.md": "ok", "no.md": "no" });
		expect(runCommand(app, "always")).toBe(true);
		expect(runCommand(app, "only-md")).toBe(false);
		await app.workspace.getLeaf(false).openFile(fileAt(app, "no.md"));
		expect(runCommand(app, "only-md")).toBe(false);
		await app.workspace.getLeaf(false).openFile(fileAt(app, "ok.md"));
		const view = app.workspace.getActiveViewOfType(MarkdownView)!;
		view.editor.setCursor({ line: 0, ch: 2 });
		expect(runCommand(app, "only-md")).toBe(true);
		expect(view.editor.getValue()).toBe("ok!");
		expect(view.editor.getCursor()).toEqual({ line: 0, ch: 2 });
		expect(await app.vault.read(fileAt(app, "ok.md"))).toBe("ok!");
		expect(plugin.events).toContain("always");
		expect(app.workspace.getActiveFile()?.path).toBe("ok.md");
	});

	it("opens registered views in the right sidebar with Obsidian's DOM shape", async () => {
		const { app } = await start();
		const leaf = app.workspace.getRightLeaf(false);
		await leaf.setViewState({ type: "list", active: true });
		const views = app.workspace.getLeavesOfType("list");
		expect(views).toHaveLength(1);
		const view = views[0]!.view as unknown as ListView;
		expect(view.opened).toBe(1);
		expect(view.containerEl.children[1]).toBe(view.contentEl);
		expect(view.contentEl.textContent).toBe("hello");
		expect(app.workspace.splitEls.right.contains(view.containerEl)).toBe(true);
		app.workspace.detachLeavesOfType("list");
		expect(app.workspace.getLeavesOfType("list")).toHaveLength(0);
		await expect(app.workspace.getRightLeaf(false).setViewState({ type: "nope" })).rejects.toThrow(/No view/);
	});
});

describe("Modal and Setting", () => {
	it("attaches to the body while open and closes on Escape", async () => {
		const app = await createTestApp();
		let closed = 0;
		class Ask extends Modal {
			override onOpen(): void {
				this.setTitle("Ask");
				new Setting(this.contentEl).setName("Company").addText((t) => t.setValue("Northwind"));
			}
			override onClose(): void {
				closed++;
			}
		}
		const m = new Ask(app);
		m.open();
		expect(openModals()).toEqual([m]);
		expect(document.body.contains(m.containerEl)).toBe(true);
		expect(m.contentEl.querySelector("input")!.value).toBe("Northwind");
		document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape" }));
		expect(openModals()).toEqual([]);
		expect(closed).toBe(1);
		expect(document.body.contains(m.containerEl)).toBe(false);
	});

	it("setting controls report user changes", () => {
		const el = document.createElement("div");
		const got: unknown[] = [];
		new Setting(el)
			.setName("On")
			.addToggle((t) => t.setValue(false).onChange((v) => got.push(v)))
			.addDropdown((d) => d.addOptions({ a: "A", b: "B" }).setValue("a").onChange((v) => got.push(v)))
			.addText((t) => t.onChange((v) => got.push(v)));
		(el.querySelector(".checkbox-container") as HTMLElement).click();
		const select = el.querySelector("select")!;
		select.value = "b";
		select.dispatchEvent(new Event("change"));
		const input = el.querySelector("input[type=text]") as HTMLInputElement;
		input.value = "hi";
		input.dispatchEvent(new Event("input"));
		expect(got).toEqual([true, "b", "hi"]);
		expect(el.querySelector(".checkbox-container")!.classList.contains("is-enabled")).toBe(true);
	});
});
