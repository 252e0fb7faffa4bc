/** Icons, notices, modals and menus. */
import type * as Real from "obsidian";
import type { Signatures } from "./signatures";
import { doc, el, setContent } from "./dom";

const SVG = "http://www.w3.org/2000/svg";

/** Draws a neutral icon (Obsidian draws the Lucide one); the name is kept in a class and data-icon. */
export function setIcon(parent: HTMLElement, iconId: string): void {
	const d = doc();
	while (parent.firstChild) parent.removeChild(parent.firstChild);
	const svg = d.createElementNS(SVG, "svg");
	svg.setAttribute("class", `svg-icon lucide-${iconId}`);
	svg.setAttribute("viewBox", "0 0 24 24");
	svg.setAttribute("width", "24");
	svg.setAttribute("height", "24");
	svg.setAttribute("fill", "none");
	svg.setAttribute("stroke", "currentColor");
	svg.setAttribute("stroke-width", "2");
	svg.setAttribute("data-icon", iconId);
	const shape = d.createElementNS(SVG, "rect");
	for (const [k, v] of Object.entries({ x: "4", y: "4", width: "16", height: "16", rx: "4" })) shape.setAttribute(k, v);
	svg.appendChild(shape);
	parent.appendChild(svg);
}

const notices: string[] = [];

/** Every notice message shown since the last clearNotices(), oldest first. */
export function noticeMessages(): string[] {
	return [...notices];
}

export function clearNotices(): void {
	notices.length = 0;
}

export class Notice implements Signatures<Real.Notice, "containerEl" | "messageEl" | "setMessage" | "hide"> {
	containerEl!: HTMLElement;
	messageEl!: HTMLElement;

	constructor(message: string | DocumentFragment, duration?: number) {
		notices.push(typeof message === "string" ? message : (message.textContent ?? ""));
		if (typeof document === "undefined") return;
		const d = doc();
		const host = d.body.querySelector<HTMLElement>(":scope > .notice-container") ?? el("div", "notice-container", d.body);
		this.containerEl = el("div", "notice", host);
		this.messageEl = el("div", "notice-message", this.containerEl);
		setContent(this.messageEl, message);
		this.containerEl.addEventListener("click", () => this.hide());
		if (duration !== 0) globalThis.setTimeout(() => this.hide(), duration ?? 5000);
	}

	setMessage(message: string | DocumentFragment): this {
		notices.push(typeof message === "string" ? message : (message.textContent ?? ""));
		if (this.messageEl) setContent(this.messageEl, message);
		return this;
	}

	hide(): void {
		this.containerEl?.remove();
	}
}

const open: Modal[] = [];

/** Modals open right now, oldest first. */
export function openModals(): Modal[] {
	return [...open];
}

type ModalModeled = "app" | "containerEl" | "modalEl" | "titleEl" | "contentEl" | "open" | "close" | "onOpen" | "onClose" | "setTitle" | "setContent" | "setCloseCallback";

export class Modal implements Signatures<Real.Modal, ModalModeled> {
	app: Real.App;
	containerEl: HTMLElement;
	modalEl: HTMLElement;
	titleEl: HTMLElement;
	contentEl: HTMLElement;
	private closeCallback: (() => unknown) | null = null;
	private readonly onKey = (e: KeyboardEvent): void => {
		if (e.key === "Escape" && open[open.length - 1] === this) this.close();
	};

	constructor(app: Real.App) {
		this.app = app;
		this.containerEl = el("div", "modal-container mod-dim");
		el("div", "modal-bg", this.containerEl).addEventListener("click", () => this.close());
		this.modalEl = el("div", "modal", this.containerEl);
		const closeButton = el("div", "modal-close-button", this.modalEl);
		closeButton.setAttribute("aria-label", "Close");
		closeButton.addEventListener("click", () => this.close());
		const header = el("div", "modal-header", this.modalEl);
		this.titleEl = el("div", "modal-title", header);
		this.contentEl = el("div", "modal-content", this.modalEl);
	}

	open(): void {
		if (open.includes(this)) return;
		open.push(this);
		doc().body.appendChild(this.containerEl);
		doc().addEventListener("keydown", this.onKey);
		void this.onOpen();
	}

	close(): void {
		const i = open.indexOf(this);
		if (i < 0) return;
		open.splice(i, 1);
		doc().removeEventListener("keydown", this.onKey);
		this.containerEl.remove();
		this.onClose();
		this.closeCallback?.();
	}

	onOpen(): Promise<void> | void {}

	onClose(): void {}

	setTitle(title: string): this {
		this.titleEl.textContent = title;
		return this;
	}

	setContent(content: string | DocumentFragment): this {
		setContent(this.contentEl, content);
		return this;
	}

	setCloseCallback(callback: () => unknown): this {
		this.closeCallback = callback;
		return this;
	}
}

export class MenuItem {
	title = "";
	icon: string | null = null;
	disabled = false;
	handler: ((evt: MouseEvent | KeyboardEvent) => unknown) | null = null;

	setTitle(title: string | DocumentFragment): this {
		this.title = typeof title === "string" ? title : (title.textContent ?? "");
		return this;
	}

	setIcon(icon: string | null): this {
		this.icon = icon;
		return this;
	}

	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		return this;
	}

	onClick(callback: (evt: MouseEvent | KeyboardEvent) => unknown): this {
		this.handler = callback;
		return this;
	}
}

/** A menu that records its items; showing it lists them in the DOM as buttons. */
export class Menu {
	items: MenuItem[] = [];
	private el: HTMLElement | null = null;

	addItem(cb: (item: MenuItem) => unknown): this {
		const item = new MenuItem();
		cb(item);
		this.items.push(item);
		return this;
	}

	addSeparator(): this {
		return this;
	}

	showAtMouseEvent(_evt: MouseEvent): this {
		return this.showAtPosition({ x: 0, y: 0 });
	}

	showAtPosition(_position: Real.MenuPositionDef): this {
		this.hide();
		this.el = el("div", "menu", doc().body);
		for (const item of this.items) {
			const b = el("div", "menu-item", this.el);
			b.textContent = item.title;
			b.addEventListener("click", (e) => {
				if (item.disabled) return;
				this.hide();
				void item.handler?.(e);
			});
		}
		return this;
	}

	hide(): this {
		this.el?.remove();
		this.el = null;
		return this;
	}
}
