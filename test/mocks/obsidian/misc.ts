/** Small helpers from the obsidian module. */
import type * as Real from "obsidian";

/** Desktop app by default; tests may flip these to exercise the mobile paths. */
export const Platform: typeof Real.Platform = {
	isDesktop: true,
	isMobile: false,
	isDesktopApp: true,
	isMobileApp: false,
	isIosApp: false,
	isAndroidApp: false,
	isPhone: false,
	isTablet: false,
	isMacOS: false,
	isWin: false,
	isLinux: true,
	isSafari: false,
	resourcePathPrefix: "app://local/",
};

export interface Debouncer<T extends unknown[], V> {
	(...args: [...T]): this;
	cancel(): this;
	run(): V | void;
}

/** Obsidian's debounce: runs cb `timeout` ms after the last call (or the first, when resetTimer is false). */
export function debounce<T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, resetTimer = false): Debouncer<T, V> {
	let timer: ReturnType<typeof setTimeout> | null = null;
	let pending: T | null = null;
	const fire = (): V | void => {
		timer = null;
		if (!pending) return undefined;
		const args = pending;
		pending = null;
		return cb(...args);
	};
	const d = function (...args: [...T]) {
		pending = args;
		if (timer !== null && resetTimer) globalThis.clearTimeout(timer);
		if (timer === null || resetTimer) timer = globalThis.setTimeout(fire, timeout);
		return d;
	} as Debouncer<T, V>;
	d.cancel = () => {
		if (timer !== null) globalThis.clearTimeout(timer);
		timer = null;
		pending = null;
		return d;
	};
	d.run = () => {
		if (timer !== null) globalThis.clearTimeout(timer);
		return fire();
	};
	return d;
}

export const apiVersion = "1.13.1";

/** The app's language code; Obsidian's default is "en" (obsidian.d.ts: "Defaults to 'en'"). Tests may set it. */
export const language = { code: "en" };

export function getLanguage(): string {
	return language.code;
}

/** The version requireApiVersion compares with; tests may pretend to be an older Obsidian (setApiVersion). */
let current = apiVersion;

/** Test helper: the Obsidian version requireApiVersion answers for (reset with no argument). */
export function setApiVersion(version = apiVersion): void {
	current = version;
}

/** As obsidian.d.ts documents it: true when the app's API version is equal to or higher than `version`. */
export function requireApiVersion(version: string): boolean {
	const a = current.split(".").map(Number);
	const b = version.split(".").map(Number);
	for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
	return true;
}

/** Obsidian's Keymap helpers that plugins use on click events. */
export class Keymap {
	/** 'tab' when Ctrl/Cmd was held (open in a new tab), as in Obsidian; false otherwise. */
	static isModEvent(evt?: UserEvent | null): Real.PaneType | boolean {
		if (!evt || !("ctrlKey" in evt)) return false;
		return evt.ctrlKey || evt.metaKey ? "tab" : false;
	}

	static isModifier(evt: MouseEvent | TouchEvent | KeyboardEvent, modifier: Real.Modifier): boolean {
		const mod = { Mod: evt.ctrlKey || evt.metaKey, Ctrl: evt.ctrlKey, Meta: evt.metaKey, Shift: evt.shiftKey, Alt: evt.altKey };
		return mod[modifier];
	}
}

type UserEvent = MouseEvent | KeyboardEvent | TouchEvent | PointerEvent;

/** Obsidian shows a tooltip on hover; the stand-in keeps the text as the aria-label. */
export function setTooltip(el: HTMLElement, tooltip: string, _options?: Real.TooltipOptions): void {
	el.setAttribute("aria-label", tooltip);
}
