/** Obsidian's Component: a load/unload lifecycle that owns children and cleanups. */
import type * as Real from "obsidian";
import type { Signatures } from "./signatures";

type Modeled = "load" | "onload" | "unload" | "onunload" | "addChild" | "removeChild" | "register" | "registerEvent" | "registerInterval";

export class Component implements Signatures<Real.Component, Modeled> {
	private children: Component[] = [];
	private cleanups: (() => unknown)[] = [];
	_loaded = false;
	/** What onload returned: Obsidian awaits a plugin's async onload. */
	_loading: unknown = undefined;

	load(): void {
		if (this._loaded) return;
		this._loaded = true;
		this._loading = this.onload();
		for (const c of [...this.children]) c.load();
	}

	// A plugin's onload may be async, as Obsidian's Plugin declares.
	onload(): void | Promise<void> {}

	unload(): void {
		if (!this._loaded) return;
		this._loaded = false;
		for (const c of this.children.splice(0)) c.unload();
		for (const f of this.cleanups.splice(0)) f();
		this.onunload();
	}

	onunload(): void {}

	addChild<T extends Real.Component>(c: T): T {
		const mine = c as unknown as Component;
		this.children.push(mine);
		if (this._loaded) mine.load();
		return c;
	}

	removeChild<T extends Real.Component>(c: T): T {
		const mine = c as unknown as Component;
		const i = this.children.indexOf(mine);
		if (i >= 0) {
			this.children.splice(i, 1);
			mine.unload();
		}
		return c;
	}

	register(cb: () => unknown): void {
		this.cleanups.push(cb);
	}

	registerEvent(ref: Real.EventRef): void {
		this.register(() => (ref as { events: { offref(r: Real.EventRef): void } }).events.offref(ref));
	}

	registerDomEvent(
		el: Window | Document | HTMLElement,
		type: string,
		callback: (ev: Event) => unknown,
		options?: boolean | AddEventListenerOptions,
	): void {
		el.addEventListener(type, callback, options);
		this.register(() => el.removeEventListener(type, callback, options));
	}

	registerInterval(id: number): number {
		this.register(() => window.clearInterval(id));
		return id;
	}
}
