/** Obsidian's Setting rows, their components and setting tabs, with real DOM controls. */
import type * as Real from "obsidian";
import type { Signatures } from "./signatures";
import { el, setContent } from "./dom";
import { setIcon } from "./ui";

export abstract class BaseComponent {
	disabled = false;

	then(cb: (component: this) => unknown): this {
		cb(this);
		return this;
	}

	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		return this;
	}
}

export class ButtonComponent extends BaseComponent {
	buttonEl: HTMLButtonElement;

	constructor(containerEl: HTMLElement) {
		super();
		this.buttonEl = el("button", "", containerEl);
	}

	override setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		this.buttonEl.disabled = disabled;
		return this;
	}

	setCta(): this {
		this.buttonEl.classList.add("mod-cta");
		return this;
	}

	removeCta(): this {
		this.buttonEl.classList.remove("mod-cta");
		return this;
	}

	setWarning(): this {
		this.buttonEl.classList.add("mod-warning");
		return this;
	}

	setTooltip(tooltip: string): this {
		this.buttonEl.setAttribute("aria-label", tooltip);
		return this;
	}

	setButtonText(name: string): this {
		this.buttonEl.textContent = name;
		return this;
	}

	setIcon(icon: string): this {
		setIcon(this.buttonEl, icon);
		return this;
	}

	setClass(cls: string): this {
		this.buttonEl.classList.add(cls);
		return this;
	}

	onClick(callback: (evt: MouseEvent) => unknown): this {
		this.buttonEl.addEventListener("click", (e) => void callback(e));
		return this;
	}
}

export class ExtraButtonComponent extends BaseComponent {
	extraSettingsEl: HTMLElement;

	constructor(containerEl: HTMLElement) {
		super();
		this.extraSettingsEl = el("div", "clickable-icon extra-setting-button", containerEl);
	}

	setIcon(icon: string): this {
		setIcon(this.extraSettingsEl, icon);
		return this;
	}

	setTooltip(tooltip: string): this {
		this.extraSettingsEl.setAttribute("aria-label", tooltip);
		return this;
	}

	onClick(callback: () => unknown): this {
		this.extraSettingsEl.addEventListener("click", () => void callback());
		return this;
	}
}

export abstract class ValueComponent<T> extends BaseComponent {
	abstract getValue(): T;
	abstract setValue(value: T): this;
}

export class AbstractTextComponent<T extends HTMLInputElement | HTMLTextAreaElement> extends ValueComponent<string> {
	inputEl: T;
	private handler: ((value: string) => unknown) | null = null;

	constructor(inputEl: T) {
		super();
		this.inputEl = inputEl;
		inputEl.addEventListener("input", () => this.onChanged());
	}

	override setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		this.inputEl.disabled = disabled;
		return this;
	}

	getValue(): string {
		return this.inputEl.value;
	}

	setValue(value: string): this {
		this.inputEl.value = value;
		return this;
	}

	setPlaceholder(placeholder: string): this {
		this.inputEl.placeholder = placeholder;
		return this;
	}

	onChanged(): void {
		void this.handler?.(this.getValue());
	}

	onChange(callback: (value: string) => unknown): this {
		this.handler = callback;
		return this;
	}
}

export class TextComponent extends AbstractTextComponent<HTMLInputElement> {
	constructor(containerEl: HTMLElement) {
		const input = el("input", "", containerEl);
		input.type = "text";
		super(input);
	}
}

export class TextAreaComponent extends AbstractTextComponent<HTMLTextAreaElement> {
	constructor(containerEl: HTMLElement) {
		super(el("textarea", "", containerEl));
	}
}

export class ToggleComponent extends ValueComponent<boolean> {
	toggleEl: HTMLElement;
	private on = false;
	private handler: ((value: boolean) => unknown) | null = null;

	constructor(containerEl: HTMLElement) {
		super();
		this.toggleEl = el("div", "checkbox-container", containerEl);
		this.toggleEl.setAttribute("role", "switch");
		this.toggleEl.tabIndex = 0;
		const input = el("input", "", this.toggleEl);
		input.type = "checkbox";
		input.tabIndex = -1;
		this.toggleEl.addEventListener("click", () => this.onClick());
		this.toggleEl.addEventListener("keydown", (e) => {
			if (e.key === " " || e.key === "Enter") this.onClick();
		});
		this.render();
	}

	getValue(): boolean {
		return this.on;
	}

	setValue(on: boolean): this {
		this.on = on;
		this.render();
		return this;
	}

	onClick(): void {
		if (this.disabled) return;
		this.setValue(!this.on);
		void this.handler?.(this.on);
	}

