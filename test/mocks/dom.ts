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
	proto.createSvg = function (this: HTMLElement, tag: string, o?: DomElementInfo | string, cb?: Callback<SVGElement>) {
		const el = this.ownerDocument.createElementNS("http://www.w3.org/2000/svg", tag);
		if (typeof o === "string") el.setAttribute("class", o);
		else if (o?.cls !== undefined) el.classList.add(...(Array.isArray(o.cls) ? o.cls : o.cls.split(/\s+/)).filter(Boolean));
		for (const [k, v] of Object.entries(typeof o === "object" ? (o.attr ?? {}) : {})) if (v !== null && v !== false) el.setAttribute(k, String(v));
		this.appendChild(el);
		cb?.(el);
		return el;
	};
	proto.detach = function (this: HTMLElement) {
		this.parentNode?.removeChild(this);
	};
	proto.setAttrs = function (this: HTMLElement, attrs: Record<string, string | number | boolean | null>) {
		for (const [k, v] of Object.entries(attrs)) (proto.setAttr as (k: string, v: unknown) => void).call(this, k, v);
	};
	proto.getAttr = function (this: HTMLElement, k: string) {
		return this.getAttribute(k);
	};
	proto.show = function (this: HTMLElement) {
		this.style.removeProperty("display");
	};
	const setDisplay = (el: HTMLElement, display: string): void => (proto.setCssProps as (p: Record<string, string>) => void).call(el, { display });
	proto.hide = function (this: HTMLElement) {
		setDisplay(this, "none");
	};
	proto.toggle = function (this: HTMLElement, show: boolean) {
		if (show) this.style.removeProperty("display");
		else setDisplay(this, "none");
	};
	proto.isShown = function (this: HTMLElement) {
		return this.style.display !== "none" && this.isConnected;
	};
	proto.setCssStyles = function (this: HTMLElement, styles: Record<string, string>) {
		Object.assign(this.style, styles);
	};
	proto.setCssProps = function (this: HTMLElement, props: Record<string, string>) {
		for (const [k, v] of Object.entries(props)) this.style.setProperty(k, v);
	};
	proto.find = function (this: HTMLElement, selector: string) {
		return this.querySelector(selector);
	};
	proto.findAll = function (this: HTMLElement, selector: string) {
		return Array.from(this.querySelectorAll(selector));
	};
	// Obsidian puts these on Node, so a DocumentFragment has them too.
	const frag = (win as unknown as { DocumentFragment: typeof DocumentFragment }).DocumentFragment.prototype as unknown as Record<string, unknown>;
	for (const k of ["createEl", "createDiv", "createSpan", "empty", "setText"]) frag[k] = proto[k];
	const g = win as unknown as Record<string, unknown>;
	g.createFragment = (cb?: (el: DocumentFragment) => void) => {
		const f = win.document.createDocumentFragment();
		cb?.(f);
		return f;
	};
	g.createSpan = (o?: DomElementInfo | string, cb?: Callback<HTMLElement>) =>
		(g.createEl as (t: string, o?: DomElementInfo | string, cb?: Callback<HTMLElement>) => HTMLElement)("span", o, cb);
	g.sleep = (ms: number) => new Promise((r) => win.setTimeout(r, ms));
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
