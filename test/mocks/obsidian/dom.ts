/** DOM access for the stand-in's UI parts, with a clear error where a test runs without a DOM. */
export function doc(): Document {
	if (typeof document === "undefined") throw new Error("This part of the Obsidian stand-in needs a DOM: start the test file with `// @vitest-environment jsdom`.");
	return document;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls = "", parent?: HTMLElement): HTMLElementTagNameMap[K] {
	const e = doc().createElement(tag);
	if (cls) e.className = cls;
	parent?.appendChild(e);
	return e;
}

/** Text or a fragment into an element, as Obsidian's setText-like setters take. */
export function setContent(target: HTMLElement, content: string | DocumentFragment): void {
	while (target.firstChild) target.removeChild(target.firstChild);
	if (typeof content === "string") target.textContent = content;
	else target.appendChild(content);
}