	onChange(callback: (value: boolean) => unknown): this {
		this.handler = callback;
		return this;
	}

	private render(): void {
		this.toggleEl.classList.toggle("is-enabled", this.on);
		this.toggleEl.setAttribute("aria-checked", String(this.on));
	}
}

export class DropdownComponent extends ValueComponent<string> {
	selectEl: HTMLSelectElement;
	private handler: ((value: string) => unknown) | null = null;

	constructor(containerEl: HTMLElement) {
		super();
		this.selectEl = el("select", "dropdown", containerEl);
		this.selectEl.addEventListener("change", () => void this.handler?.(this.getValue()));
	}

	addOption(value: string, display: string): this {
		const o = el("option", "", this.selectEl);
		o.value = value;
		o.textContent = display;
		return this;
	}

	addOptions(options: Record<string, string>): this {
		for (const [v, d] of Object.entries(options)) this.addOption(v, d);
		return this;
	}

	getValue(): string {
		return this.selectEl.value;
	}

	setValue(value: string): this {
		this.selectEl.value = value;
		return this;
	}

	onChange(callback: (value: string) => unknown): this {
		this.handler = callback;
		return this;
	}
}

type SettingModeled = "settingEl" | "infoEl" | "nameEl" | "descEl" | "controlEl" | "setName" | "setDesc" | "setClass" | "setHeading" | "setDisabled" | "clear";

export class Setting implements Signatures<Real.Setting, SettingModeled> {
	settingEl: HTMLElement;
	infoEl: HTMLElement;
	nameEl: HTMLElement;
	descEl: HTMLElement;
	controlEl: HTMLElement;
	components: BaseComponent[] = [];

	constructor(containerEl: HTMLElement) {
		this.settingEl = el("div", "setting-item", containerEl);
		this.infoEl = el("div", "setting-item-info", this.settingEl);
		this.nameEl = el("div", "setting-item-name", this.infoEl);
		this.descEl = el("div", "setting-item-description", this.infoEl);
		this.controlEl = el("div", "setting-item-control", this.settingEl);
	}

	setName(name: string | DocumentFragment): this {
		setContent(this.nameEl, name);
		return this;
	}

	setDesc(desc: string | DocumentFragment): this {
		setContent(this.descEl, desc);
		return this;
	}

	setClass(cls: string): this {
		this.settingEl.classList.add(cls);
		return this;
	}

	setHeading(): this {
		this.settingEl.classList.add("setting-item-heading");
		return this;
	}

	setDisabled(disabled: boolean): this {
		this.settingEl.classList.toggle("is-disabled", disabled);
		for (const c of this.components) c.setDisabled(disabled);
		return this;
	}

	addButton(cb: (component: ButtonComponent) => unknown): this {
		return this.add(new ButtonComponent(this.controlEl), cb);
	}

	addExtraButton(cb: (component: ExtraButtonComponent) => unknown): this {
		return this.add(new ExtraButtonComponent(this.controlEl), cb);
	}

	addToggle(cb: (component: ToggleComponent) => unknown): this {
		return this.add(new ToggleComponent(this.controlEl), cb);
	}

	addText(cb: (component: TextComponent) => unknown): this {
		return this.add(new TextComponent(this.controlEl), cb);
	}

	addTextArea(cb: (component: TextAreaComponent) => unknown): this {
		return this.add(new TextAreaComponent(this.controlEl), cb);
	}

	addDropdown(cb: (component: DropdownComponent) => unknown): this {
		return this.add(new DropdownComponent(this.controlEl), cb);
	}

	then(cb: (setting: this) => unknown): this {
		cb(this);
		return this;
	}

	clear(): this {
		while (this.controlEl.firstChild) this.controlEl.removeChild(this.controlEl.firstChild);
		this.components = [];
		return this;
	}

	private add<C extends BaseComponent>(component: C, cb: (c: C) => unknown): this {
		this.components.push(component);
		cb(component);
		return this;
	}
}

export abstract class SettingTab {
	app: Real.App;
	containerEl: HTMLElement;

	constructor(app: Real.App) {
		this.app = app;
		this.containerEl = el("div", "vertical-tab-content");
	}

	abstract display(): void;

	hide(): void {
		while (this.containerEl.firstChild) this.containerEl.removeChild(this.containerEl.firstChild);
	}
}

export abstract class PluginSettingTab extends SettingTab {
	plugin: Real.Plugin;

	constructor(app: Real.App, plugin: Real.Plugin) {
		super(app);
		this.plugin = plugin;
	}
}
