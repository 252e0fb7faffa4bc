/** Obsidian's DOM extensions, written for jsdom (test code only). */

export interface DomElementInfo {
	cls?: string | string[];
	text?: string;
	attr?: Record<string, string | number | boolean | null>;
	title?: string;
	type?: string;
	value?: string;
	placeholder?: string;
	href?: string;
}

type Callback<T> = (el: T) => void;

function apply(el: HTMLElement, o?: DomElementInfo | string): void {
	if (o === undefined) return;
	if (typeof o === "string") {
		el.className = o;
		return;
	}
	if (o.cls !== undefined) el.classList.add(...(Array.isArray(o.cls) ? o.cls : o.cls.split(/\s+/)).filter(Boolean));
	if (o.text !== undefined) el.textContent = o.text;
	if (o.title !== undefined) el.title = o.title;
	for (const [k, v] of Object.entries(o.attr ?? {})) {
		if (v === null || v === false) el.removeAttribute(k);
		else el.setAttribute(k, String(v));
	}
	for (const k of ["type", "value", "placeholder", "href"] as const) {
		if (o[k] !== undefined) (el as unknown as Record<string, string>)[k] = o[k];
	}
}

export function installDomHelpers(win: Window): void {
	const proto = (win as unknown as { HTMLElement: typeof HTMLElement }).HTMLElement.prototype as unknown as Record<string, unknown>;
	if (typeof proto.createEl === "function") return;
	function createEl(this: HTMLElement, tag: string, o?: DomElementInfo | string, cb?: Callback<HTMLElement>): HTMLElement {
		const el = this.ownerDocument.createElement(tag);
		apply(el, o);
		this.appendChild(el);
		cb?.(el);
		return el;
	}
	proto.createEl = createEl;
	proto.createDiv = function (this: HTMLElement, o?: DomElementInfo | string, cb?: Callback<HTMLElement>) {
		return createEl.call(this, "div", o, cb);
	};
	proto.createSpan = function (this: HTMLElement, o?: DomElementInfo | string, cb?: Callback<HTMLElement>) {
		return createEl.call(this, "span", o, cb);
	};
	proto.empty = function (this: HTMLElement) {
		while (this.firstChild) this.removeChild(this.firstChild);
	};
	proto.setText = function (this: HTMLElement, text: string) {
		this.textContent = text;
	};
	proto.addClass = function (this: HTMLElement, ...cls: string[]) {
		this.classList.add(...cls);
	};
	proto.removeClass = function (this: HTMLElement, ...cls: string[]) {
		this.classList.remove(...cls);
	};
	proto.toggleClass = function (this: HTMLElement, cls: string, on: boolean) {
		this.classList.toggle(cls, on);
	};
	proto.hasClass = function (this: HTMLElement, cls: string) {
		return this.classList.contains(cls);
	};
	proto.setAttr = function (this: HTMLElement, k: string, v: string | number | boolean | null) {
		if (v === null || v === false) this.removeAttribute(k);
		else this.setAttribute(k, String(v));
	};
	const g = win as unknown as Record<string, unknown>;
	g.createEl = (tag: string, o?: DomElementInfo | string, cb?: Callback<HTMLElement>) => {
		const el = win.document.createElement(tag);
		apply(el, o);
		cb?.(el);
		return el;
	};
	g.createDiv = (o?: DomElementInfo | string, cb?: Callback<HTMLElement>) =>
		(g.createEl as (t: string, o?: DomElementInfo | string, cb?: Callback<HTMLElement>) => HTMLElement)("div", o, cb);
	g.activeDocument = win.document;
	g.activeWindow = win;
}
